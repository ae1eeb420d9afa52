#include "app/startup.h"

#include "core/language/language.h"
#include "core/reminder/reminder_units.h"
#include "core/session/clock.h"
#include "ui/desktop/window_activation.h"
#include "ui/main_window.h"
#include "ui/reminder/daily_reminder.h"
#include "ui/reminder/reminder_notifier.h"
#include "ui/reminder/system_tray.h"
#include "ui/reminder/systemd_timer.h"
#include "ui/screenshot.h"
#include "ui/session/session_launcher.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDBusConnection>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

// The window icon and the compiled built-in pack live in static libraries, whose resources the
// linker would drop unless something refers to them; Q_INIT_RESOURCE only works outside namespaces.
static void loadResources()
{
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(builtin_pack);
}

namespace legease::app {
namespace {

std::unique_ptr<core::PersonsSettings> personsSettings(const Surroundings& surroundings)
{
    return surroundings.settingsStore ? nullptr : std::make_unique<core::PersonsSettings>();
}

}  // namespace

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("LegEase"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEGEASE_VERSION));
    // Ties windows to the installed .desktop file, so docks and Wayland show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(LEGEASE_APP_ID));
}

Startup::Startup(const CommandLine& options, Surroundings surroundings)
    : m_options(options)
    , m_surroundings(std::move(surroundings))
    , m_ownStore(personsSettings(m_surroundings))
    , m_settings(m_surroundings.settingsStore ? *m_surroundings.settingsStore : m_ownStore->store())
    , m_history(options.historyFile.isEmpty() ? core::HistoryStore::defaultPath() : options.historyFile)
{
    loadResources();
    if (options.resetFirstRun)
        m_settings.resetFirstRun();
    ui::applyTheme(theme());
    step("settings and theme");
    applyLanguage();
    if (!m_refusal.isEmpty())
        return;
    if (const QString problem = settingsProblem(); !problem.isEmpty())
        std::fprintf(stderr, "legease: %s\n", qPrintable(problem));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" LEGEASE_APP_ID ".svg")));
    step("language and icon");

    QStringList folders = options.contentFolders;
    if (m_surroundings.userPacks)
        folders += core::userPackFolders();
    // Content packs speak the interface's language, so translated content never meets an
    // English interface or the other way round.
    const QString ownPack = !m_surroundings.ownPack.isEmpty() ? m_surroundings.ownPack
        : m_surroundings.userPacks                          ? core::ownPackFolder()
                                                            : QString();
    m_content.load({m_surroundings.builtInContent, folders}, ownPack, m_locale);
    step("content");
}

Startup::~Startup() = default;

QString Startup::settingsProblem() const
{
    return m_ownStore ? m_ownStore->problem() : QString();
}

void Startup::applyLanguage()
{
    const QString translations = core::translationsFolder();
    const QStringList installed = core::availableLanguages(translations);
    if (!m_options.language.isEmpty() && !installed.contains(m_options.language)) {
        m_refusal = QStringLiteral("there is no \"%1\" translation; installed are: %2")
                        .arg(m_options.language, installed.join(QStringLiteral(", ")));
        return;
    }
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    const QString language = core::chooseLanguage(
        m_options.language.isEmpty() ? m_settings.language() : m_options.language, systemLanguages, installed);
    // Spoken as the person's region speaks it: Austrian dates and Austrian content packs in Austria.
    m_locale = core::regionalVariant(language, systemLanguages);
    if (!core::useLanguage(m_locale, translations))
        std::fprintf(stderr, "legease: the %s translation could not be loaded from %s\n", qPrintable(language),
            qPrintable(translations));
}

QString Startup::screenshot()
{
    ui::ScreenshotRequest request{m_options.screenshotView, m_options.screenshotFile, m_options.windowSize,
        m_options.benefit, m_options.routineId};
    request.step = m_options.step.value_or(1);
    request.phase = m_options.phase.value_or(0.0);
    return ui::takeScreenshot(request, m_content, m_settings, m_history);
}

