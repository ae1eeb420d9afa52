#include "core/settings/app_settings.h"
#include "support/string_makers.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace legease::core;

namespace {

struct Store {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("legease.conf"));
    QSettings settings{path, QSettings::IniFormat};
    AppSettings app{settings};

    // What a person or an old version might have left in the file.
    void writeRaw(const QByteArray& ini)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        settings.sync();
    }
};

}  // namespace

TEST_CASE("an empty settings file gives the defaults")
{
    Store s;
    CHECK(s.app.soundEnabled());
    CHECK(s.app.soundVolume() == 80);
    CHECK_FALSE(s.app.voiceEnabled());
    CHECK(s.app.voiceName().isEmpty());
    CHECK(s.app.getReadySeconds() == 5);
    CHECK(s.app.switchLegsSeconds() == 10);
    CHECK(s.app.sessionLength().mode == SessionLength::Mode::AsWritten);
    CHECK_FALSE(s.app.firstLeg().has_value());
    CHECK(s.app.theme() == AppSettings::Theme::System);
    CHECK(s.app.language().isEmpty());
    CHECK_FALSE(s.app.safetyAcknowledged());
    CHECK(s.app.windowGeometry().isEmpty());
    CHECK(s.app.lastView() == QStringLiteral("benefits"));
    CHECK_FALSE(s.app.reminderEnabled());
    CHECK(s.app.reminderTime() == QTime(19, 0));
    CHECK(s.app.lastRoutine().isEmpty());
    CHECK_FALSE(s.app.reduceMotion());  // strokes move unless a person asks for stillness
}

TEST_CASE("every setting round-trips through the file")
{
    Store s;
    s.app.setSoundEnabled(false);
    s.app.setSoundVolume(35);
    s.app.setVoiceEnabled(true);
    s.app.setVoiceName(QStringLiteral("Zira, English (US)"));
    s.app.setGetReadySeconds(12);
    s.app.setSwitchLegsSeconds(0);
    s.app.setSessionLength(SessionLength::minutes(10));
    s.app.setFirstLeg(Leg::Right);
    s.app.setTheme(AppSettings::Theme::Dark);
    s.app.setLanguage(QStringLiteral("pt_BR"));
    s.app.setSafetyAcknowledged(true);
    s.app.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
    s.app.setLastView(QStringLiteral("history"));
    s.app.setReminderEnabled(true);
    s.app.setReminderTime(QTime(7, 45));
    s.app.setLastRoutine(QStringLiteral("calf-calm"));
    s.app.setReduceMotion(true);
    s.settings.sync();

    QSettings again(s.path, QSettings::IniFormat);
    AppSettings read(again);
    CHECK_FALSE(read.soundEnabled());
    CHECK(read.soundVolume() == 35);
    CHECK(read.voiceEnabled());
    CHECK(read.voiceName() == QStringLiteral("Zira, English (US)"));
    CHECK(read.getReadySeconds() == 12);
    CHECK(read.switchLegsSeconds() == 0);
    CHECK(read.sessionLength().mode == SessionLength::Mode::Minutes);
    CHECK(read.sessionLength().value == 10);
    CHECK(read.firstLeg() == Leg::Right);
    CHECK(read.theme() == AppSettings::Theme::Dark);
    CHECK(read.language() == QStringLiteral("pt_BR"));
    CHECK(read.safetyAcknowledged());
    CHECK(read.windowGeometry() == QByteArray("\x01\x02geometry", 10));
    CHECK(read.lastView() == QStringLiteral("history"));
    CHECK(read.reminderEnabled());
    CHECK(read.reminderTime() == QTime(7, 45));
    CHECK(read.lastRoutine() == QStringLiteral("calf-calm"));
    CHECK(read.reduceMotion());

    const TimelineOptions options = read.timelineOptions();
    CHECK(options.getReadySeconds == 12);
    CHECK(options.switchLegsSeconds == 0);
    CHECK(options.length.mode == SessionLength::Mode::Minutes);
    CHECK(options.firstLeg == Leg::Right);
}

