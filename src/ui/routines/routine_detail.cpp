#include "ui/routines/routine_detail.h"

#include "ui/content_words.h"
#include "core/motion/technique.h"
#include "ui/routines/routine_list_model.h"
#include "ui/techniques/technique_card.h"
#include "ui/text_label.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace legease::ui {

RoutineDetail::RoutineDetail(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_pages(new QStackedWidget)
    , m_empty(textLabel(1.1))
    , m_scroll(new QScrollArea)
    , m_title(textLabel(1.6, true))
    , m_summary(textLabel(1.05))
    , m_meta(textLabel())
    , m_cautions(new QLabel)
    , m_stepsHeading(textLabel(1.0, true))
    , m_steps(new QTreeWidget)
    , m_total(textLabel())
    , m_start(new QPushButton(tr("Start")))
    , m_stepHint(textLabel())
    , m_stepPanel(new QWidget)
    , m_stepTitle(textLabel(1.1, true))
    , m_stepDetails(textLabel())
    , m_stepInstruction(textLabel(1.05))
    , m_stepCard(new TechniqueCard(library, TechniqueCard::Style::Step))
    , m_footer(new QHBoxLayout)
    , m_footerBelow(new QHBoxLayout)
{
    m_start->setAccessibleName(tr("Start this routine"));  // begins with what it shows, as speech control needs

    auto* cautionsHeading = textLabel(1.0, true);
    cautionsHeading->setText(tr("Before you start"));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);  // a bulleted list; every caution is escaped
    m_cautions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cautions->setAccessibleDescription(tr("Cautions for this routine"));

    m_steps->setAccessibleName(tr("Steps of this routine"));
    m_steps->setAccessibleDescription(tr("Select a step to read what to do and see how its stroke is done, below."));
    m_steps->setColumnCount(StepColumnCount);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setTextElideMode(Qt::ElideRight);
    // The whole table is laid out in the page, which scrolls as one; a second scroll bar inside
    // it would only hide steps.
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView* header = m_steps->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RegionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StrokeColumn, QHeaderView::Stretch);  // both give way on a narrow window
    header->setMinimumSectionSize(24);

    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_start->setDefault(true);
    m_start->setMinimumHeight(40);
    m_start->setMinimumWidth(140);
    QFont startFont = m_start->font();
    startFont.setBold(true);
    startFont.setPointSizeF(startFont.pointSizeF() * 1.1);
    m_start->setFont(startFont);
    styleStartButton();

    // Lines of about ninety characters read comfortably; on a wide window the text keeps to that.
    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90 + 60);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(24, 18, 24, 12);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_summary);
    columnLayout->addWidget(m_meta);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(cautionsHeading);
    columnLayout->addWidget(m_cautions);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_stepsHeading);
    columnLayout->addWidget(m_steps);
    columnLayout->addWidget(m_total);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_stepHint);
    columnLayout->addWidget(m_stepPanel);
    columnLayout->addStretch(1);

    // A chosen step: its own instruction on the left, its stroke's card beside it.
    m_stepHint->setText(tr("Choose a step to see what to do and how its stroke is done."));
    m_stepHint->setForegroundRole(QPalette::PlaceholderText);
    m_stepDetails->setForegroundRole(QPalette::PlaceholderText);
    auto* stepText = new QVBoxLayout;
    stepText->setSpacing(6);
    stepText->addWidget(m_stepTitle);
    stepText->addWidget(m_stepDetails);
    stepText->addWidget(m_stepInstruction);
    stepText->addStretch(1);
    auto* stepRow = new QHBoxLayout(m_stepPanel);
    stepRow->setContentsMargins(0, 0, 0, 0);
    stepRow->setSpacing(18);
    stepRow->addLayout(stepText, 2);
    stepRow->addWidget(m_stepCard, 3);
    m_stepPanel->hide();

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

    m_footer->setContentsMargins(24, 10, 24, 14);
    m_footer->addWidget(m_start);
    m_footer->addStretch(1);
    m_footerBelow->setContentsMargins(24, 0, 8, 14);

    auto* routinePage = new QWidget;
    auto* routineLayout = new QVBoxLayout(routinePage);
    routineLayout->setContentsMargins(0, 0, 0, 0);
    routineLayout->setSpacing(0);
    routineLayout->addWidget(m_scroll, 1);
    routineLayout->addLayout(m_footer);
    routineLayout->addLayout(m_footerBelow);

    m_empty->setText(tr("Choose a routine from the list to see its steps here."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_pages->addWidget(routinePage);
    m_pages->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    setTabOrder(m_steps, m_start);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showStep(item ? m_steps->indexOfTopLevelItem(item) : -1);
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_routine.isEmpty())
            Q_EMIT startRequested(m_routine);
    });

    refresh();
}

