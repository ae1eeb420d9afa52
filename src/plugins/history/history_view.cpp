#include "plugins/history/history_view.h"

#include "core/history/csv_export.h"
#include "plugins/history/history_table_model.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace legease::plugins {
namespace {

// A number with its caption underneath, e.g. "5 days" over "current streak".
QLabel* statistic(QGridLayout* grid, int column, const QString& caption)
{
    auto* value = new QLabel;
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    value->setFont(big);
    auto* text = new QLabel(caption);
    text->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(value, 0, column);
    grid->addWidget(text, 1, column);
    value->setAccessibleDescription(caption);
    return value;
}

}  // namespace

HistoryView::HistoryView(core::HistoryStore& store, const core::ContentLibrary& library, std::function<QDate()> today, QWidget* parent)
    : HistoryPage(parent)
    , m_store(store)
    , m_library(library)
    , m_today(std::move(today))
    , m_model(new HistoryTableModel(store, this))
    , m_message(new QLabel)
    , m_filter(new QComboBox)
    , m_export(new QPushButton(tr("Export as CSV")))
    , m_body(new QStackedWidget)
    , m_empty(new QLabel)
    , m_chart(new QChartView)
    , m_chartSummary(new QLabel)
    , m_table(new QTableView)
{
    setAccessibleName(tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("History"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    header->addWidget(title);
    header->addStretch();
    auto* filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    m_filter->setAccessibleName(tr("Show sessions of"));
    header->addWidget(filterLabel);
    header->addWidget(m_filter);
    m_export->setAccessibleDescription(tr("Saves every session in a spreadsheet file"));
    header->addWidget(m_export);
    layout->addLayout(header);

    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(40);
    m_currentStreak = statistic(grid, 0, tr("current streak"));
    m_bestStreak = statistic(grid, 1, tr("best streak"));
    m_minutes = statistic(grid, 2, tr("minutes of care"));
    m_sessions = statistic(grid, 3, tr("sessions"));
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    // A picture: out of the tab order, with the same weeks in words right under it.
    m_chart->setAccessibleName(tr("Minutes each week and how your legs felt, last 12 weeks"));
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chartSummary->setWordWrap(true);
    m_chartSummary->setForegroundRole(QPalette::PlaceholderText);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sessions, newest first"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move inside it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::Routine, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::Note, QHeaderView::Stretch);

    auto* filled = new QWidget;
    auto* filledLayout = new QVBoxLayout(filled);
    filledLayout->setContentsMargins(0, 0, 0, 0);
    filledLayout->addWidget(m_chart, 2);
    filledLayout->addWidget(m_chartSummary);
    filledLayout->addWidget(m_table, 3);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->addWidget(filled);
    m_body->addWidget(m_empty);
    layout->addWidget(m_body, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setRoutineFilter(selectedRoutine());
        updateSummary();
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryView::exportCsv);
    refresh();
}

QString HistoryView::selectedRoutine() const
{
    return m_filter->currentData().toString();
}

void HistoryView::rebuildFilter()
{
    const QString chosen = selectedRoutine();
    const QSignalBlocker quiet(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All routines"), QString());
    // A routine edited or deleted since keeps its place, under the title it last had.
    const QHash<QString, QString> titles = m_store.routineTitles();
    for (const QString& id : m_store.routineIds()) {
        const core::Routine* routine = m_library.routine(id);
        m_filter->addItem(routine ? routine->title : titles.value(id, id), id);
    }
    const int index = m_filter->findData(chosen);
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void HistoryView::refresh()
{
    QStringList notes;
    if (!m_store.notice().isEmpty())
        notes << m_store.notice();
    if (!m_store.problem().isEmpty())
        notes << m_store.problem();
    m_message->setText(notes.join(QLatin1Char('\n')));
    m_message->setVisible(!notes.isEmpty());
    // "No sessions yet" only when that is true: a history that cannot be read is not empty.
    m_empty->setText(m_store.isOpen() ? tr("No sessions yet. When you finish or stop a routine, it will appear here with how "
                                           "your legs felt before and after, and your streak will start to grow.")
                                      : tr("Your sessions cannot be shown right now. The message above says why."));
    rebuildFilter();
    m_model->setRoutineFilter(selectedRoutine());
    updateSummary();
    // Sized to the first page of rows only, which is all the model holds at first.
    for (int column : {HistoryTableModel::When, HistoryTableModel::Time, HistoryTableModel::Steps, HistoryTableModel::Outcome,
             HistoryTableModel::Feeling})
        m_table->resizeColumnToContents(column);
}

bool HistoryView::showsEmptyState() const
{
    return m_body->currentWidget() == m_empty;
}

void HistoryView::updateSummary()
{
    const core::HistorySummary summary = m_store.isOpen() ? m_store.summary(m_today(), 12, selectedRoutine()) : core::HistorySummary{};
    m_currentStreak->setText(tr("%n day(s)", nullptr, summary.currentStreak));
    m_bestStreak->setText(tr("%n day(s)", nullptr, summary.bestStreak));
    m_minutes->setText(QLocale().toString(summary.totalMinutes));
    m_sessions->setText(QLocale().toString(summary.sessions));
    m_export->setEnabled(summary.sessions > 0);
    m_body->setCurrentWidget(summary.sessions > 0 ? static_cast<QWidget*>(m_body->widget(0)) : m_empty);
    updateChart(summary);
}

void HistoryView::updateChart(const core::HistorySummary& summary)
{
    const QPalette colors = palette();
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->legend()->setLabelColor(colors.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto* minutes = new QBarSet(tr("Minutes"));
    minutes->setColor(colors.color(QPalette::Highlight));
    minutes->setBorderColor(colors.color(QPalette::Highlight));
    auto* before = new QLineSeries;
    before->setName(tr("Legs before (0–10)"));
    auto* after = new QLineSeries;
    after->setName(tr("Legs after (0–10)"));
    int most = 10;
    m_weekStarts.clear();
    m_chartSummary->setText(chartInWords(summary));
    for (std::size_t i = 0; i < summary.weeks.size(); ++i) {
        const core::WeekSummary& week = summary.weeks[i];
        *minutes << week.minutes;
        most = std::max(most, week.minutes);
        m_weekStarts.push_back(week.weekStart);
        if (week.averageBefore)
            before->append(double(i), *week.averageBefore);
        if (week.averageAfter)
            after->append(double(i), *week.averageAfter);
    }
    auto* bars = new QBarSeries;
    bars->append(minutes);
    chart->addSeries(bars);
    chart->addSeries(before);
    chart->addSeries(after);
    before->setColor(colors.color(QPalette::PlaceholderText));
    QPen afterPen(QColor(0x3a, 0xa0, 0x6b));
    afterPen.setWidth(2);
    after->setPen(afterPen);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QColor grid = colors.color(QPalette::Mid);
    auto* weekAxis = m_weekAxis = new QBarCategoryAxis;
    weekAxis->setLabelsColor(colors.color(QPalette::WindowText));
    weekAxis->setLabelsFont(small);
    weekAxis->setGridLineColor(grid);
    auto* minuteAxis = new QValueAxis;
    minuteAxis->setRange(0, most);
    minuteAxis->applyNiceNumbers();  // 0, 20, 40 rather than 0, 26, 52
    minuteAxis->setLabelFormat(QStringLiteral("%d"));
    minuteAxis->setLabelsFont(small);
    minuteAxis->setGridLineColor(grid);
    minuteAxis->setTitleText(tr("minutes"));
    minuteAxis->setLabelsColor(colors.color(QPalette::WindowText));
    minuteAxis->setTitleBrush(colors.color(QPalette::WindowText));
    auto* feelingAxis = new QValueAxis;
    feelingAxis->setRange(0, 10);
    feelingAxis->setTickCount(6);
    feelingAxis->setLabelFormat(QStringLiteral("%d"));
    feelingAxis->setLabelsFont(small);
    feelingAxis->setGridLineVisible(false);
    feelingAxis->setTitleText(tr("feeling"));
    feelingAxis->setLabelsColor(colors.color(QPalette::WindowText));
    feelingAxis->setTitleBrush(colors.color(QPalette::WindowText));
    // The lines sit on the bar categories, which run from -0.5 to n - 0.5.
    auto* lineX = new QValueAxis;
    lineX->setRange(-0.5, double(summary.weeks.size()) - 0.5);
    lineX->setVisible(false);

    chart->addAxis(weekAxis, Qt::AlignBottom);
    chart->addAxis(lineX, Qt::AlignBottom);
    chart->addAxis(minuteAxis, Qt::AlignLeft);
    chart->addAxis(feelingAxis, Qt::AlignRight);
    bars->attachAxis(weekAxis);
    bars->attachAxis(minuteAxis);
    for (QLineSeries* line : {before, after}) {
        line->attachAxis(lineX);
        line->attachAxis(feelingAxis);
    }

    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    fitWeekLabels();
}

QString HistoryView::chartInWords(const core::HistorySummary& summary)
{
    int total = 0;
    const core::WeekSummary* busiest = nullptr;
    double beforeSum = 0, afterSum = 0;
    int beforeWeeks = 0, afterWeeks = 0;
    for (const core::WeekSummary& week : summary.weeks) {
        total += week.minutes;
        if (!busiest || week.minutes > busiest->minutes)
            busiest = &week;
        if (week.averageBefore) {
            beforeSum += *week.averageBefore;
            ++beforeWeeks;
        }
        if (week.averageAfter) {
            afterSum += *week.averageAfter;
            ++afterWeeks;
        }
    }
    if (!busiest || total == 0)
        return tr("No minutes in the last %n week(s).", nullptr, int(summary.weeks.size()));
    QString words = tr("Last %n week(s): %1 minutes in all, the most (%2) in the week of %3.", nullptr,
        int(summary.weeks.size()))
                        .arg(QLocale().toString(total), QLocale().toString(busiest->minutes),
                            QLocale().toString(busiest->weekStart, QLocale::LongFormat));
    if (beforeWeeks > 0 && afterWeeks > 0)
        words += QLatin1Char(' ')
            + tr("On average your legs felt %1 before and %2 after, from 0 (heavy or sore) to 10 (light and easy).")
                  .arg(QLocale().toString(beforeSum / beforeWeeks, 'f', 1), QLocale().toString(afterSum / afterWeeks, 'f', 1));
    return words;
}

void HistoryView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitWeekLabels();
}

void HistoryView::fitWeekLabels()
{
    // Twelve dates side by side need room: "7 Sep" on a wide window, "7/9" on a narrow one,
    // rather than labels cut short.
    if (!m_weekAxis)
        return;
    const QString format = m_chart->width() < 900 ? tr("d/M", "QLocale date format of a week on a narrow chart")
                                                   : tr("d MMM", "QLocale date format of a week on the chart");
    QStringList labels;
    for (const QDate& start : m_weekStarts)
        labels << QLocale().toString(start, format);
    if (m_weekAxis->categories() != labels)
        m_weekAxis->setCategories(labels);
}

QString HistoryView::exportCsvTo(const QString& path)
{
    return core::writeHistoryCsv(path, m_store.all());
}

void HistoryView::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"),
        QDir(folder).filePath(QStringLiteral("legease-history.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsvTo(path);
    m_message->setText(error.isEmpty() ? tr("Saved %n session(s) to %1.", nullptr, m_store.count()).arg(QDir::toNativeSeparators(path))
                                       : tr("The history could not be exported: %1").arg(error));
    m_message->show();
}

}  // namespace legease::plugins