TEST_CASE("values that break their rule read as the default")
{
    Store s;
    s.writeRaw("[sound]\nenabled=perhaps\nvolume=loud\n"
               "[voice]\nenabled=2\n"
               "[session]\ngetReadySeconds=-3\nswitchLegsSeconds=999\nlength=7%\nfirstLeg=both\n"
               "[appearance]\ntheme=purple\nlanguage=../../etc\nreduceMotion=maybe\n"
               "[window]\nlastView=../settings\n");
    CHECK(s.app.soundEnabled());
    CHECK(s.app.soundVolume() == 80);
    CHECK_FALSE(s.app.voiceEnabled());
    CHECK(s.app.getReadySeconds() == 5);
    CHECK(s.app.switchLegsSeconds() == 10);
    CHECK(s.app.sessionLength().mode == SessionLength::Mode::AsWritten);
    CHECK_FALSE(s.app.firstLeg().has_value());
    CHECK(s.app.theme() == AppSettings::Theme::System);
    CHECK(s.app.language().isEmpty());
    CHECK_FALSE(s.app.reduceMotion());
    CHECK(s.app.lastView() == QStringLiteral("benefits"));

    // Reading a broken value leaves it alone: only setting the value replaces it.
    QSettings raw(s.path, QSettings::IniFormat);
    CHECK(raw.value(QStringLiteral("sound/volume")).toString() == QStringLiteral("loud"));
    CHECK(raw.value(QStringLiteral("appearance/theme")).toString() == QStringLiteral("purple"));

    // Text where a list, or bytes, belong: what the INI reader makes of a hand edit.
    s.writeRaw("[voice]\nname=a, b\n[window]\ngeometry=not geometry\n");
    CHECK(s.app.voiceName().isEmpty());
    CHECK(s.app.windowGeometry().isEmpty());

    s.writeRaw("[sound]\nvolume=250\n[session]\nlength=999min\n");
    CHECK(s.app.soundVolume() == 80);
    CHECK(s.app.sessionLength().mode == SessionLength::Mode::AsWritten);
    s.writeRaw("[sound]\nvolume=0\n[session]\nlength=150%\n");
    CHECK(s.app.soundVolume() == 0);
    CHECK(s.app.sessionLength().value == 150);
}

TEST_CASE("setters keep values inside their ranges")
{
    Store s;
    s.app.setSoundVolume(250);
    s.app.setGetReadySeconds(-3);
    s.app.setSwitchLegsSeconds(500);
    CHECK(s.app.soundVolume() == 100);
    CHECK(s.app.getReadySeconds() == 0);
    CHECK(s.app.switchLegsSeconds() == 120);
    s.app.setSessionLength(SessionLength::percent(7));
    CHECK(s.app.sessionLength().value == 50);
    s.app.setSessionLength(SessionLength::minutes(999));
    CHECK(s.app.sessionLength().mode == SessionLength::Mode::Minutes);
    CHECK(s.app.sessionLength().value == 60);
    s.app.setFirstLeg(Leg::Both);  // not an order: the routine decides
    CHECK_FALSE(s.app.firstLeg().has_value());
    s.app.setLastView(QStringLiteral("routines"));
    s.app.setLastView(QStringLiteral("Settings!"));
    CHECK(s.app.lastView() == QStringLiteral("routines"));
}

TEST_CASE("timeline options combine the session settings")
{
    Store s;
    const TimelineOptions fresh = s.app.timelineOptions();
    CHECK(fresh.getReadySeconds == 5);
    CHECK(fresh.switchLegsSeconds == 10);
    CHECK(fresh.length.mode == SessionLength::Mode::AsWritten);
    CHECK_FALSE(fresh.firstLeg.has_value());

    s.app.setGetReadySeconds(3);
    s.app.setSwitchLegsSeconds(15);
    s.app.setSessionLength(SessionLength::percent(125));
    s.app.setFirstLeg(Leg::Left);
    const TimelineOptions options = s.app.timelineOptions();
    CHECK(options.getReadySeconds == 3);
    CHECK(options.switchLegsSeconds == 15);
    CHECK(options.length.mode == SessionLength::Mode::Percent);
    CHECK(options.length.value == 125);
    CHECK(options.firstLeg == Leg::Left);
}

