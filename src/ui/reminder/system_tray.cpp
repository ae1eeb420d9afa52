#include "ui/reminder/system_tray.h"

#include "ui/reminder/xembed_tray.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QSystemTrayIcon>

// The icon lives in a static library, where the linker drops a resource nothing refers to; and
// Q_INIT_RESOURCE declares a function of the global namespace, so it is called from out here.
static void registerReminderResources()
{
    Q_INIT_RESOURCE(reminder);
}

namespace legease::ui {
namespace {

// Drawn from the SVG at each size a tray asks for, so it stays sharp without the SVG icon
// engine plugin, which not every installation has.
QIcon trayIcon()
{
    QSvgRenderer renderer(QStringLiteral(":/reminder/tray.svg"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace

SystemTray::SystemTray(QDBusConnection bus, QObject* parent)
    : ReminderTray(parent)
    , m_hosts(std::move(bus))
{
    connect(&m_hosts, &TrayHostWatcher::changed, this, &ReminderTray::availabilityChanged);
}

bool SystemTray::isAvailable() const
{
    // Qt is only asked once a tray is known to be there (see the header).
    return (m_hosts.hostPresent() || xembedTrayPresent()) && QSystemTrayIcon::isSystemTrayAvailable();
}

void SystemTray::show(QMenu* menu)
{
    if (!m_icon) {
        registerReminderResources();
        m_icon = new QSystemTrayIcon(trayIcon(), this);
        m_icon->setToolTip(tr("LegEase: your daily reminder"));
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &ReminderTray::messageClicked);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT iconClicked();
        });
    }
    m_icon->setContextMenu(menu);
    m_icon->show();
}

void SystemTray::hide()
{
    if (m_icon)
        m_icon->hide();
}

bool SystemTray::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void SystemTray::notify(const QString& title, const QString& message)
{
    if (m_icon)
        m_icon->showMessage(title, message, m_icon->icon(), 30'000);
}

}  // namespace legease::ui
