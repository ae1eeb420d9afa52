#include "ui/routines/routines_view.h"

#include "ui/color_mix.h"
#include "ui/leg_diagram.h"
#include "ui/list_row_painting.h"
#include "ui/routines/routine_actions.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routine_filter.h"
#include "ui/routines/routine_list_model.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace legease::ui {
namespace {

// One routine in the list: the title in bold with its length on the right, then its level and
// regions, then what it helps with. Every row has the same height so the list reads as a table.
class RoutineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const RowColors colors = paintRowBackground(painter, opt, kPadX);
        const bool selected = colors.selected;
        const QColor text = colors.text;
        const QColor back = colors.back;
        painter->save();
        const QColor muted = mix(back, text, selected ? 0.85 : 0.66);

        QFont titleFont = opt.font;
        titleFont.setBold(true);
        const QFontMetrics titleMetrics(titleFont);
        const QFontMetrics metrics(opt.font);
        const QRect area = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
        const QModelIndex source = static_cast<const QAbstractProxyModel*>(index.model())->mapToSource(index);
        const auto column = [&](int c) { return source.siblingAtColumn(c).data().toString(); };

        const QString length = column(RoutineListModel::LengthColumn);
        const int lengthWidth = metrics.horizontalAdvance(length);
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(QRect(area.right() - lengthWidth, area.top(), lengthWidth, titleMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, length);

        // One of the person's own routines says so beside its length.
        int ownWidth = 0;
        if (source.data(RoutineListModel::OwnRole).toBool()) {
            const QString own = QCoreApplication::translate("legease::ui::RoutinesView", "Yours");
            QFont ownFont = opt.font;
            ownFont.setPointSizeF(ownFont.pointSizeF() * 0.85);
            const QFontMetrics ownMetrics(ownFont);
            ownWidth = ownMetrics.horizontalAdvance(own) + 12;
            const QRect pill(area.right() - lengthWidth - 8 - ownWidth, area.top() + (titleMetrics.height() - ownMetrics.height() - 2) / 2,
                ownWidth, ownMetrics.height() + 2);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(selected ? mix(back, text, 0.22) : mix(back, opt.palette.color(QPalette::Highlight), 0.22));
            painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter->setFont(ownFont);
            painter->setPen(text);
            painter->drawText(pill, Qt::AlignCenter, own);
            ownWidth += 8;
        }

        int y = area.top();
        painter->setFont(titleFont);
        painter->setPen(text);
        const int titleWidth = std::max(20, area.width() - lengthWidth - ownWidth - 12);
        painter->drawText(QRect(area.left(), y, titleWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            titleMetrics.elidedText(column(RoutineListModel::TitleColumn), Qt::ElideRight, titleWidth));
        y += titleMetrics.height() + kGap;

        painter->setFont(opt.font);
        painter->setPen(muted);
        const QString regions = QStringLiteral("%1 · %2").arg(
            column(RoutineListModel::LevelColumn), column(RoutineListModel::RegionsColumn));
        painter->drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(regions, Qt::ElideRight, area.width()));
        y += metrics.height() + kGap;

        if (const QString benefits = column(RoutineListModel::BenefitsColumn); !benefits.isEmpty()) {
            const QString helps = QCoreApplication::translate("legease::ui::RoutinesView", "Helps with: %1").arg(benefits);
            painter->drawText(QRect(area.left(), y, area.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                metrics.elidedText(helps, Qt::ElideRight, area.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        QFont titleFont = option.font;
        titleFont.setBold(true);
        const int height = QFontMetrics(titleFont).height() + 2 * QFontMetrics(option.font).height() + 2 * kGap + 2 * kPadY;
        return {200, height};
    }

private:
    static constexpr int kPadX = 12;
    static constexpr int kPadY = 9;
    static constexpr int kGap = 3;
};

QLabel* mutedLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

RoutinesView::RoutinesView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new RoutineListModel(library, this))
    , m_filter(new RoutineFilter(this))
    , m_search(new QLineEdit)
    , m_regionCombo(new QComboBox)
    , m_count(mutedLabel(QString()))
    , m_diagram(new LegDiagram(&library))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_listStack(new QStackedWidget)
    , m_list(new QListView)
    , m_emptyState(new QFrame)
    , m_emptyLabel(new QLabel)
    , m_clearFilters(new QPushButton(tr("Show all routines")))
    , m_detail(new RoutineDetail(library))
    , m_actions(new RoutineActions)
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search routines"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no words of its own; screen readers and tooltips need some.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear the search"));
        clear->setToolTip(clear->text());
    }
    for (auto* button : m_search->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear the search"));
    m_search->setAccessibleName(tr("Search routines"));
    m_search->setAccessibleDescription(tr("Finds routines by title, summary, benefit, region or stroke."));
    m_search->installEventFilter(this);

    m_regionCombo->setAccessibleName(tr("Region filter"));
    m_regionCombo->setAccessibleDescription(tr("Shows only the routines that work on one part of the leg."));
    fillRegionCombo();
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* regionLabel = new QLabel(tr("&Region:"));
    regionLabel->setBuddy(m_regionCombo);

    auto* filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(12, 10, 12, 6);
    filterBar->setSpacing(8);
    // A search field as wide as a big window only spreads the filters apart.
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    filterBar->addWidget(m_search, 1);
    filterBar->addSpacing(6);
    filterBar->addWidget(regionLabel);
    filterBar->addWidget(m_regionCombo);
    filterBar->addSpacing(6);
    filterBar->addWidget(m_count);
    filterBar->addStretch(0);
    filterBar->addWidget(m_actions->newButton());
    m_detail->setFooterWidget(m_actions);
    m_count->setWordWrap(false);

    m_diagram->setClickable(true);
    m_diagram->setMinimumHeight(150);
    m_diagram->setMaximumHeight(280);
    m_diagram->installEventFilter(this);
    auto* diagramHint = mutedLabel(tr("Click a part of the leg, or pick it with the arrow keys and Space, to see its routines; "
                                       "choose it again to see all."));
    diagramHint->setAlignment(Qt::AlignCenter);
    QFont small = diagramHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    diagramHint->setFont(small);

    m_list->setModel(m_filter);
    m_list->setModelColumn(RoutineListModel::TitleColumn);
    m_list->setItemDelegate(new RoutineDelegate(m_list));
    m_list->setAccessibleName(tr("Routines"));
    m_list->setAccessibleDescription(tr("Choose a routine to see its steps. Enter or a double-click starts it."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(240);
    m_list->setMinimumHeight(140);
    m_list->installEventFilter(this);

    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setAccessibleName(tr("Nothing matches"));
    QFont emptyFont = m_emptyLabel->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.05);
    m_emptyLabel->setFont(emptyFont);
    m_clearFilters->setAccessibleName(tr("Clear the search and region filter"));
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setContentsMargins(20, 20, 20, 20);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    // Same frame and backdrop as the list it stands in for.
    m_emptyState->setFrameStyle(m_list->frameStyle());
    m_emptyState->setBackgroundRole(QPalette::Base);
    m_emptyState->setAutoFillBackground(true);

    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_emptyState);

    auto* browse = new QWidget;
    auto* browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(12, 4, 6, 12);
    browseLayout->setSpacing(4);
    browseLayout->addWidget(m_diagram, 2);
    browseLayout->addWidget(diagramHint);
    browseLayout->addSpacing(6);
    browseLayout->addWidget(m_listStack, 3);

    m_splitter->addWidget(browse);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    setFocusProxy(m_search);  // the first of the tab order: a proxy further in would let Tab skip what comes before it
    setTabOrder(m_search, m_regionCombo);
    setTabOrder(m_regionCombo, m_actions->newButton());
    setTabOrder(m_actions->newButton(), m_diagram);
    setTabOrder(m_diagram, m_list);
    setTabOrder(m_list, m_clearFilters);
    setTabOrder(m_clearFilters, m_detail->stepsView());
    setTabOrder(m_detail->stepsView(), m_detail->startButton());
    setTabOrder(m_detail->startButton(), m_actions->editButton());
    setTabOrder(m_actions->editButton(), m_actions->duplicateButton());
    setTabOrder(m_actions->duplicateButton(), m_actions->exportButton());
    setTabOrder(m_actions->exportButton(), m_actions->deleteButton());

    connect(m_search, &QLineEdit::textChanged, this,
        [this](const QString& text) { applyFilter(text, m_filter->region()); });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setRegionFilter(m_regionCombo->itemData(index).toString()); });
    connect(m_diagram, &LegDiagram::regionClicked, this, [this](const QString& regionId) {
        setRegionFilter(regionId == m_filter->region() ? QString() : regionId);
    });
    connect(m_clearFilters, &QPushButton::clicked, this, [this] {
        applyFilter(QString(), QString());
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_filtering)
            showCurrentRow();
    });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT startRoutine(index.data(RoutineListModel::IdRole).toString());
    });
    connect(m_detail, &RoutineDetail::startRequested, this, &RoutinesView::startRoutine);
    connect(m_actions, &RoutineActions::newRequested, this, &RoutinesView::newRoutineRequested);
    connect(m_actions, &RoutineActions::editRequested, this, &RoutinesView::editRoutineRequested);
    connect(m_actions, &RoutineActions::duplicateRequested, this, &RoutinesView::duplicateRoutineRequested);
    connect(m_actions, &RoutineActions::exportRequested, this, &RoutinesView::exportRoutineRequested);
    connect(m_actions, &RoutineActions::deleteRequested, this, &RoutinesView::deleteRoutineRequested);

    applyFilter(QString(), QString());
}