bool Startup::openWindow()
{
    if (!m_options.routineId.isEmpty() && !m_content.library().routine(m_options.routineId)) {
        m_refusal = QStringLiteral("there is no routine \"%1\"; 'legease --list' shows them all").arg(m_options.routineId);
        return false;
    }
    m_window = std::make_unique<ui::MainWindow>(m_content, m_settings, m_history);
    m_sessions = std::make_unique<ui::SessionLauncher>(m_content.library(), m_settings, m_history);
    ui::MainWindow* window = m_window.get();
    QObject::connect(m_sessions.get(), &ui::SessionLauncher::sessionEnded, window, &ui::MainWindow::refreshHistory);
    window->setVoiceNamesProvider([sessions = m_sessions.get()] { return sessions->voiceNames(); });
    QObject::connect(window, &ui::MainWindow::sessionRequested, m_sessions.get(), &ui::SessionLauncher::open);
    QObject::connect(window, &ui::MainWindow::settingsChanged, window, [this] { ui::applyTheme(theme()); });
    window->restoreLayout();
    if (const QString problem = settingsProblem(); !problem.isEmpty()) {
        // Above the content problems, if there are any, in the window's banner.
        QLabel* banner = window->problemBanner();
        const QString content = banner->isHidden() ? QString() : banner->text();
        banner->setText(problem.toHtmlEscaped() + (content.isEmpty() ? QString() : QStringLiteral("<br>") + content));
        banner->show();
    }
    if (!m_options.benefit.isEmpty() && !window->showBenefit(m_options.benefit)) {
        m_refusal = QStringLiteral("there is no benefit \"%1\"; 'legease --list' shows them all").arg(m_options.benefit);
        return false;
    }
    if (const ui::PageInfo* page = ui::pageWithId(m_options.page))
        window->showPage(page->page);
    window->setReminderWayProvider([this] { return m_reminder ? m_reminder->way() : ui::ReminderWay::WhileOpen; });
    step("main window");
    window->show();

    // The daily reminder is made once the window is on screen, and its tray icon only when on.
    QObject::connect(window, &ui::MainWindow::firstPainted, window, [this, window] {
        // Started by a launcher or a reminder with an activation token: present it now that the
        // window is mapped, so a Wayland compositor lets the window have the focus.
        if (qEnvironmentVariableIsSet(ui::kActivationTokenVariable))
            window->activateWindow();
        makeReminder();
    });
    // Safety first: on the very first run, and before a session asked for on the command line.
    QTimer::singleShot(0, window, [this, window] {
        if (!m_options.routineId.isEmpty())
            window->requestSession(m_options.routineId);
        else if (!m_settings.safetyAcknowledged())
            window->showSafety(true);
    });
    return true;
}

void Startup::makeReminder()
{
    if (m_reminder)
        return;
    if (!m_surroundings.clock) {
        m_ownClock = std::make_unique<core::SystemClock>();
        m_surroundings.clock = m_ownClock.get();
    }
    const QDBusConnection bus = QDBusConnection::sessionBus();
    std::unique_ptr<ui::ReminderTray> tray =
        m_surroundings.makeTray ? m_surroundings.makeTray() : std::make_unique<ui::SystemTray>(bus);
    std::unique_ptr<ui::ReminderNotifier> notifier =
        m_surroundings.makeNotifier ? m_surroundings.makeNotifier() : std::make_unique<ui::DesktopReminderNotifier>(bus);
    std::unique_ptr<ui::SystemdTimer> systemTimer = m_surroundings.makeSystemTimer
        ? m_surroundings.makeSystemTimer()
        : std::make_unique<ui::SystemdTimer>(bus, core::userUnitFolder(), QCoreApplication::applicationFilePath());
    m_reminder = std::make_unique<ui::DailyReminder>(*m_window, m_content.library(), m_settings, *m_surroundings.clock,
        std::move(tray), std::move(notifier), std::move(systemTimer), m_surroundings.timeZone);
    QObject::connect(m_window.get(), &ui::MainWindow::settingsChanged, m_reminder.get(), &ui::DailyReminder::apply);
    QObject::connect(m_reminder.get(), &ui::DailyReminder::problem, m_window.get(), [this](const QString& text) {
        auto* box = new QMessageBox(QMessageBox::Warning, ui::DailyReminder::tr("Daily reminder"), text,
            QMessageBox::Ok, m_window.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();  // never in the way of whatever runs
    });
    m_reminder->apply();
}

core::AppSettings::Theme Startup::theme() const
{
    return m_options.theme.value_or(m_settings.theme());
}

void Startup::step(const char* name) const
{
    if (m_surroundings.stepDone)
        m_surroundings.stepDone(name);
}

}  // namespace legease::app
