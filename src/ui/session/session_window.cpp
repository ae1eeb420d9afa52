#include "ui/session/session_window.h"

#include "ui/keyboard.h"
#include "ui/session/session_run_page.h"

#include <QCloseEvent>
#include <QShortcut>

namespace legease::ui {

SessionWindow::SessionWindow(SessionView* view, QWidget* parent)
    : QMainWindow(parent)
    , m_view(view)
{
    setAttribute(Qt::WA_DeleteOnClose);
    showFocusFromTheStart(this);
    setWindowTitle(view->windowTitle());
    setCentralWidget(view);
    setFocusProxy(view);
    resize(1000, 700);

    connect(view, &SessionView::done, this, [this](const core::SessionRecord& record) {
        m_reported = true;
        Q_EMIT ended(record);
        close();
    });
    connect(view, &SessionView::closeRequested, this, &QWidget::close);
    connect(view->runPage(), &SessionRunPage::fullScreenRequested, this, &SessionWindow::toggleFullScreen);
    auto* fullScreen = new QShortcut(fullScreenKey(), this);
    connect(fullScreen, &QShortcut::activated, this, &SessionWindow::toggleFullScreen);
    auto* quit = new QShortcut(quitKey(), this);
    connect(quit, &QShortcut::activated, this, [] { quitLegEase(); });
}

void SessionWindow::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void SessionWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange)
        m_view->runPage()->showFullScreen(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

void SessionWindow::closeEvent(QCloseEvent* event)
{
    const core::SessionState state = m_view->engine().state();
    if (state == core::SessionState::Running || state == core::SessionState::Paused) {
        m_view->requestStop();
        if (m_view->engine().state() != core::SessionState::Finished) {
            event->ignore();  // the person chose to carry on
            return;
        }
    }
    // A session that was stopped or finished but not confirmed on its summary still counts.
    if (!m_reported && m_view->engine().state() == core::SessionState::Finished) {
        m_reported = true;
        Q_EMIT ended(m_view->record());
    }
    event->accept();
}

}  // namespace legease::ui