TEST_CASE("defaults() reads like an empty settings file")
{
    Store s;
    const AppSettings& d = AppSettings::defaults();
    CHECK(d.soundEnabled() == s.app.soundEnabled());
    CHECK(d.soundVolume() == s.app.soundVolume());
    CHECK(d.voiceEnabled() == s.app.voiceEnabled());
    CHECK(d.voiceName() == s.app.voiceName());
    CHECK(d.getReadySeconds() == s.app.getReadySeconds());
    CHECK(d.switchLegsSeconds() == s.app.switchLegsSeconds());
    CHECK(d.sessionLength().mode == s.app.sessionLength().mode);
    CHECK(d.firstLeg() == s.app.firstLeg());
    CHECK(d.theme() == s.app.theme());
    CHECK(d.language() == s.app.language());
    CHECK(d.safetyAcknowledged() == s.app.safetyAcknowledged());
    CHECK(d.windowGeometry() == s.app.windowGeometry());
    CHECK(d.lastView() == s.app.lastView());
    CHECK(d.reminderEnabled() == s.app.reminderEnabled());
    CHECK(d.reminderTime() == s.app.reminderTime());
    CHECK(d.lastRoutine() == s.app.lastRoutine());
    CHECK(d.reduceMotion() == s.app.reduceMotion());
}

