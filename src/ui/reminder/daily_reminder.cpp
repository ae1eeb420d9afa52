#include "ui/reminder/daily_reminder.h"

#include "core/settings/app_settings.h"
#include "ui/main_window.h"
#include "ui/reminder/reminder_tray.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

#include <algorithm>

namespace legease::ui {
namespace {

// Wall-clock time is looked at again at least this often, so a suspend or a clock change is
// noticed within a minute; no timer runs faster than that.
constexpr qint64 kLongestWaitMs = 60'000;

}  // namespace

DailyReminder::DailyReminder(MainWindow& window, const core::ContentLibrary& library, core::AppSettings& settings,
    const core::Clock& clock, std::unique_ptr<ReminderTray> tray, QTimeZone zone, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_library(library)
    , m_settings(settings)
    , m_clock(clock)
    , m_tray(std::move(tray))
    , m_zone(std::move(zone))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);  // to the second is plenty for a daily reminder
    connect(&m_timer, &QTimer::timeout, this, &DailyReminder::check);
    connect(m_tray.get(), &ReminderTray::messageClicked, this, &DailyReminder::startLastRoutine);
    connect(m_tray.get(), &ReminderTray::iconClicked, this, &DailyReminder::openWindow);
}

DailyReminder::~DailyReminder() = default;

void DailyReminder::apply()
{
    const bool on = m_settings.reminderEnabled() && m_tray->isAvailable();
    // Only with an icon to come back through may closing the window leave LegEase running.
    QApplication::setQuitOnLastWindowClosed(!on);
    if (!on) {
        m_timer.stop();
        m_schedule.reset();
        m_tray->hide();
        return;
    }
    if (!m_schedule)
        m_schedule.emplace(m_clock, m_zone, m_settings.reminderTime());
    else if (m_schedule->time() != m_settings.reminderTime())
        m_schedule->setTime(m_settings.reminderTime());
    if (!m_menu)
        buildMenu();
    refreshMenu();
    m_tray->show(m_menu.get());
    waitForNext();
}

void DailyReminder::check()
{
    if (!m_schedule)
        return;
    if (m_schedule->check()) {
        const QString title = lastRoutineTitle();
        m_tray->notify(tr("Time for your legs"),
            title.isEmpty() ? tr("A few calm minutes for your legs, whenever you are ready. Click here to choose a routine.")
                            : tr("“%1” is ready when you are. Click here to begin.").arg(title));
    }
    waitForNext();
}

void DailyReminder::waitForNext()
{
    m_timer.start(int(std::clamp<qint64>(m_schedule->msecsUntilDue(), 1000, kLongestWaitMs)));
}

QString DailyReminder::lastRoutineTitle() const
{
    const core::Routine* routine = m_library.routine(m_settings.lastRoutine());
    return routine ? routine->title : QString();
}

void DailyReminder::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("&Open LegEase"), this, &DailyReminder::openWindow);
    m_start = m_menu->addAction(QString(), this, &DailyReminder::startLastRoutine);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), &m_window, &MainWindow::quit);
    // A session started since the menu was made may have changed the last routine.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &DailyReminder::refreshMenu);
}

void DailyReminder::refreshMenu()
{
    const QString title = lastRoutineTitle();
    // Routine titles come from content packs and may hold a '&' that is not a mnemonic.
    m_start->setText(title.isEmpty() ? tr("&Choose a routine")
                                     : tr("&Start “%1”").arg(QString(title).replace(QLatin1Char('&'), QLatin1String("&&"))));
}

void DailyReminder::openWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

// The same path as `legease --routine ID`: the safety screen if it is still owed, then the
// session window at its first page, waiting for Start.
void DailyReminder::startLastRoutine()
{
    const QString routineId = m_settings.lastRoutine();
    if (m_library.routine(routineId)) {
        m_window.requestSession(routineId);
        return;
    }
    m_window.showPage(MainWindow::Page::Routines);
    openWindow();
}

}  // namespace legease::ui
