#include "ui/safety_checklist.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTextDocument>

#include <cmath>

namespace legease::ui {
namespace {

constexpr int kTitleRole = Qt::UserRole;
constexpr int kDetailRole = Qt::UserRole + 1;
constexpr int kPadding = 8;

// Lays one item out as "<b>Title.</b> Detail" at the list's width.
class ItemDelegate : public QStyledItemDelegate {
public:
    explicit ItemDelegate(QListWidget* list)
        : QStyledItemDelegate(list)
        , m_list(list)
    {
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        QTextDocument document;
        layOut(document, index, option.font);
        const bool selected = option.state & QStyle::State_Selected;
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text,
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding / 2));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument document;
        layOut(document, index, option.font);
        return QSize(width(), int(std::ceil(document.size().height())) + kPadding);
    }

private:
    int width() const { return std::max(120, m_list->viewport()->width()); }

    void layOut(QTextDocument& document, const QModelIndex& index, const QFont& font) const
    {
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setTextWidth(width() - 2 * kPadding);
        document.setHtml(QStringLiteral("<b>%1.</b> %2")
                             .arg(index.data(kTitleRole).toString().toHtmlEscaped(),
                                 index.data(kDetailRole).toString().toHtmlEscaped()));
    }

    QListWidget* m_list;
};

}  // namespace

SafetyChecklist::SafetyChecklist(const std::vector<core::SafetyItem>& items, QWidget* parent)
    : QListWidget(parent)
{
    setItemDelegate(new ItemDelegate(this));
    setWordWrap(true);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    for (const core::SafetyItem& entry : items) {
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(entry.title, entry.detail), this);
        item->setData(kTitleRole, entry.title);
        item->setData(kDetailRole, entry.detail);
    }
    // The reading starts at the first item; it is highlighted only once someone moves.
    if (count() > 0)
        selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

void SafetyChecklist::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    // Rows are as tall as their text at this width. Measured later, from the event loop, not
    // here: a resize can come in the middle of the list's own layout (as its scroll bar appears),
    // and rows measured then kept the width from before, so the text of a long item ran into
    // the next one (seen on the first run under a window manager).
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
}

}  // namespace legease::ui
