#pragma once

#include "core/content/model.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QWidget;

namespace legease::core {
class AppSettings;
class ContentStore;
}  // namespace legease::core

namespace legease::ui {

class Asking;
class RoutineEditor;

// A copy of `routine` to make one's own: no id yet (the editor reads one from the title) and
// " (copy)" in its title.
core::Routine copyOfRoutine(const core::Routine& routine);

// Making routines one's own and sharing them: a new routine, a copy of any routine, editing and
// deleting one's own, exporting one or all of them and importing a file. The work on files is
// core's (core::OwnPack, core/content/routine_sharing.h); this asks people what it needs to know,
// opens the editor, and loads the content again after every change so the whole app sees it.
class OwnRoutines : public QObject {
    Q_OBJECT

public:
    // Dialogs open over `window`.
    OwnRoutines(core::ContentStore& store, core::AppSettings& settings, QWidget* window);
    ~OwnRoutines() override;

    // Who answers the questions; the app's dialogs unless a test gives its own.
    void setAsking(Asking* asking);
    Asking& asking() const;

    // Whether there is an own pack to save to (not for screenshots).
    bool canSave() const;
    bool isOwn(const QString& routineId) const;

    // Each opens the editor (window-modal, over the window) and returns it, or nullptr when
    // there is nothing to open. One editor at a time: asking again shows the open one.
    RoutineEditor* newRoutine();
    RoutineEditor* duplicate(const QString& routineId);
    RoutineEditor* edit(const QString& routineId);
    RoutineEditor* editor() const;  // the one open, or nullptr

    // Asks first, then moves the routine's file to the trash (or, asked again, removes it where
    // there is no trash). True when it is gone.
    bool remove(const QString& routineId);

    // Ask for a file and write the routine, or all of one's own as one bundle, to it.
    bool exportRoutine(const QString& routineId);
    bool exportAll();

    // Asks for a file and imports it.
    QStringList chooseAndImport();
    // Checks each file and imports those without errors, listing the problems of the others;
    // returns the ids imported.
    QStringList importFiles(const QStringList& paths);

Q_SIGNALS:
    // The content was loaded again after a change; `routineId` is the routine to show ("" after
    // a delete).
    void changed(const QString& routineId);

private:
    RoutineEditor* open(RoutineEditor* editor);
    void reloadAndShow(const QString& routineId);

    core::ContentStore& m_store;
    core::AppSettings& m_settings;
    QWidget* m_window;
    std::unique_ptr<Asking> m_dialogs;
    Asking* m_asking;
    QPointer<RoutineEditor> m_editor;
};

}  // namespace legease::ui