TEST_CASE("session lengths are spelled as percent or minutes")
{
    CHECK(AppSettings::lengthText(SessionLength{}) == QStringLiteral("100%"));
    CHECK(AppSettings::lengthText(SessionLength::percent(75)) == QStringLiteral("75%"));
    CHECK(AppSettings::lengthText(SessionLength::minutes(15)) == QStringLiteral("15min"));
    CHECK(AppSettings::parseLength(QStringLiteral("50%"))->value == 50);
    CHECK(AppSettings::parseLength(QStringLiteral("100%"))->mode == SessionLength::Mode::AsWritten);
    CHECK(AppSettings::parseLength(QStringLiteral("5min"))->mode == SessionLength::Mode::Minutes);
    for (const char* bad : {"49%", "201%", "4min", "61min", "10", "ten min", "", "10 min"})
        CHECK_FALSE(AppSettings::parseLength(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("restoring defaults keeps the safety acknowledgement and the window — reset-first-run clears it")
{
    Store s;
    s.app.setSoundVolume(10);
    s.app.setTheme(AppSettings::Theme::Light);
    s.app.setLanguage(QStringLiteral("de"));
    s.app.setVoiceEnabled(true);
    s.app.setSessionLength(SessionLength::minutes(20));
    s.app.setFirstLeg(Leg::Right);
    s.app.setSafetyAcknowledged(true);
    s.app.setWindowGeometry(QByteArray("geo"));
    s.app.setLastView(QStringLiteral("history"));
    s.app.setReminderEnabled(true);
    s.app.setReminderTime(QTime(6, 30));
    s.app.setLastRoutine(QStringLiteral("calf-calm"));
    s.app.setReduceMotion(true);
    s.app.resetToDefaults();
    CHECK_FALSE(s.app.reduceMotion());  // a preference like the others
    CHECK(s.app.soundVolume() == 80);
    CHECK(s.app.theme() == AppSettings::Theme::System);
    CHECK(s.app.language().isEmpty());
    CHECK_FALSE(s.app.voiceEnabled());
    CHECK(s.app.sessionLength().mode == SessionLength::Mode::AsWritten);
    CHECK_FALSE(s.app.firstLeg().has_value());
    CHECK(s.app.safetyAcknowledged());
    CHECK(s.app.windowGeometry() == QByteArray("geo"));
    CHECK(s.app.lastView() == QStringLiteral("history"));
    CHECK_FALSE(s.app.reminderEnabled());
    CHECK(s.app.reminderTime() == QTime(19, 0));
    CHECK(s.app.lastRoutine() == QStringLiteral("calf-calm"));  // a record of use, not a preference
    s.app.resetFirstRun();
    CHECK_FALSE(s.app.safetyAcknowledged());
}

TEST_CASE("a language setting must look like a language code, or be empty to follow the system")
{
    Store s;
    s.app.setLanguage(QStringLiteral("de"));
    CHECK(s.app.language() == QStringLiteral("de"));
    for (const char* bad : {"German", "de-AT", "../de", "DE", "d"}) {
        s.app.setLanguage(QString::fromLatin1(bad));
        CHECK(s.app.language() == QStringLiteral("de"));  // ignored, the earlier choice stays
    }
    s.app.setLanguage(QString());
    CHECK(s.app.language().isEmpty());
}

TEST_CASE("the reminder time is a time of day to the minute, and the last routine an id")
{
    Store s;
    s.app.setReminderTime(QTime(21, 5, 59));
    CHECK(s.app.reminderTime() == QTime(21, 5));
    CHECK(s.settings.value(QStringLiteral("reminder/time")).toString() == QStringLiteral("21:05"));
    s.app.setReminderTime(QTime());  // invalid: ignored
    CHECK(s.app.reminderTime() == QTime(21, 5));

    s.app.setLastRoutine(QStringLiteral("calf-calm"));
    for (const char* bad : {"Calf Calm", "../calf", "calf--calm", "-calf"}) {
        s.app.setLastRoutine(QString::fromLatin1(bad));
        CHECK(s.app.lastRoutine() == QStringLiteral("calf-calm"));
    }

    // Hand edits that break the rules read as the defaults.
    Store edited;
    edited.writeRaw("[reminder]\nenabled=sometimes\ntime=25:00\n[session]\nlastRoutine=Not An Id\n");
    CHECK_FALSE(edited.app.reminderEnabled());
    CHECK(edited.app.reminderTime() == QTime(19, 0));
    CHECK(edited.app.lastRoutine().isEmpty());
    edited.writeRaw("[reminder]\nenabled=true\ntime=7pm\n");
    CHECK(edited.app.reminderEnabled());
    CHECK(edited.app.reminderTime() == QTime(19, 0));
    edited.writeRaw("[reminder]\ntime=06:15\n");
    CHECK(edited.app.reminderTime() == QTime(6, 15));
}

TEST_CASE("when the reminder's timer was set and a reminder last shown are moments, kept through Restore defaults")
{
    Store s;
    CHECK_FALSE(s.app.reminderSetAt().isValid());  // never
    CHECK_FALSE(s.app.reminderLastShown().isValid());
    const QDateTime berlin(QDate(2026, 6, 10), QTime(19, 0, 1, 250), QTimeZone("Europe/Berlin"));
    s.app.setReminderSetAt(berlin);
    s.app.setReminderLastShown(berlin.addSecs(60));
    // Written in UTC, so the moment survives a change of time zone.
    CHECK(s.settings.value(QStringLiteral("reminder/setAt")).toString() == QStringLiteral("2026-06-10T17:00:01.250Z"));
    CHECK(s.app.reminderSetAt() == berlin);
    CHECK(s.app.reminderLastShown() == berlin.addSecs(60));
    s.app.setReminderSetAt(QDateTime());  // invalid: ignored
    CHECK(s.app.reminderSetAt() == berlin);
    s.app.resetToDefaults();
    CHECK(s.app.reminderSetAt() == berlin);

    Store edited;
    edited.writeRaw("[reminder]\nsetAt=yesterday\nlastShown=2026-13-40T99:00:00Z\n");
    CHECK_FALSE(edited.app.reminderSetAt().isValid());
    CHECK_FALSE(edited.app.reminderLastShown().isValid());
}
