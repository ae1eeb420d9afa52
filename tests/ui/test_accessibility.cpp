// Every view as a screen reader sees it: each is walked through its accessibility tree (what Qt
// hands to AT-SPI, and so to Orca) and must have no nameless focusable object, no label hiding
// its text behind another name, and no control whose name does not start with what it shows.
// A new view is added here.
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/content/routine_check.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/accessibility_check.h"
#include "support/fake_asking.h"
#include "support/fake_clock.h"
#include "support/fake_cue_outputs.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/announcer.h"
#include "ui/leg_diagram.h"
#include "ui/main_window.h"
#include "ui/pages.h"
#include "ui/problems_dialog.h"
#include "ui/routines/own_routines.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routine_actions.h"
#include "ui/routines/routine_editor.h"
#include "ui/routines/step_list.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/session/feeling_scale.h"
#include "ui/session/how_to_dialog.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_summary_page.h"
#include "ui/session/session_view.h"
#include "ui/settings/settings_dialog.h"
#include "ui/techniques/technique_card.h"
#include "ui/techniques/techniques_view.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
    ui::SettingsDialog withTimer(app.settings, {QStringLiteral("Alba")}, ui::ReminderWay::SystemTimer);
    checkView(&withTimer, "settings");
    ui::SettingsDialog withTray(app.settings, {QStringLiteral("Alba")}, ui::ReminderWay::Tray);
    checkView(&withTray, "settings with a tray");
    ui::SettingsDialog whileOpen(app.settings, {}, ui::ReminderWay::WhileOpen);
    checkView(&whileOpen, "settings without voices, systemd or tray");
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

namespace {

// A session of the small pack's "Calm calves" (5 s get-ready, 60 s and 45 s steps per leg,
// 10 s to switch legs) and what its announcer said, in order.
struct SpokenSession {
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    std::unique_ptr<ui::SessionView> view;
    QStringList said;