void RoutinesView::showRoutine(const QString& routineId)
{
    const int sourceRow = m_model->rowOf(routineId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        applyFilter(QString(), QString());
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

QString RoutinesView::currentRoutine() const
{
    return m_detail->routine();
}

void RoutinesView::setRegionFilter(const QString& regionId)
{
    if (!regionId.isEmpty() && !m_library.region(regionId))
        return;
    applyFilter(m_search->text(), regionId);
}

QString RoutinesView::regionFilter() const
{
    return m_filter->region();
}

void RoutinesView::setReduceMotion(bool reduce)
{
    m_detail->setReduceMotion(reduce);
}

void RoutinesView::setSessionLength(const core::SessionLength& length)
{
    m_model->setSessionLength(length);
    m_detail->setSessionLength(length);
}

void RoutinesView::setOwnPack(const core::OwnPack* pack)
{
    m_ownPack = pack;
    m_model->setOwnPack(pack);
    applyFilter(m_search->text(), m_filter->region());
}

void RoutinesView::reloadContent()
{
    const QString region = m_library.region(m_filter->region()) ? m_filter->region() : QString();
    m_model->reload();
    {
        const QSignalBlocker quiet(m_regionCombo);
        fillRegionCombo();
    }
    m_detail->refresh();
    applyFilter(m_search->text(), region);
}

void RoutinesView::fillRegionCombo()
{
    m_regionCombo->clear();
    m_regionCombo->addItem(tr("All regions"), QString());
    for (const core::Region& region : m_library.regions())
        m_regionCombo->addItem(region.name, region.id);
}

void RoutinesView::updateActions()
{
    const core::Routine* routine = m_library.routine(m_detail->routine());
    const bool canSave = m_ownPack && m_ownPack->isValid();
    m_actions->setRoutine(routine ? routine->id : QString(), routine && m_ownPack && m_ownPack->holds(m_library, *routine), canSave);
}

void RoutinesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QPushButton* RoutinesView::startButton() const
{
    return m_detail->startButton();
}

bool RoutinesView::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_emptyState;
}

// The one place the filter changes, so the search field, combo, diagram, list and detail always
// agree however the change came in.
void RoutinesView::applyFilter(const QString& searchText, const QString& regionId)
{
    m_filtering = true;
    if (m_search->text() != searchText) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(searchText);
    }
    if (const int comboIndex = std::max(0, m_regionCombo->findData(regionId)); comboIndex != m_regionCombo->currentIndex()) {
        const QSignalBlocker blocker(m_regionCombo);
        m_regionCombo->setCurrentIndex(comboIndex);
    }
    if (const core::Region* region = m_library.region(regionId))
        m_diagram->highlight(region->id, region->view, core::Leg::Both);
    else
        m_diagram->clearHighlight();
    m_filter->setSearchText(searchText);
    m_filter->setRegion(regionId);
    m_filtering = false;

    updateEmptyState();

    // Keep the routine people were looking at when it is still listed; otherwise the first one.
    QModelIndex keep;
    if (const int sourceRow = m_model->rowOf(m_remembered); sourceRow >= 0)
        keep = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!keep.isValid())
        keep = m_filter->index(0, 0);
    if (keep.isValid()) {
        if (m_list->currentIndex() != keep)
            m_list->setCurrentIndex(keep);
        m_list->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(keep);
    }
    showCurrentRow();
}

