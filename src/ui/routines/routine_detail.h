#pragma once

#include "core/content/content_library.h"
#include "core/session/timeline.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace legease::ui {

class TechniqueCard;

// One routine laid out before it is run: what it is for, how long it takes at the chosen length,
// what to watch out for, and every step with its time; a chosen step shows its own instruction
// next to its stroke's technique card. Start stays in view below the scrolling text. With no
// routine it says how to pick one.
class RoutineDetail : public QWidget {
    Q_OBJECT

public:
    enum StepColumn { NumberColumn, RegionColumn, StrokeColumn, PressureColumn, TimeColumn, StepColumnCount };

    explicit RoutineDetail(const core::ContentLibrary& library, QWidget* parent = nullptr);

    // "" or an id the library does not hold shows the "pick a routine" note instead.
    void showRoutine(const QString& routineId);
    QString routine() const { return m_routine; }

    // Step times and totals as a session at `length` will run them.
    void setSessionLength(const core::SessionLength& length);

    // What shows when no routine is; "" leaves the pane blank.
    void setPlaceholderText(const QString& text);

    // Shows step `index` (0-based) of the routine beside its technique card; -1 shows none.
    void showStep(int index);
    int step() const { return m_step; }
    void setReduceMotion(bool reduce);
    // Puts `widget` in the footer after Start (the actions on one's own routines), or on a row
    // of its own below it when the pane is too narrow for both.
    void setFooterWidget(QWidget* widget);

    // Lays the routine out again from the library, after the content was loaded again.
    void refresh();

    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* metaLabel() const { return m_meta; }
    QLabel* cautionsLabel() const { return m_cautions; }
    QTreeWidget* stepsView() const { return m_steps; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* startButton() const { return m_start; }
    QLabel* stepTitleLabel() const { return m_stepTitle; }
    QLabel* stepInstructionLabel() const { return m_stepInstruction; }
    TechniqueCard* stepCard() const { return m_stepCard; }

Q_SIGNALS:
    void startRequested(const QString& routineId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitStepsHeight();
    void placeFooterWidget();
    void styleStartButton();
    void refreshStep();

    const core::ContentLibrary& m_library;
    core::SessionLength m_length;
    QString m_routine;

    QStackedWidget* m_pages;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_meta;
    QLabel* m_cautions;
    QLabel* m_stepsHeading;
    QTreeWidget* m_steps;
    QLabel* m_total;
    QPushButton* m_start;

    int m_step = -1;
    QLabel* m_stepHint;
    QWidget* m_stepPanel;
    QLabel* m_stepTitle;
    QLabel* m_stepDetails;
    QLabel* m_stepInstruction;
    TechniqueCard* m_stepCard;
    QHBoxLayout* m_footer;
    QHBoxLayout* m_footerBelow;
    QWidget* m_footerWidget = nullptr;
};

}  // namespace legease::ui
