#pragma once

#include "app/startup.h"
#include "support/fake_clock.h"
#include "support/fake_tray.h"

#include <catch2/catch.hpp>

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// What LegEase needs to start as main() starts it, kept in a temporary folder: the person's
// settings file (empty, so a first run), the history file, a clock the test moves, no tray and
// no packs but the built-in one. A test changes what it needs in the options or surroundings
// before it hands them to app::Startup.
struct TempHome {
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    FakeClock clock;

    TempHome() { REQUIRE(dir.isValid()); }

    QString path(const QString& relative) const { return dir.filePath(relative); }

    legease::app::CommandLine options() const
    {
        legease::app::CommandLine options;
        options.historyFile = path(QStringLiteral("history.sqlite"));
        return options;
    }

    legease::app::Surroundings surroundings()
    {
        legease::app::Surroundings around;
        around.settingsStore = &store;
        around.userPacks = false;
        around.clock = &clock;
        around.makeTray = [] { return std::make_unique<FakeTray>(false); };
        return around;
    }
};