void RoutinesView::showCurrentRow()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_filter->rowCount() == 0) {
        m_detail->showRoutine(QString());  // m_remembered stays, to come back when the filter clears
        updateActions();
        return;
    }
    m_remembered = current.data(RoutineListModel::IdRole).toString();
    m_detail->showRoutine(m_remembered);
    updateActions();
}

void RoutinesView::updateEmptyState()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n routine(s)", nullptr, all)
                                  : tr("%1 of %n routine(s)", nullptr, all).arg(shown));
    m_count->setAccessibleName(m_count->text());

    if (shown > 0) {
        m_listStack->setCurrentWidget(m_list);
        m_detail->setPlaceholderText(tr("Choose a routine from the list to see its steps here."));
        return;
    }
    const QString search = m_search->text().simplified();
    const core::Region* region = m_library.region(m_filter->region());
    QString text;
    if (all == 0)
        text = tr("No routines are loaded. If you expected some, a content pack may have been left out because of a "
                  "problem.");
    else if (region && !search.isEmpty())
        text = tr("No routine that works on “%1” matches “%2”. Try another region or clear the search.")
                   .arg(region->name, search);
    else if (region)
        text = tr("No routine works on “%1” yet. Try another region or clear the search.").arg(region->name);
    else
        text = tr("No routine matches “%1”. Try other words or clear the search.").arg(search);
    m_emptyLabel->setText(text);
    m_clearFilters->setVisible(all > 0);
    m_listStack->setCurrentWidget(m_emptyState);
    m_detail->setPlaceholderText(all > 0 ? tr("When a routine matches, its steps show here.") : QString());
}

