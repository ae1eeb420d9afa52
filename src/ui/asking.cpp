#include "ui/asking.h"

#include "ui/problems_dialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace legease::ui {
namespace {

struct AskingWords {
    Q_DECLARE_TR_FUNCTIONS(legease::ui::Asking)
};

}  // namespace

Asking::Unsaved DialogAsking::unsavedChanges(QWidget* parent, const QString& title)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(AskingWords::tr("LegEase"));
    box.setText(AskingWords::tr("Save your changes to “%1”?").arg(title));
    box.setInformativeText(AskingWords::tr("If you don’t save them, they are lost."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

bool DialogAsking::confirm(QWidget* parent, const QString& title, const QString& text, const QString& yes)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);  // what cannot be undone is never one Enter away
    box.exec();
    return box.clickedButton() == yesButton;
}

void DialogAsking::tell(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setText(text);
    box.exec();
}

void DialogAsking::showProblems(QWidget* parent, const QString& title, const QString& intro, const core::Problems& problems)
{
    ProblemsDialog dialog(title, intro, problems, parent);
    dialog.exec();
}

QString DialogAsking::fileToOpen(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogAsking::fileToSave(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

}  // namespace legease::ui
