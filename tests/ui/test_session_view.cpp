// A real session view on the offscreen platform, driven by a fake clock and the keyboard.
#include "core/content/content_loader.h"
#include "support/accessibility_check.h"
#include "support/fake_clock.h"
#include "support/fake_cue_outputs.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/leg_diagram.h"
#include "ui/session/feeling_scale.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_summary_page.h"
#include "ui/session/session_view.h"
#include "ui/session/session_window.h"
#include "ui/session/tempo_pulse.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QPixmap>
#include <QPixmapCache>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace legease;
using core::Cue;
using core::SessionState;

namespace {

struct Session {
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    FakeCueSound sound;
    FakeCueVoice voice;
    std::unique_ptr<ui::SessionView> view;

    explicit Session(const QString& routineId, ui::SessionOptions options = {})
    {
        const core::Routine* routine = content.library.routine(routineId);
        REQUIRE(routine);
        view = std::make_unique<ui::SessionView>(content.library, *routine, options, clock, &sound, &voice);
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    ui::SessionRunPage* run() const { return view->runPage(); }
    QString text(QLabel* label) const { return label->text(); }

    // Moves time as the refresh timer would see it.
    void pass(qint64 ms)
    {
        while (ms > 0) {
            const qint64 slice = std::min<qint64>(ms, 250);
            clock.advance(slice);
            view->engine().refresh();
            ms -= slice;
        }
    }
    void key(Qt::Key key) { QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view.get(), key); }
};

}  // namespace

TEST_CASE("before starting: cautions, length and the feeling question — Start begins the session")
{
    Session s(QStringLiteral("calf-calm"));
    REQUIRE(s.view->currentPage() == s.view->introPage());
    const QString intro = s.view->introPage()->findChildren<QLabel*>().constFirst()->text();
    CHECK(intro == QStringLiteral("Calm calves"));
    bool cautionShown = false;
    bool lengthShown = false;
    for (QLabel* label : s.view->introPage()->findChildren<QLabel*>()) {
        cautionShown |= label->text().contains(QStringLiteral("Skip a calf that is swollen, warm or painful."));
        lengthShown |= label->text().contains(QStringLiteral("About 3:45 in all · 4 steps · Left leg first"));
    }
    CHECK(cautionShown);
    CHECK(lengthShown);

    QTest::mouseClick(s.view->introPage()->feeling()->findChildren<QAbstractButton*>().at(3), Qt::LeftButton);
    CHECK(s.view->introPage()->feeling()->value() == 3);
    QTest::mouseClick(s.view->introPage()->startButton(), Qt::LeftButton);
    CHECK(s.view->currentPage() == s.run());
    CHECK(s.view->engine().state() == SessionState::Running);
    CHECK(s.view->record().feelingBefore == 3);
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Get ready"));
    CHECK(s.text(s.run()->legLabel()) == QStringLiteral("Left leg"));
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:05"));
}

