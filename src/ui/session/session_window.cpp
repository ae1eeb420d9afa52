#include "ui/session/session_window.h"

#include <QCloseEvent>
#include <QVBoxLayout>

namespace legease::ui {

SessionWindow::SessionWindow(SessionView* view, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_view(view)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(view->windowTitle());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    setFocusProxy(view);
    resize(1000, 700);

    connect(view, &SessionView::done, this, [this](const core::SessionRecord& record) {
        m_reported = true;
        Q_EMIT ended(record);
        close();
    });
    connect(view, &SessionView::closeRequested, this, &QWidget::close);
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