void RoutinesView::startCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        Q_EMIT startRoutine(current.data(RoutineListModel::IdRole).toString());
}

bool RoutinesView::diagramToolTip(const QPoint& position, const QPoint& globalPosition)
{
    const core::Region* region = m_library.region(m_diagram->regionAt(position));
    if (!region) {
        QToolTip::hideText();
        return true;
    }
    const QString tip = region->id == m_filter->region()
        ? tr("%1: click again to see all routines").arg(region->name)
        : tr("%1: click to see the routines for it").arg(region->name);
    QToolTip::showText(globalPosition, tip, m_diagram);
    return true;
}

bool RoutinesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_diagram && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        return diagramToolTip(help->pos(), help->globalPos());
    }
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_list && enter && key->modifiers() == Qt::NoModifier) {
            startCurrent();
            return true;
        }
        if (watched == m_search) {
            // From the search straight into the results, as in a launcher.
            if ((key->key() == Qt::Key_Down || enter) && m_filter->rowCount() > 0) {
                m_list->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RoutinesView::showEvent(QShowEvent* event)
{
    // The list and diagram get about two fifths of the first width the page is shown at; after
    // that the splitter is the person's to move.
    if (!m_sized) {
        m_sized = true;
        const int browse = std::clamp(width() * 40 / 100, 250, 480);
        m_splitter->setSizes({browse, std::max(1, width() - browse)});
    }
    QWidget::showEvent(event);
}

}  // namespace legease::ui
