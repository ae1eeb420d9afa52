#include "app/remind_command.h"

#include "core/content/content_loader.h"
#include "core/language/language.h"
#include "core/reminder/reminder_offer.h"
#include "core/reminder/reminder_schedule.h"
#include "core/reminder/reminder_units.h"
#include "core/session/clock.h"
#include "core/settings/app_settings.h"
#include "core/settings/settings_file.h"
#include "ui/desktop/app_instance.h"
#include "ui/desktop/desktop_names.h"
#include "ui/desktop/systemd_manager.h"
#include "ui/desktop/window_activation.h"
#include "ui/reminder/reminder_notifier.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>

#include <cstdio>

namespace legease::app {
namespace {

QString verdictText(core::TimerVerdict verdict)
{
    switch (verdict) {
    case core::TimerVerdict::NotYetDue:
        return QStringLiteral("today's reminder is not due yet; a missed one from yesterday is not shown today");
    case core::TimerVerdict::TooLate:
        return QStringLiteral("today's reminder is more than two hours late now, so it is skipped");
    case core::TimerVerdict::SetAfterTime:
        return QStringLiteral("the reminder was set after today's time had passed; the first one comes tomorrow");
    case core::TimerVerdict::AlreadyShown:
        return QStringLiteral("today's reminder was already shown");
    case core::TimerVerdict::Show:
        break;
    }
    return {};
}

// What a LegEase started for Start needs from this process's environment: the token, and the
// display, in case the systemd manager was never told which one the desktop uses.
QStringList launchEnvironment(const QString& activationToken)
{
    QStringList environment;
    if (!activationToken.isEmpty())
        environment << QStringLiteral("%1=%2").arg(QLatin1String(ui::kActivationTokenVariable), activationToken);
    for (const char* name : {"WAYLAND_DISPLAY", "DISPLAY", "XDG_SESSION_TYPE"})
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            environment << QStringLiteral("%1=%2").arg(QLatin1String(name), value);
    return environment;
}

}  // namespace

RemindCommand::RemindCommand(QDBusConnection bus, RemindSurroundings surroundings, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_around(std::move(surroundings))
    , m_notifications(bus)
    , m_serverWatcher(QLatin1String(ui::DesktopNotifications::kService), bus, QDBusServiceWatcher::WatchForRegistration)
{
    m_giveUp.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, &RemindCommand::giveUp);
    connect(&m_notifications, &ui::DesktopNotifications::actionInvoked, this, &RemindCommand::answer);
    connect(&m_notifications, &ui::DesktopNotifications::closed, this, [this](uint id) {
        if (id == m_id)
            finish(0, QStringLiteral("the reminder was closed without starting a session"));
    });
    // A timer that fires as the person logs in may come before the desktop's notification server.
    connect(&m_serverWatcher, &QDBusServiceWatcher::serviceRegistered, this, [this] {
        if (!m_id && !m_done)
            notify();
    });
}

void RemindCommand::start()
{
    if (m_around.startedByTimer) {
        if (!m_around.settings->reminderEnabled()) {
            finish(0, QStringLiteral("the daily reminder is off in LegEase's settings; nothing to show"));
            return;
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_around.clock->wallMs(), m_around.zone);
        const core::TimerVerdict verdict = core::timerVerdict(now, m_around.settings->reminderTime(), m_around.zone,
            m_around.settings->reminderSetAt(), m_around.settings->reminderLastShown());
        if (verdict != core::TimerVerdict::Show) {
            finish(0, verdictText(verdict));
            return;
        }
    }
    if (!m_bus.isConnected()) {
        finish(1, QStringLiteral("there is no session bus to show the reminder on"));
        return;
    }
    m_giveUp.start(m_around.answerWait);
    if (m_notifications.isAvailable())
        notify();
}

void RemindCommand::notify()
{
    const ui::ReminderNotice notice =
        ui::reminderNotice(core::reminderOffer(*m_around.library, m_around.settings->lastRoutine()));
    QString error;
    m_id = m_notifications.notify(ui::reminderNotification(notice), &error);
    if (!m_id) {
        finish(1, QStringLiteral("the reminder could not be shown: %1").arg(error));
        return;
    }
    if (m_around.startedByTimer)
        m_around.settings->setReminderLastShown(QDateTime::fromMSecsSinceEpoch(m_around.clock->wallMs(), QTimeZone::utc()));
    if (!m_notifications.capabilities().contains(QStringLiteral("actions")))
        finish(0, QStringLiteral("the reminder is shown; this notification server offers no buttons to answer it"));
}

void RemindCommand::answer(uint id, const QString& action, const QString& activationToken)
{
    if (id != m_id || m_done)
        return;
    if (action == QLatin1String(ui::kStartAction))
        open(activationToken);
    else if (action == QLatin1String(ui::kNotTodayAction))
        finish(0, QStringLiteral("not today"));
}

void RemindCommand::open(const QString& activationToken)
{
    const core::ReminderOffer offer = core::reminderOffer(*m_around.library, m_around.settings->lastRoutine());
    ui::InstanceRequest request;
    request.kind = offer.opensRoutine() ? ui::InstanceRequest::Kind::StartRoutine : ui::InstanceRequest::Kind::ShowPage;
    request.value = offer.opensRoutine() ? offer.routineId : QStringLiteral("routines");
    request.activationToken = activationToken;
    if (const std::optional<QString> refusal = ui::handOver(m_bus, request)) {
        if (refusal->isEmpty())
            finish(0, QStringLiteral("the running LegEase opens %1").arg(request.value));
        else
            finish(1, QStringLiteral("the running LegEase could not open %1: %2").arg(request.value, *refusal));
        return;
    }
    const QString problem = launch(request.commandLine(), activationToken);
    if (problem.isEmpty())
        finish(0, QStringLiteral("started LegEase with %1").arg(request.commandLine().join(QLatin1Char(' '))));
    else
        finish(1, QStringLiteral("LegEase could not be started: %1").arg(problem));
}

QString RemindCommand::launch(const QStringList& arguments, const QString& activationToken)
{
    const QStringList environment = launchEnvironment(activationToken);
    // As a desktop starts an app: a unit of its own (app-<app id>@<random>.service), so it is not
    // ended with this reminder's service, whose processes systemd stops when it finishes.
    ui::SystemdManager systemd(m_bus);
    QString problem;
    if (systemd.isAvailable()) {
        const QString unit = QStringLiteral("app-%1@%2.service")
                                 .arg(ui::appId(), QString::number(QRandomGenerator::global()->generate(), 16));
        problem = systemd.startTransientService(unit, QStringLiteral("LegEase"), QStringList{m_around.program} + arguments,
            environment);
        if (problem.isEmpty())
            return {};
    }
    QProcess process;
    process.setProgram(m_around.program);
    process.setArguments(arguments);
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    processEnvironment.remove(QLatin1String(core::kReminderStartedByVariable));
    for (const QString& variable : environment)
        processEnvironment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(processEnvironment);
    if (process.startDetached())
        return {};
    return problem.isEmpty() ? process.errorString() : problem;
}

void RemindCommand::giveUp()
{
    if (m_id) {
        // No button must stay on screen that nobody listens to any more.
        m_notifications.close(m_id);
        finish(0, QStringLiteral("no answer in time; the reminder was taken back"));
    } else {
        finish(1, QStringLiteral("no notification server appeared on the session bus in time"));
    }
}

void RemindCommand::finish(int status, const QString& outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_giveUp.stop();
    m_outcome = outcome;
    std::fprintf(stderr, "legease --remind: %s\n", qPrintable(outcome));
    Q_EMIT finished(status);
}

int runReminder(const CommandLine& options)
{
    core::PersonsSettings store;
    core::AppSettings settings(store.store());
    // In the interface's language, as the app would speak it (see Startup::applyLanguage).
    const QString translations = core::translationsFolder();
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    const QString language = core::chooseLanguage(options.language.isEmpty() ? settings.language() : options.language,
        systemLanguages, core::availableLanguages(translations));
    const QString locale = core::regionalVariant(language, systemLanguages);
    core::useLanguage(locale, translations);
    // For the last routine's title, which may come from one of the person's own packs.
    const core::LoadedContent content = core::loadContent({true, options.contentFolders + core::userPackFolders()}, locale);
    core::SystemClock clock;

    RemindSurroundings around;
    around.settings = &settings;
    around.library = &content.library;
    around.clock = &clock;
    around.startedByTimer = qEnvironmentVariable(core::kReminderStartedByVariable) == QLatin1String(core::kReminderStartedByTimer);
    around.program = QCoreApplication::applicationFilePath();
    RemindCommand command(QDBusConnection::sessionBus(), std::move(around));
    QObject::connect(&command, &RemindCommand::finished, &command, [](int status) { QCoreApplication::exit(status); });
    QTimer::singleShot(0, &command, &RemindCommand::start);
    return QCoreApplication::exec();
}

}  // namespace legease::app