void RoutineDetail::showRoutine(const QString& routineId)
{
    const QString id = m_library.routine(routineId) ? routineId : QString();
    if (id == m_routine && !id.isEmpty())
        return;
    m_routine = id;
    m_step = -1;
    refresh();
    m_scroll->ensureVisible(0, 0);
}

void RoutineDetail::setSessionLength(const core::SessionLength& length)
{
    m_length = length;
    refresh();
}

void RoutineDetail::setPlaceholderText(const QString& text)
{
    m_empty->setText(text);
}

void RoutineDetail::setFooterWidget(QWidget* widget)
{
    m_footerWidget = widget;
    m_footer->addWidget(widget);
    widget->installEventFilter(this);  // its buttons come and go with the routine shown
    placeFooterWidget();
}

void RoutineDetail::placeFooterWidget()
{
    if (!m_footerWidget)
        return;
    const QMargins margins = m_footer->contentsMargins();
    const int needed = margins.left() + margins.right() + std::max(m_start->minimumWidth(), m_start->sizeHint().width())
        + 2 * std::max(0, m_footer->spacing()) + m_footerWidget->sizeHint().width();
    const bool besideStart = width() >= needed;
    if ((m_footer->indexOf(m_footerWidget) >= 0) == besideStart)
        return;
    (besideStart ? m_footerBelow : m_footer)->removeWidget(m_footerWidget);
    (besideStart ? m_footer : m_footerBelow)->addWidget(m_footerWidget, 0, Qt::AlignLeft);
    m_footer->setContentsMargins(margins.left(), margins.top(), margins.right(), besideStart ? 14 : 6);
}

void RoutineDetail::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeFooterWidget();
}

bool RoutineDetail::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_footerWidget && event->type() == QEvent::LayoutRequest)
        placeFooterWidget();
    return QWidget::eventFilter(watched, event);
}

void RoutineDetail::refresh()
{
    const core::Routine* routine = m_library.routine(m_routine);
    m_start->setEnabled(routine != nullptr);
    if (!routine) {
        m_pages->setCurrentWidget(m_empty);
        const QSignalBlocker quiet(m_steps);
        m_steps->clear();
        m_step = -1;
        refreshStep();
        return;
    }
    m_pages->setCurrentWidget(m_pages->widget(0));

    const std::vector<int> seconds = core::scaledStepSeconds(*routine, m_length);
    int oneRun = 0;
    for (const int s : seconds)
        oneRun += s;
    const int passes = core::passCount(routine->sides);
    const QString total = core::formatClock(oneRun * passes);

    m_title->setText(routine->title);
    m_summary->setText(routine->summary);
    m_summary->setVisible(!routine->summary.isEmpty());

    const QString legs = sidesWords(routine->sides);
    m_meta->setText(tr("%1 of massage, plus short pauses").arg(total) + QStringLiteral(" · ")
        + tr("%1 level").arg(levelWords(routine->level)) + QStringLiteral(" · ") + legs);

    QString cautions;
    for (const QString& caution : routine->cautions)
        cautions += QStringLiteral("<li>%1</li>").arg(caution.toHtmlEscaped());
    cautions += QStringLiteral("<li>%1</li>")
                    .arg(tr("Massage should feel good. Stop at once if anything hurts, tingles or feels numb.").toHtmlEscaped());
    // Qt's default list indent is wide for a side pane; pull the bullets in a little.
    m_cautions->setText(QStringLiteral("<ul style=\"margin-left:-16px\">%1</ul>").arg(cautions));

    m_stepsHeading->setText(tr("%n step(s)", nullptr, int(routine->steps.size())));
    m_steps->setHeaderLabels({tr("#"), tr("Region"), tr("Stroke"), tr("Pressure"), passes > 1 ? tr("Each leg") : tr("Time")});
    m_steps->headerItem()->setToolTip(TimeColumn,
        passes > 1 ? tr("Time for this step on one leg; the steps run again for the other leg")
                   : tr("Time for this step, both legs together"));
    const int chosen = m_step;
    {
        const QSignalBlocker quiet(m_steps);  // clearing is not choosing no step
        m_steps->clear();
    }
    QList<QTreeWidgetItem*> items;
    for (std::size_t i = 0; i < routine->steps.size(); ++i) {
        const core::Step& step = routine->steps[i];
        auto* item = new QTreeWidgetItem({QString::number(i + 1), regionName(m_library, step.region),
            strokeName(m_library, step.stroke), shortPressureWords(step.pressure), core::formatClock(seconds[i])});
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList how{pressureWords(step.pressure)};
        if (const QString direction = directionWords(step.direction); !direction.isEmpty())
            how << direction;
        if (step.tempo)
            how << tr("%1 strokes a minute").arg(*step.tempo);
        const QString tip = how.join(QStringLiteral(" · ")) + (step.instruction.isEmpty() ? QString() : QStringLiteral("\n") + step.instruction);
        for (int column = 0; column < StepColumnCount; ++column)
            item->setToolTip(column, tip);
        // A little air between rows: the table is read, not scanned like a spreadsheet.
        item->setSizeHint(NumberColumn, QSize(0, m_steps->fontMetrics().height() + 6));
        items << item;
    }
    {
        const QSignalBlocker quiet(m_steps);
        m_steps->addTopLevelItems(items);
        if (chosen >= 0 && chosen < m_steps->topLevelItemCount())
            m_steps->setCurrentItem(m_steps->topLevelItem(chosen));
    }
    fitStepsHeight();
    m_step = chosen < m_steps->topLevelItemCount() ? chosen : -1;
    refreshStep();

    if (passes > 1)
        m_total->setText(tr("In all: %1 of massage (%2 for each leg), plus short pauses to get ready and to switch legs.")
                             .arg(total, core::formatClock(oneRun)));
    else
        m_total->setText(tr("In all: %1 of massage for both legs together, plus a short pause to get ready.").arg(total));

    m_start->setToolTip(tr("Begin “%1”").arg(routine->title));
    m_start->setAccessibleDescription(routine->title);
}

