// Showing how each stroke is done: the Techniques page, a routine step's technique card and the
// session's How? card, driven with the keyboard and the mouse, their pictures on a fake clock.
#include "core/content/content_loader.h"
#include "core/content/content_store.h"
#include "core/content/own_pack.h"
#include "core/history/history_store.h"
#include "core/motion/stroke_motion.h"
#include "core/motion/technique.h"
#include "core/settings/app_settings.h"
#include "support/fake_clock.h"
#include "support/fake_cue_outputs.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/leg_diagram.h"
#include "ui/main_window.h"
#include "ui/motion/motion_ticker.h"
#include "ui/pages.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routines_view.h"
#include "ui/screenshot.h"
#include "ui/session/how_to_dialog.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_view.h"
#include "ui/techniques/technique_card.h"
#include "ui/techniques/techniques_view.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace legease;

namespace {

struct App {
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    core::AppSettings settings{store};
    core::HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    core::LoadedContent content = core::loadContent({true, {}});
    std::unique_ptr<ui::MainWindow> window;

    App()
    {
        window = std::make_unique<ui::MainWindow>(content, settings, history);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

QStringList routineTitlesUsing(const core::ContentLibrary& library, const QString& strokeId)
{
    QStringList titles;
    for (const QString& id : core::routinesUsing(library, strokeId))
        titles << library.routine(id)->title;
    return titles;
}

}  // namespace

TEST_CASE("the Techniques page lists every stroke — Ctrl+4 opens it and the arrows choose a stroke")
{
    App app;
    QTest::keySequence(app.window.get(), QKeySequence(QStringLiteral("Ctrl+4")));
    REQUIRE(app.window->currentPage() == ui::Page::Techniques);
    ui::TechniquesView* page = app.window->techniquesView();
    FakeClock clock;
    page->setClock(&clock);

    const auto& strokes = app.content.library.strokes();
    REQUIRE(page->list()->count() == int(strokes.size()));
    for (int row = 0; row < page->list()->count(); ++row) {
        QListWidgetItem* item = page->list()->item(row);
        CHECK(item->text() == strokes[std::size_t(row)].name);
        // the quieter second line is read out too
        CHECK(item->data(Qt::AccessibleTextRole).toString().startsWith(strokes[std::size_t(row)].name + QStringLiteral(", ")));
    }
    ui::TechniqueCard* card = page->card();
    CHECK(page->currentStroke() == QStringLiteral("effleurage"));
    CHECK(card->nameLabel()->text() == QStringLiteral("Gliding strokes"));

    page->list()->setFocus();
    QTest::keyClick(page->list(), Qt::Key_Down);
    CHECK(page->currentStroke() == QStringLiteral("kneading"));
    const core::Stroke* kneading = app.content.library.stroke(QStringLiteral("kneading"));
    CHECK(card->nameLabel()->text() == kneading->name);
    CHECK(card->howToLabel()->text() == kneading->howTo);
    CHECK(card->pressureLabel()->text() == QStringLiteral("Usual pressure: Medium"));
    CHECK(card->shownLabel()->text() == QStringLiteral("Shown on: Calf, up and down along the muscle, 15 strokes a minute"));
    for (const QString& title : routineTitlesUsing(app.content.library, QStringLiteral("kneading")))
        CHECK(card->usedInLabel()->text().contains(title.toHtmlEscaped()));
    CHECK(card->usedInLabel()->isVisible());

    // The larger picture: the stroke moving on the calf, zoomed in, on the card's clock.
    ui::LegDiagram* picture = card->picture();
    CHECK(picture->zoomedToRegion());
    CHECK(picture->highlightedRegion() == QStringLiteral("calf"));
    CHECK(picture->motion() == core::Motion::Knead);
    CHECK(picture->accessibleDescription() == QStringLiteral("Kneading on Calf, up and down along the muscle, moving"));
    CHECK(card->motion()->isTicking());
    const double before = picture->motionStrokes();
    clock.advance(2'000);
    card->motion()->tick();
    CHECK(picture->motionStrokes() == Approx(before + 0.5));

    SECTION("a routine named on the card opens in the routine library")
    {
        Q_EMIT card->usedInLabel()->linkActivated(QStringLiteral("post-run-recovery"));
        CHECK(app.window->currentPage() == ui::Page::Routines);
        CHECK(app.window->routinesView()->currentRoutine() == QStringLiteral("post-run-recovery"));
        CHECK_FALSE(card->motion()->isTicking());  // out of sight, the picture stands still
    }
    SECTION("End reaches the last stroke, shown on a joint")
    {
        QTest::keyClick(page->list(), Qt::Key_End);
        CHECK(page->currentStroke() == QStringLiteral("joint-circles"));
        CHECK(picture->highlightedRegion() == QStringLiteral("ankle"));
        CHECK(picture->motion() == core::Motion::JointCircles);
    }
    SECTION("reduce motion in the settings stills the picture")
    {
        app.settings.setReduceMotion(true);
        page->setReduceMotion(true);
        CHECK(picture->motionStill());
        CHECK_FALSE(card->motion()->isTicking());
        CHECK(picture->accessibleDescription().endsWith(QStringLiteral("drawn still with arrows")));
    }
}

TEST_CASE("the Techniques page and one stroke's card render as screenshots, at a chosen moment")
{
    App app;
    QTemporaryDir out;
    const auto shoot = [&](const QString& view, double phase, QSize size = QSize(800, 600)) {
        ui::ScreenshotRequest request{view, out.filePath(QStringLiteral("shot.png")), size, {}, {}};
        request.phase = phase;
        const QString problem = ui::takeScreenshot(request, app.content, app.settings, app.history);
        INFO(problem.toStdString());
        CHECK(problem.isEmpty());
        return QImage(request.file);
    };
    const QImage page = shoot(QStringLiteral("techniques"), 0.4);
    CHECK(page.size() == QSize(800, 600));
    const QImage start = shoot(QStringLiteral("technique:wringing"), 0.0, QSize(1920, 1080));
    const QImage later = shoot(QStringLiteral("technique:wringing"), 0.25, QSize(1920, 1080));
    CHECK(start.size() == QSize(1920, 1080));
    CHECK(start != later);  // two moments of the motion
    CHECK(shoot(QStringLiteral("technique:wringing"), 0.25, QSize(1920, 1080)) == later);  // and the same moment twice

    ui::ScreenshotRequest unknown{QStringLiteral("technique:swirling"), out.filePath(QStringLiteral("x.png")), QSize(800, 600), {}, {}};
    CHECK(ui::takeScreenshot(unknown, app.content, app.settings, app.history).startsWith(QStringLiteral("there is no stroke \"swirling\"")));
}

TEST_CASE("a session screenshot shows the step and the moment asked for")
{
    App app;
    QTemporaryDir out;
    const auto shoot = [&](int step, double phase) {
        ui::ScreenshotRequest request{QStringLiteral("session"), out.filePath(QStringLiteral("s.png")), QSize(1000, 700), {},
            QStringLiteral("post-run-recovery")};
        request.step = step;
        request.phase = phase;
        const QString problem = ui::takeScreenshot(request, app.content, app.settings, app.history);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        return QImage(request.file);
    };
    const QImage wringing = shoot(3, 0.0);
    const QImage later = shoot(3, 0.5);
    CHECK(wringing != later);
    CHECK(shoot(3, 0.5) == later);
    ui::ScreenshotRequest tooFar{QStringLiteral("session"), out.filePath(QStringLiteral("x.png")), QSize(800, 600), {},
        QStringLiteral("post-run-recovery")};
    tooFar.step = 21;
    CHECK(ui::takeScreenshot(tooFar, app.content, app.settings, app.history)
            == QStringLiteral("there is no step 21 in \"post-run-recovery\": its session has steps 1 to 20"));
}

TEST_CASE("choosing a step in a routine shows its instruction next to its stroke's technique card")
{
    const core::LoadedContent content = core::loadContent({true, {}});
    ui::RoutineDetail detail(content.library);
    detail.resize(1000, 900);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    detail.showRoutine(QStringLiteral("post-run-recovery"));
    CHECK(detail.step() == -1);
    CHECK_FALSE(detail.stepCard()->isVisible());  // until a step is chosen, a hint says how

    QTreeWidget* steps = detail.stepsView();
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Home);  // the first step
    CHECK(detail.step() == 0);
    QTest::keyClick(steps, Qt::Key_Down);
    QTest::keyClick(steps, Qt::Key_Down);  // the third: wringing the calf
    REQUIRE(detail.step() == 2);
    const core::Step& step = content.library.routine(QStringLiteral("post-run-recovery"))->steps[2];
    CHECK(detail.stepCard()->isVisible());
    CHECK(detail.stepTitleLabel()->text() == QStringLiteral("Step 3 · Calf · Wringing"));
    CHECK(detail.stepInstructionLabel()->text() == step.instruction);
    ui::TechniqueCard* card = detail.stepCard();
    CHECK(card->stroke() == QStringLiteral("wringing"));
    CHECK(card->example().region == step.region);
    CHECK(card->example().direction == step.direction);
    CHECK(card->example().tempo == *step.tempo);
    CHECK(card->howToLabel()->text() == content.library.stroke(QStringLiteral("wringing"))->howTo);
    CHECK_FALSE(card->usedInLabel()->isVisible());  // it is in this routine, that is enough
    CHECK(card->picture()->motion() == core::Motion::Wring);
    CHECK(card->motion()->isTicking());

    SECTION("a click on another step follows it")
    {
        QTreeWidgetItem* fourth = steps->topLevelItem(3);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(fourth).center());
        CHECK(detail.step() == 3);
        CHECK(card->stroke() == QStringLiteral("rolling"));
        CHECK(card->picture()->motion() == core::Motion::Roll);
    }
    SECTION("on a short window the card scrolls into sight, and the chosen row stays in sight too")
    {
        detail.resize(1000, 520);
        QTest::keyClick(steps, Qt::Key_End);  // the last step, far down the table
        QApplication::processEvents();  // the scrolling waits for the layout
        const QRect visible = detail.rect();
        const auto shown = [&](QWidget* widget, const QRect& rect) {
            return QRect(widget->mapTo(&detail, rect.topLeft()), rect.size()).intersects(visible);
        };
        const QRect row = steps->visualItemRect(steps->currentItem());
        CHECK(visible.contains(QRect(steps->viewport()->mapTo(&detail, row.topLeft()), row.size())));
        CHECK(shown(card, card->rect()));
    }
    SECTION("another routine starts with no step chosen")
    {
        detail.showRoutine(QStringLiteral("lymph-flow"));
        CHECK(detail.step() == -1);
        CHECK_FALSE(detail.stepCard()->isVisible());
    }
    SECTION("a new session length keeps the chosen step")
    {
        detail.setSessionLength(core::SessionLength::percent(50));
        CHECK(detail.step() == 2);
        CHECK(detail.stepCard()->isVisible());
    }
}

namespace {

struct Session {
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    std::unique_ptr<ui::SessionView> view;

