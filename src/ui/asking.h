#pragma once

#include "core/content/problem.h"

#include <QString>

class QWidget;

namespace legease::ui {

// Every question LegEase asks while people make, share and delete routines, in one place: the
// app asks with dialogs (DialogAsking), tests answer with scripted replies.
class Asking {
public:
    virtual ~Asking() = default;

    enum class Unsaved { Save, Discard, Cancel };
    // Closing an editor with changes that are not saved: Save, Discard or Cancel.
    virtual Unsaved unsavedChanges(QWidget* parent, const QString& title) = 0;
    // A yes-or-no question whose yes does something that cannot be taken back lightly; `yes` is
    // the words on its button ("Delete", "Replace"). False: leave everything as it is.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes) = 0;
    // Tells something that went wrong, with one button to close.
    virtual void tell(QWidget* parent, const QString& title, const QString& text) = 0;
    // Lists the problems of a file, in the words `legease --validate` uses.
    virtual void showProblems(QWidget* parent, const QString& title, const QString& intro, const core::Problems& problems) = 0;
    // A file to read, or "" when people cancel.
    virtual QString fileToOpen(QWidget* parent, const QString& title, const QString& filter) = 0;
    // A file to write (starting at `suggested`), or "" when people cancel.
    virtual QString fileToSave(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) = 0;
};

// Asks with Qt's message boxes and file dialogs, and the problems dialog.
class DialogAsking : public Asking {
public:
    Unsaved unsavedChanges(QWidget* parent, const QString& title) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes) override;
    void tell(QWidget* parent, const QString& title, const QString& text) override;
    void showProblems(QWidget* parent, const QString& title, const QString& intro, const core::Problems& problems) override;
    QString fileToOpen(QWidget* parent, const QString& title, const QString& filter) override;
    QString fileToSave(QWidget* parent, const QString& title, const QString& suggested, const QString& filter) override;
};

}  // namespace legease::ui
