#include "ui/keyboard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>

namespace legease::ui {
namespace {

bool isPressKey(const QKeyEvent* key)
{
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    return modifiers == Qt::NoModifier
        && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
}

class ButtonKeys : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto* button = qobject_cast<QAbstractButton*>(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        if (!button || !button->isEnabled() || !isPressKey(key))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();  // the key goes to the button, not to a shortcut of the window
            return true;
        }
        auto* push = qobject_cast<QPushButton*>(button);
        if (key->key() != Qt::Key_Space && push && !push->autoDefault() && !push->isDefault()) {
            push->click();
            return true;
        }
        return false;
    }
};

}  // namespace

void useButtonKeys()
{
    static ButtonKeys* keys = [] {
        auto* filter = new ButtonKeys(qApp);
        qApp->installEventFilter(filter);
        return filter;
    }();
    Q_UNUSED(keys);
}

void showFocusFromTheStart(QWidget* window)
{
    window->setAttribute(Qt::WA_KeyboardFocusChange);
}

bool quitLegEase()
{
    // Sessions first, so choosing to carry on leaves the main window as it was.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows)
        if (window->isVisible() && !window->inherits("legease::ui::MainWindow") && !window->close())
            return false;
    for (QWidget* window : QApplication::topLevelWidgets())
        if (window->isVisible() && !window->close())
            return false;
    QApplication::quit();
    return true;
}

}  // namespace legease::ui
