#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/as_user.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/session/session_launcher.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_summary_page.h"
#include "ui/session/session_view.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace legease;

TEST_CASE("a session opened by the launcher is written to the history at the start and when stopped")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    settings.setGetReadySeconds(12);
    core::HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::SessionLauncher launcher(content.library, settings, history);

    CHECK(launcher.open(QStringLiteral("no-such-routine")) == nullptr);
    QWidget* window = launcher.open(QStringLiteral("calf-calm"));
    REQUIRE(window);
    auto* view = window->findChild<ui::SessionView*>();
    REQUIRE(view);
    CHECK(view->engine().segment().seconds == 12);  // the settings reached the session
    CHECK_FALSE(history.isOpen());                    // nothing opened before the session starts
    CHECK(settings.lastRoutine().isEmpty());          // opened is not yet started

    view->start();
    CHECK(settings.lastRoutine() == QStringLiteral("calf-calm"));  // what the reminder offers next
    REQUIRE(history.isOpen());
    REQUIRE(history.count() == 1);
    const core::SessionRecord started = history.recent(1).front();
    CHECK(started.routineId == QStringLiteral("calf-calm"));
    CHECK_FALSE(started.endedAt.isValid());
    CHECK_FALSE(started.completed);

    QSignalSpy ended(&launcher, &ui::SessionLauncher::sessionEnded);
    view->requestStop();  // within the first minute: no question asked
    window->close();
    CHECK(ended.size() == 1);
    REQUIRE(history.count() == 1);
    const core::SessionRecord stopped = history.recent(1).front();
    CHECK(stopped.id == started.id);
    CHECK(stopped.endedAt.isValid());
    CHECK_FALSE(stopped.completed);
    CHECK(stopped.stepsTotal == 4);
    CHECK(view->summaryPage()->historyProblem()->isHidden());  // saved: nothing to say
}

TEST_CASE("a history that cannot take new sessions says so when the session starts and again at its end")
{
    QTemporaryDir dir;
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QTemporaryDir settingsDir;
    QSettings store(settingsDir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        core::HistoryStore writer(path);
        REQUIRE(writer.open());
        core::SessionRecord earlier;
        earlier.routineId = QStringLiteral("calf-calm");
        earlier.routineTitle = QStringLiteral("Calm calves");
        earlier.startedAt = QDateTime::currentDateTime().addDays(-1);
        REQUIRE(writer.add(earlier));
    }
    REQUIRE(handToUser(dir.path()));
    const Permissions readOnly(path, 0444);
    REQUIRE(readOnly.ok());
    core::HistoryStore history(path);
    {
        const ActingAsUser user;
        REQUIRE(user.ok());
        REQUIRE(history.open());  // the History page opened it first, as the person
    }
    const core::LoadedContent content = core::loadContent({false, {smallPack()}});
    ui::SessionLauncher launcher(content.library, settings, history);
    QWidget* window = launcher.open(QStringLiteral("calf-calm"));
    REQUIRE(window);
    auto* view = window->findChild<ui::SessionView*>();
    REQUIRE(view);

    view->start();
    CHECK(view->runPage()->messageLabel()->text().contains(QStringLiteral("is read-only")));
    CHECK(view->runPage()->messageLabel()->text().contains(QStringLiteral("new sessions cannot be saved")));
    view->requestStop();
    REQUIRE(view->currentPage() == view->summaryPage());
    QLabel* said = view->summaryPage()->historyProblem();
    CHECK_FALSE(said->isHidden());
    CHECK(said->text().contains(QStringLiteral("new sessions cannot be saved")));
    window->close();
    CHECK(history.count() == 1);  // the earlier session, still shown; nothing written
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("history.sqlite")});
}
