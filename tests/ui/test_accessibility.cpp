// Every view as a screen reader sees it: each is walked through its accessibility tree (what Qt
// hands to AT-SPI, and so to Orca) and must have no nameless focusable object, no label hiding
// its text behind another name, and no control whose name does not start with what it shows.
// A new view is added here.
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/accessibility_check.h"
#include "support/fake_clock.h"
#include "support/fake_cue_outputs.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/main_window.h"
#include "ui/pages.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/session/session_view.h"
#include "ui/settings/settings_dialog.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace legease;

namespace {

void checkView(QWidget* view, const char* what)
{
    view->resize(1100, 760);
    view->show();
    REQUIRE(QTest::qWaitForWindowExposed(view));
    QCoreApplication::processEvents();
    const QStringList problems = test::accessibilityProblems(view);
    INFO(what << ":\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

struct App {
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    core::AppSettings settings{store};
    core::HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    core::LoadedContent content = core::loadContent({true, {}});
};

core::SessionRecord finishedSession(const QString& routine, int daysAgo)
{
    core::SessionRecord record;
    record.routineId = routine;
    record.routineTitle = routine;
    record.startedAt = QDateTime::currentDateTime().addDays(-daysAgo);
    record.endedAt = record.startedAt.addSecs(600);
    record.activeSeconds = 600;
    record.stepsDone = record.stepsTotal = 8;
    record.completed = true;
    record.feelingBefore = 3;
    record.feelingAfter = 7;
    return record;
}

}  // namespace

TEST_CASE("every page of the main window reads well with a screen reader")
{
    App app;
    for (int day = 0; day < 5; ++day) {
        core::SessionRecord record = finishedSession(QStringLiteral("calf-comfort"), day);
        REQUIRE(app.history.ensureOpen());
        REQUIRE(app.history.add(record));
    }
    ui::MainWindow window(app.content, app.settings, app.history);
    for (const ui::PageInfo& page : ui::kPages) {
        window.showPage(page.page);
        if (page.page == ui::Page::Routines)
            window.routinesView()->showRoutine(app.content.library.routines().front().id);
        checkView(&window, page.id);
    }
}

TEST_CASE("the routine list is one item per routine for a screen reader")
{
    App app;
    ui::MainWindow window(app.content, app.settings, app.history);
    window.showPage(ui::Page::Routines);
    checkView(&window, "routines");
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(window.routinesView()->listView());
    REQUIRE(list);
    CHECK(list->childCount() == int(app.content.library.routines().size()));
    const QString first = list->child(0)->text(QAccessible::Name);
    CHECK(first.contains(QStringLiteral(" of massage, ")));  // the whole row, not just its title
    CHECK(first.contains(QStringLiteral("Works on ")));

    // With a search typed, the field's clear button shows, and it has a name too.
    window.routinesView()->searchField()->setText(QStringLiteral("calf"));
    checkView(&window, "routines with a search");
}

TEST_CASE("the safety screen and the settings read well with a screen reader")
{
    App app;
    REQUIRE(app.content.library.safety());
    ui::SafetyDialog acknowledge(*app.content.library.safety(), ui::SafetyDialog::Mode::Acknowledge);
    checkView(&acknowledge, "safety screen to acknowledge");
    ui::SafetyDialog read(*app.content.library.safety(), ui::SafetyDialog::Mode::Read);
    checkView(&read, "safety screen to read");
    ui::SettingsDialog withTray(app.settings, {QStringLiteral("Alba")}, true);
    checkView(&withTray, "settings");
    ui::SettingsDialog withoutTray(app.settings, {}, false);
    checkView(&withoutTray, "settings without voices or tray");
}

TEST_CASE("a session reads well with a screen reader, from its cautions to its summary")
{
    App app;
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    const core::Routine& routine = app.content.library.routines().front();
    ui::SessionView view(app.content.library, routine, {}, clock, &sound, &voice);
    checkView(&view, "session intro");
    view.start();
    checkView(&view, "session, get ready");
    view.engine().next();
    checkView(&view, "session, first step");
    view.engine().togglePause();
    checkView(&view, "session, paused");
    view.engine().stop();
    checkView(&view, "session summary");
}
