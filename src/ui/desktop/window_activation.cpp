#include "ui/desktop/window_activation.h"

#include <QWidget>

namespace legease::ui {

void offerActivationToken(const QString& activationToken)
{
    if (!activationToken.isEmpty())
        qputenv(kActivationTokenVariable, activationToken.toUtf8());
}

void bringToFront(QWidget* window, const QString& activationToken)
{
    if (!window)
        return;
    offerActivationToken(activationToken);
    if (window->isMinimized())
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

}  // namespace legease::ui
