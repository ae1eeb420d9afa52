// The start-up sequence (app::Startup) when the person's settings file is something it must not open.
#include "app/startup.h"
#include "support/fake_clock.h"
#include "support/fake_tray.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/main_window.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace legease;

TEST_CASE("a settings file that is a named pipe does not block start-up: default settings, and the window says why")
{
    // Tests keep settings under $HOME/.qttest (QStandardPaths' test mode): a home of this test's own.
    QTemporaryDir home;
    const QByteArray before = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const QString pipe = core::PersonsSettings::files().value(0);
    REQUIRE(pipe.startsWith(home.path()));
    REQUIRE(QDir().mkpath(QFileInfo(pipe).path()));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);

    FakeClock clock;
    {
        app::CommandLine options;
        options.historyFile = home.filePath(QStringLiteral("history.sqlite"));
        options.contentFolders = {smallPack()};
        app::Surroundings around;  // no settings store given: the person's own file is used
        around.builtInContent = false;
        around.userPacks = false;
        around.clock = &clock;
        around.makeTray = [] { return std::make_unique<FakeTray>(); };
        app::Startup startup(options, around);  // returns: nothing waited on the pipe
        CHECK(startup.settingsProblem().contains(pipe));
        CHECK(startup.settingsProblem().contains(QStringLiteral("named pipe")));
        startup.settings().setSafetyAcknowledged(true);  // kept for this run only
        REQUIRE(startup.openWindow());
        QLabel* banner = startup.window()->problemBanner();
        CHECK_FALSE(banner->isHidden());
        CHECK(banner->text().contains(QStringLiteral("named pipe")));
        CHECK(banner->text().contains(QStringLiteral("default settings")));
        CHECK(startup.settings().safetyAcknowledged());
        startup.window()->close();  // saves the window's size: not into the pipe
    }
    struct stat info {};
    REQUIRE(::lstat(QFile::encodeName(pipe).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    qputenv("HOME", before);
}