void RoutineDetail::showStep(int index)
{
    const core::Routine* routine = m_library.routine(m_routine);
    m_step = routine && index >= 0 && std::size_t(index) < routine->steps.size() ? index : -1;
    if (m_step >= 0 && m_steps->currentItem() != m_steps->topLevelItem(m_step)) {
        const QSignalBlocker quiet(m_steps);
        m_steps->setCurrentItem(m_steps->topLevelItem(m_step));
    }
    refreshStep();
    // Bring the step's card into view below the table, once the layout has made room for it,
    // but never so far that the chosen row leaves the screen: the keyboard is still on it.
    if (m_step >= 0)
        QTimer::singleShot(0, this, [this] {
            QTreeWidgetItem* row = m_steps->currentItem();
            if (!m_stepPanel->isVisible() || !row)
                return;
            m_scroll->ensureWidgetVisible(m_stepPanel, 0, 12);
            const QRect rect = m_steps->visualItemRect(row);
            const QPoint centre = m_steps->viewport()->mapTo(m_scroll->widget(), rect.center());
            m_scroll->ensureVisible(centre.x(), centre.y(), 0, rect.height());
        });
}

void RoutineDetail::setReduceMotion(bool reduce)
{
    m_stepCard->setReduceMotion(reduce);
}

void RoutineDetail::refreshStep()
{
    const core::Routine* routine = m_library.routine(m_routine);
    const bool shown = routine && m_step >= 0;
    m_stepPanel->setVisible(shown);
    m_stepHint->setVisible(routine && !shown);
    if (!shown)
        return;
    const core::Step& step = routine->steps[std::size_t(m_step)];
    m_stepTitle->setText(tr("Step %1 · %2 · %3")
                             .arg(m_step + 1)
                             .arg(regionName(m_library, step.region), strokeName(m_library, step.stroke)));
    QStringList how{pressureWords(step.pressure)};
    if (const QString direction = directionWords(step.direction); !direction.isEmpty())
        how << direction;
    if (step.tempo)
        how << tr("%1 strokes a minute").arg(*step.tempo);
    m_stepDetails->setText(how.join(QStringLiteral(" · ")));
    m_stepInstruction->setText(step.instruction);
    m_stepCard->showExample(core::techniqueExample(m_library, step));
}

void RoutineDetail::fitStepsHeight()
{
    int rows = 0;
    const int count = m_steps->topLevelItemCount();
    if (count > 0)
        rows = m_steps->sizeHintForRow(0) * count;
    m_steps->setFixedHeight(m_steps->header()->sizeHint().height() + rows + 2 * m_steps->frameWidth() + 2);
}

void RoutineDetail::styleStartButton()
{
    // The palette's accent, so the one action on the page stands out in light and dark alike.
    QPalette accent = palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        accent.setColor(group, QPalette::Button, accent.color(group, QPalette::Highlight));
        accent.setColor(group, QPalette::ButtonText, accent.color(group, QPalette::HighlightedText));
    }
    m_start->setPalette(accent);
}

void RoutineDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        styleStartButton();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitStepsHeight();
    QWidget::changeEvent(event);
}

}  // namespace legease::ui
