#include "ui/reminder/daily_reminder.h"

#include "core/reminder/reminder_offer.h"
#include "core/settings/app_settings.h"
#include "ui/desktop/window_activation.h"
#include "ui/main_window.h"
#include "ui/reminder/reminder_notifier.h"
#include "ui/reminder/reminder_tray.h"
#include "ui/reminder/systemd_timer.h"

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
    const core::Clock& clock, std::unique_ptr<ReminderTray> tray, std::unique_ptr<ReminderNotifier> notifier,
    std::unique_ptr<SystemdTimer> systemTimer, QTimeZone zone, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_library(library)
    , m_settings(settings)
    , m_clock(clock)
    , m_tray(std::move(tray))
    , m_notifier(std::move(notifier))
    , m_systemTimer(std::move(systemTimer))
    , m_zone(std::move(zone))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);  // to the second is plenty for a daily reminder
    connect(&m_timer, &QTimer::timeout, this, &DailyReminder::check);
    connect(m_tray.get(), &ReminderTray::messageClicked, this, [this] { startLastRoutine(); });
    connect(m_tray.get(), &ReminderTray::iconClicked, this, &DailyReminder::openWindow);
    connect(m_tray.get(), &ReminderTray::availabilityChanged, this, &DailyReminder::apply);
    connect(m_notifier.get(), &ReminderNotifier::started, this, &DailyReminder::startLastRoutine);
}

DailyReminder::~DailyReminder() = default;

bool DailyReminder::usesSystemTimer() const
{
    return m_systemTimer && !m_systemTimerFailed && m_systemTimer->isAvailable();
}

ReminderWay DailyReminder::way() const
{
    if (usesSystemTimer())
        return ReminderWay::SystemTimer;
    return m_tray->isAvailable() ? ReminderWay::Tray : ReminderWay::WhileOpen;
}

void DailyReminder::apply()
{
    const bool enabled = m_settings.reminderEnabled();
    if (usesSystemTimer()) {
        stopInApp();
        const SystemdTimer::Outcome outcome = m_systemTimer->apply(enabled, m_settings.reminderTime());
        if (outcome.error.isEmpty()) {
            // A timer started after today's time must not remind at once: `legease --remind`
            // compares with this (core::timerVerdict).
            if (outcome.changed && enabled)
                m_settings.setReminderSetAt(QDateTime::fromMSecsSinceEpoch(m_clock.wallMs(), QTimeZone::utc()));
            return;
        }
        m_systemTimerFailed = true;
        Q_EMIT problem(tr("Your system could not be asked to remind you each day: %1. Until LegEase starts again, "
                          "it reminds you itself while it is open.")
                           .arg(outcome.error));
    }
    applyInApp(enabled);
}

void DailyReminder::stopInApp()
{
    m_timer.stop();
    m_schedule.reset();
    m_tray->hide();
    QApplication::setQuitOnLastWindowClosed(true);
}

void DailyReminder::applyInApp(bool enabled)
{
    if (!enabled) {
        stopInApp();
        return;
    }
    const bool tray = m_tray->isAvailable();
    // Only with an icon to come back through may closing the window leave LegEase running.
    QApplication::setQuitOnLastWindowClosed(!tray);
    if (!m_schedule)
        m_schedule.emplace(m_clock, m_zone, m_settings.reminderTime());
    else if (m_schedule->time() != m_settings.reminderTime())
        m_schedule->setTime(m_settings.reminderTime());
    if (tray) {
        if (!m_menu)
            buildMenu();
        refreshMenu();
        m_tray->show(m_menu.get());
    } else {
        m_tray->hide();
    }
    waitForNext();
}

void DailyReminder::check()
{
    if (!m_schedule)
        return;
    if (m_schedule->check()) {
        const ReminderNotice notice = reminderNotice(core::reminderOffer(m_library, m_settings.lastRoutine()));
        // The desktop's notification has the actions; a tray's own balloon is the next best thing,
        // and without either the window asks for attention.
        if (!m_notifier->notify(notice)) {
            if (m_tray->isVisible())
                m_tray->notify(notice.title, notice.body);
            else
                QApplication::alert(&m_window);
        }
    }
    waitForNext();
}

void DailyReminder::waitForNext()
{
    m_timer.start(int(std::clamp<qint64>(m_schedule->msecsUntilDue(), 1000, kLongestWaitMs)));
}

void DailyReminder::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("&Open LegEase"), this, &DailyReminder::openWindow);
    m_start = m_menu->addAction(QString(), this, [this] { startLastRoutine(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), &m_window, &MainWindow::quit);
    // A session started since the menu was made may have changed the last routine.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &DailyReminder::refreshMenu);
}

void DailyReminder::refreshMenu()
{
    const core::ReminderOffer offer = core::reminderOffer(m_library, m_settings.lastRoutine());
    // Routine titles come from content packs and may hold a '&' that is not a mnemonic.
    m_start->setText(offer.opensRoutine()
            ? tr("&Start “%1”").arg(QString(offer.routineTitle).replace(QLatin1Char('&'), QLatin1String("&&")))
            : tr("&Choose a routine"));
}

void DailyReminder::openWindow()
{
    bringToFront(&m_window);
}

// The same path as `legease --routine ID`: the safety screen if it is still owed, then the
// session window at its first page, waiting for Start.
void DailyReminder::startLastRoutine(const QString& activationToken)
{
    const core::ReminderOffer offer = core::reminderOffer(m_library, m_settings.lastRoutine());
    if (offer.opensRoutine()) {
        offerActivationToken(activationToken);  // for the window that opens next
        m_window.requestSession(offer.routineId);
        return;
    }
    m_window.showPage(MainWindow::Page::Routines);
    bringToFront(&m_window, activationToken);
}

}  // namespace legease::ui
