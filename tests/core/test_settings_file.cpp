#include "core/settings/app_settings.h"
#include "core/settings/settings_file.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace legease::core;

namespace {

// Tests run with QStandardPaths' test mode, which keeps settings under $HOME/.qttest: a home of
// the test's own keeps the person's real settings out of reach. Each test case runs in its own
// process, so no QSettings has cached the paths yet.
struct OwnHome {
    QTemporaryDir home;
    QByteArray before = qgetenv("HOME");
    OwnHome()
    {
        REQUIRE(home.isValid());
        qputenv("HOME", QFile::encodeName(home.path()));
    }
    ~OwnHome() { qputenv("HOME", before); }
};

mode_t fileType(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

}  // namespace

TEST_CASE("the settings files looked at before start-up are the ones QSettings reads")
{
    OwnHome home;
    const QStringList files = PersonsSettings::files();
    REQUIRE(files.size() >= 2);
    CHECK(files.front().startsWith(home.home.path()));
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("LegEase"), QStringLiteral("legease"));
    CHECK(files.front() == settings.fileName());
    // and the organisation's file beside its folder, which QSettings reads as a fallback
    CHECK(files.at(1) == QFileInfo(QFileInfo(settings.fileName()).path()).path() + QStringLiteral("/LegEase.conf"));

    PersonsSettings own;
    CHECK(own.problem().isEmpty());
    CHECK(own.store().fileName() == settings.fileName());
}

TEST_CASE("a settings file that is a named pipe or a folder is left alone: default settings for this run, and why")
{
    OwnHome home;
    const QStringList files = PersonsSettings::files();
    REQUIRE(files.size() >= 2);
    QString special;
    QString kind;
    mode_t type = 0;
    SECTION("legease.conf is a named pipe: reading it would block start-up for ever")
    {
        special = files.front();
        REQUIRE(QDir().mkpath(QFileInfo(special).path()));
        REQUIRE(::mkfifo(QFile::encodeName(special).constData(), 0600) == 0);
        kind = QStringLiteral("a named pipe (FIFO)");
        type = S_IFIFO;
    }
    SECTION("the organisation's LegEase.conf, which QSettings reads too, is a folder")
    {
        special = files.at(1);
        REQUIRE(QDir().mkpath(special));
        kind = QStringLiteral("a folder");
        type = S_IFDIR;
    }
    PersonsSettings settings;  // returns at once: nothing was opened that could block
    CHECK(settings.leftAlone() == special);
    CHECK(settings.problem().contains(special));
    CHECK(settings.problem().contains(kind));
    CHECK(settings.problem().contains(QStringLiteral("default settings")));
    CHECK_FALSE(files.contains(settings.store().fileName()));

    // The settings work for this run, start from the defaults, and never reach the special file.
    AppSettings app(settings.store());
    CHECK(app.theme() == AppSettings::defaults().theme());
    CHECK(app.soundVolume() == AppSettings::defaults().soundVolume());
    app.setTheme(AppSettings::Theme::Dark);
    app.setSoundVolume(33);
    settings.store().sync();
    CHECK(app.theme() == AppSettings::Theme::Dark);
    CHECK(app.soundVolume() == 33);
    CHECK(fileType(special) == type);
}