    SpokenSession()
    {
        view = std::make_unique<ui::SessionView>(content.library, *content.library.routine(QStringLiteral("calf-calm")),
            ui::SessionOptions{}, clock, &sound, &voice);
        QObject::connect(view->announcer(), &ui::Announcer::announced, [this](const QString& text) { said << text; });
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    // Time passing as the refresh timer sees it, with the event loop turning as it would.
    void pass(qint64 ms)
    {
        while (ms > 0) {
            const qint64 slice = std::min<qint64>(ms, 250);
            clock.advance(slice);
            view->engine().refresh();
            QCoreApplication::processEvents();
            ms -= slice;
        }
    }
};

}  // namespace

TEST_CASE("a session is announced as it goes, once each, never second by second, and focus stays put")
{
    SpokenSession s;
    s.view->start();
    QCoreApplication::processEvents();
    QWidget* focusAtStart = QApplication::focusWidget();
    REQUIRE(s.said.size() == 1);
    CHECK(s.said[0] == QStringLiteral("Get ready. We start with your left leg."));

    s.pass(5'000);  // the get-ready's last seconds, then the first step begins
    INFO(s.said.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(s.said.size() == 3);
    CHECK(s.said[1] == QStringLiteral("Next step in 3 seconds."));
    CHECK(s.said[2] == QStringLiteral("Left leg, step 1 of 4: Calf, Gliding. Light pressure, Toward your heart. "
                                      "Glide both hands from ankle to knee."));
    s.pass(29'000);
    CHECK(s.said.size() == 3);  // nothing while the countdown runs
    s.pass(1'000);
    REQUIRE(s.said.size() == 4);
    CHECK(s.said[3] == QStringLiteral("Halfway through this step."));
    s.pass(27'000);  // 3 s left, with sound on
    REQUIRE(s.said.size() == 5);
    CHECK(s.said[4] == QStringLiteral("Next step in 3 seconds."));
    s.pass(2'000);
    CHECK(s.said.size() == 5);  // "2" and "1" are shown, not said

    s.view->engine().togglePause();
    QCoreApplication::processEvents();
    s.view->engine().togglePause();
    QCoreApplication::processEvents();
    REQUIRE(s.said.size() == 7);
    CHECK(s.said[5] == QStringLiteral("Paused."));
    CHECK(s.said[6] == QStringLiteral("Carrying on."));

    s.view->engine().next();  // to the kneading step
    QCoreApplication::processEvents();
    s.view->engine().next();  // the switch to the right leg
    QCoreApplication::processEvents();
    CHECK(s.said.last() == QStringLiteral("Switch legs. Next, your right leg."));
    // Two changes within one turn of the event loop are said together, in order, once.
    s.view->engine().previous();
    s.view->engine().next();
    QCoreApplication::processEvents();
    CHECK(s.said.last().startsWith(QStringLiteral("Left leg, step 2 of 4")));
    CHECK(s.said.last().endsWith(QStringLiteral("Switch legs. Next, your right leg.")));
    CHECK(QApplication::focusWidget() == focusAtStart);  // announcing never moved focus

    // Each announcement is the notification screen readers hear: named with the words, shown.
    QAccessibleInterface* notification = QAccessible::queryAccessibleInterface(s.view->announcer());
    REQUIRE(notification);
    CHECK(notification->role() == QAccessible::Notification);
    CHECK(notification->text(QAccessible::Name) == s.said.last());
    CHECK(s.view->announcer()->isVisible());
}

TEST_CASE("at the end focus lands once, on the summary's first control, and the summary is read")
{
    SpokenSession s;
    s.view->start();
    s.pass(5'000 + 10'000);
    s.view->runPage()->stopButton()->setFocus();
    QCoreApplication::processEvents();

    int focusChanges = 0;
    QWidget* landed = nullptr;
    const auto connection = QObject::connect(qApp, &QApplication::focusChanged, [&](QWidget*, QWidget* now) {
        ++focusChanges;
        landed = now;
    });
    QTest::keyClick(s.view->runPage()->stopButton(), Qt::Key_Space);
    QCoreApplication::processEvents();
    QObject::disconnect(connection);

    REQUIRE(s.view->currentPage() == s.view->summaryPage());
    CHECK(landed == s.view->summaryPage()->feeling()->focusButton());
    CHECK(focusChanges <= 2);  // the stop button losing focus, then the scale taking it
    INFO(s.said.last().toStdString());
    CHECK(s.said.last().startsWith(QStringLiteral("Session stopped. You massaged for 0:15")));
}

TEST_CASE("the feeling scale is a radio group with one tab stop that the arrows move through")
{
    ui::FeelingScale scale(QStringLiteral("How do your legs feel right now?"));
    scale.show();
    REQUIRE(QTest::qWaitForWindowExposed(&scale));
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(&scale);
    REQUIRE(group);
    CHECK(group->role() == QAccessible::Grouping);
    CHECK(group->text(QAccessible::Name)
        == QStringLiteral("How do your legs feel right now? 0 heavy or sore to 10 light and easy"));

    int tabStops = 0;
    for (QAbstractButton* button : scale.findChildren<QAbstractButton*>()) {
        tabStops += (button->focusPolicy() & Qt::TabFocus) ? 1 : 0;
        QAccessibleInterface* radio = QAccessible::queryAccessibleInterface(button);
        CHECK(radio->role() == QAccessible::RadioButton);
        CHECK(radio->text(QAccessible::Name).startsWith(button->text() + QStringLiteral(" out of 10")));
    }
    CHECK(tabStops == 1);

    scale.setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    CHECK(scale.value() == 4);
    CHECK(QAccessible::queryAccessibleInterface(scale.focusButton())->state().checked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    CHECK(scale.value() == 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);  // choosing the chosen one clears it
    CHECK_FALSE(scale.value().has_value());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(scale.value() == 10);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    CHECK_FALSE(scale.value().has_value());
}

TEST_CASE("the leg map is reached and worked from the keyboard, and says where it is")
{
    App app;
    ui::MainWindow window(app.content, app.settings, app.history);
    window.showPage(ui::Page::Routines);
    checkView(&window, "routines");
    ui::LegDiagram* map = window.routinesView()->diagram();
    CHECK(map->focusPolicy() == Qt::StrongFocus);
    map->setFocus(Qt::TabFocusReason);
    REQUIRE_FALSE(map->keyboardRegion().isEmpty());
    const QString first = map->keyboardRegion();
    QTest::keyClick(map, Qt::Key_Right);
    const QString second = map->keyboardRegion();
    CHECK(second != first);
    const core::Region* region = app.content.library.region(second);
    REQUIRE(region);
    CHECK(test::spokenName(map) == QStringLiteral("Leg map: ") + region->name);
    QTest::keyClick(map, Qt::Key_Space);
    CHECK(window.routinesView()->regionFilter() == second);
    QTest::keyClick(map, Qt::Key_Return);  // again: back to every routine
    CHECK(window.routinesView()->regionFilter().isEmpty());
    QTest::keyClick(map, Qt::Key_Home);
    CHECK(map->keyboardRegion() == first);
}

TEST_CASE("the routine editor, one's own routines and the problems of an import read well with a screen reader")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    core::HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    core::ContentStore content({true, {}}, dir.filePath(QStringLiteral("my-routines")));
    ui::MainWindow window(content, settings, history);
    FakeAsking asking;
    window.ownRoutines()->setAsking(&asking);

    // A new routine shows what the loader would refuse beside each field, all of it readable.
    ui::RoutineEditor* editor = window.ownRoutines()->newRoutine();
    REQUIRE(editor);
    checkView(editor, "new routine, with its problems");
    editor->addStep();
    editor->secondsSpin()->setValue(900);
    REQUIRE_FALSE(editor->problemLabel(int(core::RoutinePlace::Field::Seconds))->isHidden());
    checkView(editor, "new routine with a step that is too long");
    // Each step is one item, read whole, its problem included.
    QAccessibleInterface* steps = QAccessible::queryAccessibleInterface(editor->stepList());
    REQUIRE(steps);
    REQUIRE(steps->childCount() == 1);
    CHECK(steps->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("Step 1 of 1: ")));
    CHECK(steps->child(0)->text(QAccessible::Name).contains(QStringLiteral("Needs fixing: expected an integer from 5 to 600, found 900")));
    // A field with a problem says it to a screen reader with the field.
    CHECK(QAccessible::queryAccessibleInterface(editor->secondsSpin())->text(QAccessible::Description).contains(QStringLiteral("found 900")));
    asking.unsavedAnswers = {ui::Asking::Unsaved::Discard};
    editor->close();
    QTRY_VERIFY(window.ownRoutines()->editor() == nullptr);

    // A copy of a built-in routine, in a small window as well.
    editor = window.ownRoutines()->duplicate(content.library().routines().front().id);
    REQUIRE(editor);
    checkView(editor, "copy of a built-in routine");
    editor->resize(800, 600);
    QCoreApplication::processEvents();
    const QStringList small = test::accessibilityProblems(editor);
    INFO("small editor:\n" << small.join(QLatin1Char('\n')).toStdString());
    CHECK(small.isEmpty());
    REQUIRE(editor->save());

    // The Routines page with one's own routine chosen: edit, duplicate, export and delete.
    window.showPage(ui::Page::Routines);
    const QString mine = window.routinesView()->currentRoutine();
    REQUIRE(window.ownRoutines()->isOwn(mine));
    REQUIRE(window.routinesView()->actions()->deleteButton()->isVisibleTo(&window));
    checkView(&window, "routines, one's own chosen");

    core::Problems problems;
    core::ProblemSink sink(problems, QStringLiteral("shared.json"));
    sink.error(QStringLiteral("/steps/0/seconds"), QStringLiteral("expected an integer from 5 to 600, found 700"));
    sink.warning(QStringLiteral("/colour"), QStringLiteral("unknown key, ignored"));
    ui::ProblemsDialog dialog(QStringLiteral("Not imported"), QStringLiteral("shared.json was not imported."), problems);
    checkView(&dialog, "the problems of an import");
    CHECK(dialog.list()->count() == 2);
}

TEST_CASE("the techniques guide, a step's card and the session's How? card read well with a screen reader")
{
    App app;
    ui::MainWindow window(app.content, app.settings, app.history);
    window.showPage(ui::Page::Techniques);
    checkView(&window, "techniques");
    ui::TechniquesView* guide = window.techniquesView();

    // One item per stroke, each read with its quieter second line.
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(guide->list());
    REQUIRE(list);
    REQUIRE(list->childCount() == int(app.content.library.strokes().size()));
    const core::Stroke& first = app.content.library.strokes().front();
    CHECK(list->child(0)->text(QAccessible::Name).startsWith(first.name + QStringLiteral(", ")));
    CHECK(list->child(0)->text(QAccessible::Name).contains(QStringLiteral(" routine")));

    // The picture says what it shows; the keyboard goes from the list to the routines that use
    // the stroke, and the arrows choose another stroke.
    ui::TechniqueCard* card = guide->card();
    CHECK(test::spokenName(card->picture()) == QStringLiteral("Picture of the stroke"));
    CHECK(QAccessible::queryAccessibleInterface(card->picture())->text(QAccessible::Description)
        == QStringLiteral("Gliding strokes on Calf, toward your heart, moving"));
    guide->list()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(guide->list(), Qt::Key_Down);
    CHECK(guide->currentStroke() == app.content.library.strokes()[1].id);
    QTest::keyClick(guide->list(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == card->usedInLabel());
    checkView(&window, "techniques, second stroke");

    // A routine's step chosen from the keyboard shows its instruction and its stroke's card.
    window.showPage(ui::Page::Routines);
    window.routinesView()->showRoutine(QStringLiteral("post-run-recovery"));
    ui::RoutineDetail* detail = window.routinesView()->detail();
    detail->stepsView()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(detail->stepsView(), Qt::Key_Home);
    REQUIRE(detail->stepCard()->isVisible());
    checkView(&window, "routine with a step chosen");

    // The session's How? card over a running session.
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    ui::SessionView session(app.content.library, *app.content.library.routine(QStringLiteral("post-run-recovery")), {}, clock,
        &sound, &voice);
    session.start();
    session.engine().next();
    session.showHowTo();
    REQUIRE(session.howToDialog());
    checkView(session.howToDialog(), "How? in a session");
    CHECK(test::spokenName(session.howToDialog()->closeButton()).startsWith(session.howToDialog()->closeButton()->text().remove(QLatin1Char('&'))));
}