TEST_CASE("a whole session through the view: steps, pause, next, previous, switch legs, finish")
{
    ui::SessionOptions options;
    options.voiceOn = true;
    Session s(QStringLiteral("calf-calm"), options);
    s.view->start();

    s.pass(5000);
    CHECK(s.text(s.run()->legLabel()) == QStringLiteral("Left leg"));
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Calf · Gliding"));
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("1:00"));
    CHECK(s.text(s.run()->detailsLabel()) == QStringLiteral("Light pressure · Toward your heart · 12 strokes a minute"));
    CHECK(s.text(s.run()->instructionLabel()) == QStringLiteral("Glide both hands from ankle to knee."));
    CHECK(s.text(s.run()->positionLabel()) == QStringLiteral("Step 1 of 4"));
    CHECK(s.text(s.run()->nextLabel()) == QStringLiteral("Next up: Calf · Kneading, 0:45"));
    CHECK(s.run()->diagram()->highlightedRegion() == QStringLiteral("calf"));
    CHECK(s.run()->diagram()->highlightedLeg() == core::Leg::Left);
    CHECK(s.run()->pulse()->tempo() == 12);
    CHECK(s.voice.said.last().startsWith(QStringLiteral("Calf. Gliding. Glide both hands")));

    s.pass(30'000);
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:30"));
    CHECK(s.text(s.run()->cueLabel()) == QStringLiteral("Halfway"));

    s.key(Qt::Key_Space);  // pause
    CHECK(s.view->engine().state() == SessionState::Paused);
    CHECK(s.run()->pauseButton()->text() == QStringLiteral("Resume"));
    s.clock.advance(20'000);
    s.view->engine().refresh();
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:30"));
    s.key(Qt::Key_Space);  // resume
    CHECK(s.view->engine().state() == SessionState::Running);
    CHECK(s.run()->pauseButton()->text() == QStringLiteral("Pause"));

    s.key(Qt::Key_Right);  // next: kneading
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Calf · Kneading"));
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:45"));
    CHECK(s.text(s.run()->nextLabel()) == QStringLiteral("Next up: Switch legs, 0:10 · Right leg"));
    s.pass(1000);
    s.key(Qt::Key_Left);  // previous: back to gliding, only a second in
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Calf · Gliding"));
    s.key(Qt::Key_Right);

    s.pass(45'000);
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Switch legs"));
    CHECK(s.text(s.run()->legLabel()) == QStringLiteral("Right leg"));
    CHECK(s.voice.said.last() == QStringLiteral("Switch legs. Next, your right leg."));
    s.pass(7'500);
    CHECK(s.text(s.run()->cueLabel()) == QStringLiteral("Next in 3"));  // 2.5 s left shows as 0:03
    s.pass(500);
    CHECK(s.text(s.run()->cueLabel()) == QStringLiteral("Next in 2"));
    s.pass(2'000);
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Calf · Gliding"));
    CHECK(s.text(s.run()->legLabel()) == QStringLiteral("Right leg"));
    CHECK(s.text(s.run()->positionLabel()) == QStringLiteral("Step 3 of 4"));
    CHECK(s.run()->diagram()->highlightedLeg() == core::Leg::Right);

    s.pass(60'000 + 45'000);
    REQUIRE(s.view->currentPage() == s.view->summaryPage());
    CHECK(s.view->summaryPage()->headline()->text() == QStringLiteral("Well done"));
    CHECK(s.view->summaryPage()->details()->text().contains(QStringLiteral("finished every step (4 in all)")));
    CHECK(std::count(s.sound.played.begin(), s.sound.played.end(), Cue::StepStarted) >= 4);
    CHECK(s.sound.played.back() == Cue::Finished);
    CHECK(s.voice.said.last() == QStringLiteral("Well done. Your session is complete."));

    QSignalSpy done(s.view.get(), &ui::SessionView::done);
    QTest::mouseClick(s.view->summaryPage()->feeling()->findChildren<QAbstractButton*>().at(8), Qt::LeftButton);
    QTest::mouseClick(s.view->summaryPage()->findChild<QPushButton*>(), Qt::LeftButton);
    REQUIRE(done.size() == 1);
    const auto record = done.at(0).at(0).value<core::SessionRecord>();
    CHECK(record.routineId == QStringLiteral("calf-calm"));
    CHECK(record.completed);
    CHECK(record.stepsDone == 4);
    CHECK(record.stepsTotal == 4);
    CHECK(record.feelingAfter == 8);
    CHECK(record.activeSeconds == s.view->engine().activeMs() / 1000);
    CHECK(record.endedAt > record.startedAt);
}

TEST_CASE("Esc stops at once early on, and asks first after a minute")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(30'000);
    int asked = 0;
    s.view->setStopConfirmation([&asked] { ++asked; return false; });
    s.pass(40'000);
    s.key(Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(s.view->engine().state() == SessionState::Running);
    s.view->setStopConfirmation([&asked] { ++asked; return true; });
    s.key(Qt::Key_Escape);
    CHECK(asked == 2);
    REQUIRE(s.view->engine().state() == SessionState::Finished);
    CHECK(s.view->summaryPage()->headline()->text() == QStringLiteral("Session stopped"));
    CHECK(s.view->summaryPage()->details()->text().contains(QStringLiteral("finished 1 of 4 steps")));
    CHECK_FALSE(s.view->record().completed);

    Session early(QStringLiteral("calf-calm"));
    early.view->start();
    early.pass(20'000);
    early.view->setStopConfirmation([] {
        FAIL("no question before a minute has passed");
        return false;
    });
    early.key(Qt::Key_Escape);
    CHECK(early.view->engine().state() == SessionState::Finished);
}

TEST_CASE("M mutes sounds, V turns the voice on and off, R restarts the step")
{
    Session s(QStringLiteral("sole-warm"));
    s.view->start();
    s.pass(5'000);
    const std::size_t before = s.sound.played.size();
    s.key(Qt::Key_M);
    CHECK_FALSE(s.view->soundOn());
    CHECK(s.run()->soundButton()->text() == QStringLiteral("Sound off"));
    s.pass(29'000);
    CHECK(s.sound.played.size() == before);  // the muted halfway and countdown made no sound
    CHECK(s.text(s.run()->cueLabel()) == QStringLiteral("Next in 1"));  // but they were shown
    s.key(Qt::Key_M);
    CHECK(s.view->soundOn());

    CHECK_FALSE(s.view->voiceOn());
    s.key(Qt::Key_V);
    CHECK(s.view->voiceOn());
    CHECK(s.run()->voiceButton()->text() == QStringLiteral("Voice on"));
    s.key(Qt::Key_V);
    CHECK(s.voice.stops == 1);

    s.key(Qt::Key_R);
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:30"));
    CHECK(s.text(s.run()->legLabel()) == QStringLiteral("Both legs"));
}

TEST_CASE("no sound on this computer: the session goes on and says so once")
{
    Session s(QStringLiteral("calf-calm"));
    s.sound.failOnPlay = true;
    s.view->start();
    s.pass(5'000 + 60'000 + 10'000);
    CHECK(s.view->engine().state() == SessionState::Running);
    CHECK(s.text(s.run()->messageLabel()) == QStringLiteral("Sound is not available on this computer."));
    CHECK_FALSE(s.run()->soundButton()->isEnabled());
    CHECK(s.run()->soundButton()->text() == QStringLiteral("No sound"));
    CHECK(s.sound.played.empty());
    CHECK(s.text(s.run()->titleLabel()) == QStringLiteral("Calf · Kneading"));
}

TEST_CASE("a session the computer slept through pauses and explains why")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(10'000);
    s.clock.sleep(20 * 60'000);
    s.pass(250);
    CHECK(s.view->engine().state() == SessionState::Paused);
    CHECK(s.text(s.run()->messageLabel()).contains(QStringLiteral("asleep")));
    CHECK(s.run()->pauseButton()->text() == QStringLiteral("Resume"));
}

TEST_CASE("every control has an accessible name and a key")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    for (QPushButton* button : s.run()->findChildren<QPushButton*>()) {
        INFO(button->text().toStdString());
        CHECK(test::spokenName(button) == button->text());
        CHECK_FALSE(button->toolTip().isEmpty());
        CHECK(button->accessibleDescription() == button->toolTip());  // the key, for screen readers too
    }
}

TEST_CASE("arrow keys reach the session even while a control button has focus")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(5'000);
    for (QPushButton* focused : {s.run()->pauseButton(), s.run()->nextButton(), s.run()->voiceButton()}) {
        focused->setFocus();
        const int before = s.view->engine().segmentIndex();
        QTest::keyClick(focused, Qt::Key_Right);
        CHECK(s.view->engine().segmentIndex() == before + 1);
        QTest::keyClick(focused, Qt::Key_Left);
        CHECK(s.view->engine().segmentIndex() == before);
    }
}

TEST_CASE("Space and Enter press the focused button, and with no button focused Space pauses")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(5'000);
    const int first = s.view->engine().segmentIndex();

    QTest::keyClick(s.run()->nextButton(), Qt::Key_Space);
    CHECK(s.view->engine().segmentIndex() == first + 1);
    CHECK(s.view->engine().state() == SessionState::Running);
    QTest::keyClick(s.run()->previousButton(), Qt::Key_Return);
    CHECK(s.view->engine().segmentIndex() == first);
    const bool voiceWasOn = s.view->voiceOn();
    QTest::keyClick(s.run()->voiceButton(), Qt::Key_Space);
    CHECK(s.view->voiceOn() != voiceWasOn);
    CHECK(s.view->engine().state() == SessionState::Running);

    s.run()->setFocus();  // a click on the page itself, away from the buttons
    REQUIRE(s.run()->hasFocus());
    QTest::keyClick(s.run(), Qt::Key_Space);
    CHECK(s.view->engine().state() == SessionState::Paused);
    QTest::keyClick(s.run(), Qt::Key_Space);
    CHECK(s.view->engine().state() == SessionState::Running);

    QTest::keyClick(s.run()->stopButton(), Qt::Key_Space);  // stops; never pauses
    CHECK(s.view->engine().state() == SessionState::Finished);
}

TEST_CASE("every session button is in the tab order, in the order they are shown")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(5'000);
    s.run()->previousButton()->setFocus(Qt::TabFocusReason);
    QStringList order{s.run()->previousButton()->text()};
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto* button = qobject_cast<QPushButton*>(QApplication::focusWidget());
        REQUIRE(button);
        order << button->text();
    }
    CHECK(order == QStringList{QStringLiteral("Previous"), QStringLiteral("Pause"), QStringLiteral("Next"),
                       QStringLiteral("Restart step"), QStringLiteral("Stop"), QStringLiteral("Sound on"),
                       QStringLiteral("Voice off")});
}

TEST_CASE("the session tells the history what to keep at the start, at each step and at the end")
{
    Session s(QStringLiteral("calf-calm"));
    QSignalSpy records(s.view.get(), &ui::SessionView::recordChanged);
    s.view->start();
    REQUIRE(records.size() == 1);
    auto first = records.last().at(0).value<core::SessionRecord>();
    CHECK(first.id == 0);
    CHECK(first.routineId == QStringLiteral("calf-calm"));
    CHECK(first.stepsDone == 0);
    CHECK_FALSE(first.completed);
    s.view->setRecordId(42);

    s.pass(5'000 + 60'000);  // get-ready and the first step done
    const auto afterStep = records.last().at(0).value<core::SessionRecord>();
    CHECK(afterStep.id == 42);
    CHECK(afterStep.stepsDone == 1);
    CHECK(afterStep.activeSeconds == 65);
    const int boundaries = int(records.size());
    CHECK(boundaries >= 3);

    s.pass(45'000 + 10'000 + 60'000 + 45'000);
    const auto finished = records.last().at(0).value<core::SessionRecord>();
    CHECK(finished.completed);
    CHECK(finished.stepsDone == 4);
    QTest::mouseClick(s.view->summaryPage()->feeling()->findChildren<QAbstractButton*>().at(9), Qt::LeftButton);
    QTest::mouseClick(s.view->summaryPage()->findChild<QPushButton*>(), Qt::LeftButton);
    CHECK(records.last().at(0).value<core::SessionRecord>().feelingAfter == 9);

    s.view->showHistoryProblem(QStringLiteral("The disk is full."));
    s.view->showHistoryProblem(QStringLiteral("Something else."));
    CHECK(s.run()->messageLabel()->text() == QStringLiteral("The disk is full."));  // once on the run page
    // The summary keeps the latest word, and loses it when a later write worked.
    CHECK(s.view->summaryPage()->historyProblem()->text() == QStringLiteral("Something else."));
    CHECK_FALSE(s.view->summaryPage()->historyProblem()->isHidden());
    s.view->showHistoryProblem(QString());
    CHECK(s.view->summaryPage()->historyProblem()->isHidden());
    CHECK(s.run()->messageLabel()->text() == QStringLiteral("The disk is full."));
}

TEST_CASE("Ctrl+Q in a session window asks before ending a running session, and F11 fills the screen")
{
    core::LoadedContent content = core::loadContent({false, {smallPack()}});
    FakeClock clock;
    auto* view = new ui::SessionView(content.library, *content.library.routine(QStringLiteral("calf-calm")), {}, clock,
        nullptr, nullptr);
    QPointer<ui::SessionWindow> window = new ui::SessionWindow(view);
    window->show();
    REQUIRE(QTest::qWaitForWindowActive(window));
    view->start();
    clock.advance(90'000);
    view->engine().refresh();

    QAccessibleInterface* frame = QAccessible::queryAccessibleInterface(window.data());
    CHECK(frame->role() == QAccessible::Window);  // a frame to AT-SPI, as the main window is

    const QFont before = view->runPage()->countdownLabel()->font();
    QTest::keyClick(window, Qt::Key_F11);
    CHECK(window->windowState() & Qt::WindowFullScreen);
    CHECK(view->runPage()->fullScreenButton()->text() == QStringLiteral("Leave full screen"));
    CHECK(view->runPage()->countdownLabel()->font().pointSizeF() > before.pointSizeF());
    QTest::keyClick(window, Qt::Key_F11);
    CHECK_FALSE(window->windowState() & Qt::WindowFullScreen);

    int asked = 0;
    view->setStopConfirmation([&asked] {
        ++asked;
        return false;  // carry on
    });
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    CHECK(asked == 1);
    CHECK(window->isVisible());
    CHECK(view->engine().state() == SessionState::Running);

    view->setStopConfirmation([&asked] {
        ++asked;
        return true;
    });
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    CHECK(asked == 2);
    QTRY_VERIFY(window.isNull() || !window->isVisible());
}

TEST_CASE("out of sight a running session wakes only for its cues, and back in sight it shows the time at once")
{
    Session s(QStringLiteral("calf-calm"));
    s.view->start();
    s.pass(5000);  // into the first step
    REQUIRE(s.view->engine().state() == SessionState::Running);
    CHECK(s.view->engine().isWatched());
    CHECK(s.run()->pulse()->isBeating());

    const QPixmapCache::Key cached = QPixmapCache::insert(QPixmap(16, 16));  // as the style does for a button
    QPixmap found;
    REQUIRE(QPixmapCache::find(cached, &found));
    s.view->hide();
    CHECK_FALSE(s.view->engine().isWatched());
    CHECK_FALSE(s.run()->pulse()->isBeating());
    CHECK_FALSE(QPixmapCache::find(cached, &found));  // nor will the cache's 30 s clean-up wake it
    auto* timer = s.view->engine().findChild<QTimer*>();
    REQUIRE(timer);
    CHECK(timer->interval() > core::SessionEngine::kMaxRefreshMs);  // asleep until the next cue
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("1:00"));

    s.clock.advance(4'000);  // nothing woke the hidden session to redraw its countdown
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("1:00"));
    s.view->show();
    REQUIRE(QTest::qWaitForWindowExposed(s.view.get()));
    CHECK(s.view->engine().isWatched());
    CHECK(s.text(s.run()->countdownLabel()) == QStringLiteral("0:56"));
    CHECK(timer->interval() <= core::SessionEngine::kMaxRefreshMs);
    CHECK(s.run()->pulse()->isBeating());
}