    Session()
    {
        const core::Routine* routine = content.library.routine(QStringLiteral("calf-calm"));
        REQUIRE(routine);
        view = std::make_unique<ui::SessionView>(content.library, *routine, ui::SessionOptions{}, clock, &sound, &voice);
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        view->start();
        pass(5000);
    }
    void pass(qint64 ms)
    {
        while (ms > 0) {
            const qint64 slice = std::min<qint64>(ms, 250);
            clock.advance(slice);
            view->engine().refresh();
            ms -= slice;
        }
    }
};

}  // namespace

TEST_CASE("How? (and H) opens the current stroke's card without stopping the session — Esc closes it")
{
    Session s;
    REQUIRE(s.view->engine().segment().kind == core::Segment::Kind::Step);
    QPushButton* how = s.view->runPage()->howButton();
    CHECK(how->text() == QStringLiteral("How?"));
    // Its accessible name is what it shows, and it comes just before the session's controls.
    CHECK(QAccessible::queryAccessibleInterface(how)->text(QAccessible::Name) == QStringLiteral("How?"));
    how->setFocus(Qt::TabFocusReason);
    QTest::keyClick(how, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == s.view->runPage()->previousButton());
    CHECK(how->isEnabled());

    SECTION("the H key")
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H);
        CHECK(s.view->howToDialog());
    }
    SECTION("the button")
    {
        QTest::mouseClick(how, Qt::LeftButton);
        CHECK(s.view->howToDialog());
    }
    ui::HowToDialog* dialog = s.view->howToDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle() == QStringLiteral("How to do it: Gliding"));
    CHECK(dialog->card()->stroke() == QStringLiteral("effleurage"));
    CHECK(dialog->card()->howToLabel()->text() == QStringLiteral("Glide your palms slowly along the skin."));
    CHECK(dialog->card()->example().tempo == 12);  // the step's own tempo
    CHECK(s.view->engine().state() == core::SessionState::Running);

    // The session goes on underneath, and the card follows it to the next stroke.
    s.pass(61'000);
    CHECK(s.view->engine().state() == core::SessionState::Running);
    CHECK(s.view->engine().segmentIndex() == 2);
    CHECK(dialog->card()->stroke() == QStringLiteral("kneading"));
    CHECK(dialog->windowTitle() == QStringLiteral("How to do it: Kneading"));

    // Esc puts the card away and nothing else: the session runs on, nothing asked.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(s.view->engine().state() == core::SessionState::Running);
    s.pass(1'000);
    CHECK(s.view->engine().state() == core::SessionState::Running);
}

TEST_CASE("How? during the pause to switch legs shows the stroke that comes next")
{
    Session s;
    s.pass(60'000 + 45'000);
    REQUIRE(s.view->engine().segment().kind == core::Segment::Kind::SwitchLegs);
    s.view->showHowTo();
    REQUIRE(s.view->howToDialog());
    CHECK(s.view->howToDialog()->card()->stroke() == QStringLiteral("effleurage"));
    s.view->howToDialog()->closeButton()->click();
    CHECK_FALSE(s.view->howToDialog()->isVisible());
    CHECK(s.view->engine().state() == core::SessionState::Running);
}

TEST_CASE("a routine of one's own that uses a stroke shows on its card once the content is loaded again")
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    core::HistoryStore history(dir.filePath(QStringLiteral("history.sqlite")));
    core::ContentStore content({true, {}}, dir.filePath(QStringLiteral("my-routines")));
    ui::MainWindow window(content, settings, history);
    window.showPage(ui::Page::Techniques);
    ui::TechniquesView* page = window.techniquesView();
    REQUIRE(page->showStroke(QStringLiteral("tapping")));
    const int usesBefore = int(core::routinesUsing(content.library(), QStringLiteral("tapping")).size());
    const QString summaryBefore = page->list()->currentItem()->data(Qt::AccessibleTextRole).toString();
    CHECK_FALSE(page->card()->usedInLabel()->text().contains(QStringLiteral("Morning wake-up")));

    core::Routine mine;
    mine.id = QStringLiteral("morning-wake-up");
    mine.title = QStringLiteral("Morning wake-up");
    mine.summary = QStringLiteral("A brisk start.");
    mine.level = core::Level::Gentle;
    mine.sides = core::Sides::LeftThenRight;
    core::Step step;
    step.region = QStringLiteral("calf");
    step.stroke = QStringLiteral("tapping");
    step.seconds = 30;
    step.direction = core::Direction::None;
    step.instruction = QStringLiteral("Tap the calf lightly with loose fingertips.");
    mine.steps = {step};
    const core::SaveOutcome saved = content.ownPack().save(mine, content.library(), QString(), std::nullopt);
    INFO(saved.error.toStdString());
    REQUIRE(saved.status == core::SaveOutcome::Status::Saved);
    content.reload();

    CHECK(page->currentStroke() == QStringLiteral("tapping"));  // still the stroke that was chosen
    CHECK(page->card()->usedInLabel()->text().contains(QStringLiteral("Morning wake-up")));
    CHECK(int(core::routinesUsing(content.library(), QStringLiteral("tapping")).size()) == usesBefore + 1);
    CHECK(page->list()->currentItem()->data(Qt::AccessibleTextRole).toString() != summaryBefore);
    CHECK(page->list()->count() == int(content.library().strokes().size()));
}
