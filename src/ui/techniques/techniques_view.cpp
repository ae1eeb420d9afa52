#include "ui/techniques/techniques_view.h"

#include "core/motion/technique.h"
#include "ui/color_mix.h"
#include "ui/content_words.h"
#include "ui/list_row_painting.h"
#include "ui/techniques/technique_card.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>

namespace legease::ui {
namespace {

constexpr int kStrokeRole = Qt::UserRole;
constexpr int kSummaryRole = Qt::UserRole + 1;

// One stroke in the list: its name, and below it, quieter, its usual pressure and how many
// routines use it.
class StrokeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const RowColors colors = paintRowBackground(painter, opt, kPad);
        painter->save();
        QFont name = opt.font;
        name.setBold(true);
        const QRect text = opt.rect.adjusted(kPad, kPadY, -kPad, -kPadY);
        const QFontMetrics nameMetrics(name);
        painter->setFont(name);
        painter->setPen(colors.text);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignTop,
            nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
        painter->setFont(opt.font);
        painter->setPen(mix(colors.back, colors.text, colors.selected ? 0.85 : 0.68));
        painter->drawText(text.adjusted(0, nameMetrics.lineSpacing() + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
            opt.fontMetrics.elidedText(index.data(kSummaryRole).toString(), Qt::ElideRight, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QFont name = opt.font;
        name.setBold(true);
        return {200, QFontMetrics(name).lineSpacing() + 2 + opt.fontMetrics.lineSpacing() + 2 * kPadY};
    }

private:
    static constexpr int kPad = 12;
    static constexpr int kPadY = 9;
};

}  // namespace

TechniquesView::TechniquesView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_list(new QListWidget)
    , m_scroll(new QScrollArea)
    , m_card(new TechniqueCard(library, TechniqueCard::Style::Guide))
{
    m_list->setItemDelegate(new StrokeDelegate(m_list));
    m_list->setAccessibleName(tr("Strokes"));
    m_list->setAccessibleDescription(tr("Choose a stroke to see how it is done."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(200);
    m_list->setFrameShape(QFrame::NoFrame);
    fillList();

    // Lines of about seventy characters beside the picture read comfortably; the card keeps to
    // a sensible width on a wide window.
    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 150 + 60);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(24, 18, 24, 16);
    columnLayout->addWidget(m_card, 1);
    auto* page = new QWidget;
    auto* pageRow = new QHBoxLayout(page);
    pageRow->setContentsMargins(0, 0, 0, 0);
    pageRow->addWidget(column, 1);
    pageRow->addStretch(0);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);  // its contents take focus; the frame has nothing to say

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(m_scroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setFocusProxy(m_list);

    connect(m_list, &QListWidget::currentRowChanged, this, &TechniquesView::showRow);
    connect(m_card, &TechniqueCard::routineRequested, this, &TechniquesView::routineRequested);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showRow(-1);
}

void TechniquesView::fillList()
{
    const QSignalBlocker quiet(m_list);  // refilling is not choosing
    m_list->clear();
    for (const core::Stroke& stroke : m_library.strokes()) {
        const int uses = int(core::routinesUsing(m_library, stroke.id).size());
        QStringList summary;
        if (stroke.pressure)
            summary << pressureWords(*stroke.pressure);
        summary << tr("in %n routine(s)", nullptr, uses);
        auto* item = new QListWidgetItem(stroke.name, m_list);
        item->setData(kStrokeRole, stroke.id);
        item->setData(kSummaryRole, summary.join(QStringLiteral(" · ")));
        // Screen readers read the quieter line too, which only the delegate paints.
        item->setData(Qt::AccessibleTextRole, stroke.name + QStringLiteral(", ") + summary.join(QStringLiteral(", ")));
    }
}

void TechniquesView::reloadContent()
{
    const QString current = currentStroke();
    fillList();
    if (!showStroke(current) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showRow(m_list->currentRow());  // the routines that use it may be new
}

bool TechniquesView::showStroke(const QString& strokeId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kStrokeRole).toString() == strokeId) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            return true;
        }
    }
    return false;
}

QString TechniquesView::currentStroke() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kStrokeRole).toString() : QString();
}

void TechniquesView::setReduceMotion(bool reduce)
{
    m_card->setReduceMotion(reduce);
}

void TechniquesView::setClock(const core::Clock* clock)
{
    m_card->setClock(clock);
}

void TechniquesView::showRow(int row)
{
    const QListWidgetItem* item = row >= 0 ? m_list->item(row) : nullptr;
    m_card->showStroke(item ? item->data(kStrokeRole).toString() : QString());
    m_scroll->ensureVisible(0, 0);
}

}  // namespace legease::ui
