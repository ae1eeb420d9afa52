#pragma once

#include <QWidget>

class QPushButton;

namespace legease::ui {

// What people can do with the routine shown on the Routines page besides starting it: edit and
// delete one of their own, duplicate any (the copy is theirs) and export it to share. "New
// routine" sits at the top of the page; this widget makes it too, so all of them live together.
class RoutineActions : public QWidget {
    Q_OBJECT

public:
    explicit RoutineActions(QWidget* parent = nullptr);

    // The routine shown ("" for none) and whether it is one of the person's own. Without an own
    // pack to save to (`canSave` false), nothing can be made, changed or deleted.
    void setRoutine(const QString& routineId, bool own, bool canSave);
    QString routine() const { return m_routine; }

    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    void newRequested();
    void editRequested(const QString& routineId);
    void duplicateRequested(const QString& routineId);
    void exportRequested(const QString& routineId);
    void deleteRequested(const QString& routineId);

private:
    QString m_routine;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_export;
    QPushButton* m_delete;
};

}  // namespace legease::ui
