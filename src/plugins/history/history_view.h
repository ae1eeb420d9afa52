#pragma once

#include "core/content/content_library.h"
#include "core/history/history_store.h"
#include "ui/history/history_page.h"

#include <QDate>

#include <functional>
#include <vector>

class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace legease::plugins {

class HistoryTableModel;

// Progress people can see: streaks, minutes, a twelve-week chart of minutes and of how legs felt
// before and after, and every session. Built (with its chart) only when History is first opened,
// by the history plugin (src/ui/history.cmake): the app itself never links Qt Charts.
class HistoryView : public ui::HistoryPage {
    Q_OBJECT

public:
    HistoryView(core::HistoryStore& store, const core::ContentLibrary& library,
        std::function<QDate()> today = [] { return QDate::currentDate(); }, QWidget* parent = nullptr);

    // Reads the store again, e.g. after a session ended.
    void refresh() override;
    // Asks where to save and writes every session as CSV.
    void exportCsv() override;
    // The same without asking: "" on success, else what went wrong.
    QString exportCsvTo(const QString& path);

    QLabel* currentStreakLabel() const { return m_currentStreak; }
    QLabel* bestStreakLabel() const { return m_bestStreak; }
    QLabel* minutesLabel() const { return m_minutes; }
    QLabel* sessionsLabel() const { return m_sessions; }
    QLabel* messageLabel() const { return m_message; }
    QComboBox* routineFilter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QChartView* chart() const { return m_chart; }
    QPushButton* exportButton() const { return m_export; }
    bool showsEmptyState() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitWeekLabels();
    void rebuildFilter();
    void updateSummary();
    void updateChart(const core::HistorySummary& summary);
    // The chart in one or two sentences, for people who cannot see it.
    static QString chartInWords(const core::HistorySummary& summary);
    QString selectedRoutine() const;

    core::HistoryStore& m_store;
    const core::ContentLibrary& m_library;
    std::function<QDate()> m_today;
    HistoryTableModel* m_model;
    QLabel* m_message;
    QLabel* m_currentStreak;
    QLabel* m_bestStreak;
    QLabel* m_minutes;
    QLabel* m_sessions;
    QComboBox* m_filter;
    QPushButton* m_export;
    QStackedWidget* m_body;
    QLabel* m_empty;
    QChartView* m_chart;
    QLabel* m_chartSummary;  // what the chart shows, in words
    QTableView* m_table;
    QBarCategoryAxis* m_weekAxis = nullptr;
    std::vector<QDate> m_weekStarts;
};

}  // namespace legease::plugins
