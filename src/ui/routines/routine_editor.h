#pragma once

#include "core/content/model.h"
#include "core/content/problem.h"
#include "core/session/timeline.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace legease::core {
class ContentStore;
}

namespace legease::ui {

class Asking;
class LegDiagram;
class StepListModel;
class StepListView;

// Makes or changes one of the person's own routines: everything the content format has, the
// routine's title, summary, level, legs and cautions, and each step's region (from the list or
// the leg map), stroke (with how it is done), pressure, direction, seconds, tempo and
// instruction. Steps are added, duplicated, removed and moved (drag and drop, Alt+Up/Alt+Down).
//
// Every change is checked at once by the loader's own rules (core::checkRoutine), and each
// problem shows beside the field its JSON Pointer names; Save is refused while there is an error,
// so no file the loader would refuse is ever written. Every change can be undone (Ctrl+Z) and
// redone (Ctrl+Shift+Z); closing with changes that are not saved asks first.
class RoutineEditor : public QDialog {
    Q_OBJECT

public:
    // `routine` is new (a blank one, or a copy of another) when `onDisk` is nullopt; otherwise it
    // is a routine of the own pack as read from its file, and `onDisk` what the file held then,
    // so a change made to the file since is noticed before it is replaced. Totals count the
    // pauses `timing` gives.
    RoutineEditor(const core::ContentStore& store, core::Routine routine, std::optional<QByteArray> onDisk,
        const core::TimelineOptions& timing, Asking& asking, QWidget* parent = nullptr);
    ~RoutineEditor() override;

    // The routine as it stands, with the id it will be saved under.
    core::Routine routine() const;
    bool isNew() const { return !m_onDisk.has_value(); }
    bool isModified() const;
    // What the loader's checks say about routine() now.
    const core::Problems& problems() const { return m_problems; }
    QUndoStack* undoStack() const { return m_undo; }

    int currentStep() const { return m_state.current; }  // -1 when there are no steps
    void setCurrentStep(int step);

    // Saves and closes when the routine has no error (asking first if its file was changed
    // by someone else); otherwise shows what to fix and stays open. True when saved.
    bool save();

    // Step changes, each one undoable.
    void addStep();
    void duplicateStep();
    void removeStep();
    void moveStep(int from, int to);

    // For tests and the accessibility walk.
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* summaryEdit() const { return m_summary; }
    QComboBox* levelCombo() const { return m_level; }
    QComboBox* sidesCombo() const { return m_sides; }
    QPlainTextEdit* cautionsEdit() const { return m_cautions; }
    StepListView* stepList() const { return m_stepList; }
    StepListModel* stepModel() const { return m_stepModel; }
    QPushButton* addStepButton() const { return m_add; }
    QPushButton* duplicateStepButton() const { return m_duplicate; }
    QPushButton* removeStepButton() const { return m_remove; }
    QPushButton* moveUpButton() const { return m_up; }
    QPushButton* moveDownButton() const { return m_down; }
    QComboBox* regionCombo() const { return m_region; }
    LegDiagram* diagram() const { return m_diagram; }
    QComboBox* strokeCombo() const { return m_stroke; }
    QLabel* howToLabel() const { return m_howTo; }
    QComboBox* pressureCombo() const { return m_pressure; }
    QComboBox* directionCombo() const { return m_direction; }
    QSpinBox* secondsSpin() const { return m_seconds; }
    QSpinBox* tempoSpin() const { return m_tempo; }
    QPlainTextEdit* instructionEdit() const { return m_instruction; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* noticeLabel() const { return m_notice; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* cancelButton() const { return m_cancel; }
    // The label beside a field that shows its problem ("" and hidden when it has none), by the
    // field core::routinePlace names for a JSON Pointer.
    QLabel* problemLabel(int field) const { return m_problemLabels.value(field); }

Q_SIGNALS:
    void saved(const QString& routineId);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

public Q_SLOTS:
    void reject() override;

private:
    // What an undo step puts back: the routine and the step shown with it.
    struct State {
        core::Routine routine;
        int current = -1;
    };
    class EditCommand;

    void applyState(const State& state);
    void build();
    void buildActions();
    // Records `edit` of the routine as one undoable step named `what`; edits of the same field
    // of the same step that follow each other (typing) merge into one when `mergeField` >= 0.
    void change(const QString& what, int mergeField, const std::function<void(State&)>& edit);
    void changeStep(const QString& what, int mergeField, const std::function<void(core::Step&)>& edit);
    void refresh();
    void refreshStepForm();
    void refreshProblems();
    void refreshTotal();
    void showNotice();
    bool confirmClose();
    QWidget* widgetFor(int field) const;
    void takeUndoKeys(QWidget* widget);

    const core::ContentStore& m_store;
    Asking& m_asking;
    core::TimelineOptions m_timing;
    std::optional<QByteArray> m_onDisk;
    State m_state;
    core::Problems m_problems;
    QUndoStack* m_undo;
    bool m_refreshing = false;
    bool m_closing = false;

    QLabel* m_notice;
    QLineEdit* m_title;
    QLineEdit* m_summary;
    QComboBox* m_level;
    QComboBox* m_sides;
    QPlainTextEdit* m_cautions;
    StepListModel* m_stepModel;
    StepListView* m_stepList;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QWidget* m_stepForm;
    QLabel* m_noSteps;
    QLabel* m_stepHeading;
    QComboBox* m_region;
    LegDiagram* m_diagram;
    QComboBox* m_stroke;
    QLabel* m_howTo;
    QComboBox* m_pressure;
    QComboBox* m_direction;
    QSpinBox* m_seconds;
    QSpinBox* m_tempo;
    QPlainTextEdit* m_instruction;
    QLabel* m_total;
    QLabel* m_file;
    QLabel* m_status;
    QToolButton* m_undoButton;
    QToolButton* m_redoButton;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QHash<int, QLabel*> m_problemLabels;
};

}  // namespace legease::ui
