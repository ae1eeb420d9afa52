#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace legease::ui {

class FeelingScale;

// After a session: what was done, and how the legs feel now.
class SessionSummaryPage : public QWidget {
    Q_OBJECT

public:
    explicit SessionSummaryPage(QWidget* parent = nullptr);

    void showResult(bool completed, int activeSeconds, int stepsDone, int stepsTotal);
    // The headline and the details as one text, for a screen reader.
    QString inWords() const;
    // Why this session could not be kept in the history; "" hides it.
    void showHistoryProblem(const QString& message);
    FeelingScale* feeling() const { return m_feeling; }
    QLabel* headline() const { return m_headline; }
    QLabel* details() const { return m_details; }
    QLabel* historyProblem() const { return m_historyProblem; }

Q_SIGNALS:
    void doneRequested();

private:
    QLabel* m_headline;
    QLabel* m_details;
    QLabel* m_historyProblem;
    FeelingScale* m_feeling;
    QPushButton* m_done;
};

}  // namespace legease::ui
