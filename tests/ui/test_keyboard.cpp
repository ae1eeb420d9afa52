// LegEase from the keyboard alone, on the real windows the app starts: acknowledge safety, filter
// by a region on the leg map, open a routine, rate 4, start, pause, next, stop, rate 7, open the
// history, export it, quit. Keys go to whatever has focus, as they would for a person; nothing
// is clicked and no widget is reached into except to check where focus is.
#include "app/startup.h"
#include "core/history/history_store.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "ui/leg_diagram.h"
#include "ui/main_window.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_checklist.h"
#include "ui/safety_dialog.h"
#include "ui/session/feeling_scale.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_summary_page.h"
#include "ui/session/session_view.h"
#include "ui/session/session_window.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace legease;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Checks, rather than requires, so that it may run inside a modal dialog's event loop.
bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    CHECK(target);
    if (target)
        QTest::keyClick(target, key, modifiers);
    return target != nullptr;
}

// Tabs forward until `reached` says focus is where it should be; a trap fails the test.
bool tabUntil(const std::function<bool(QWidget*)>& reached, int most = 30)
{
    QStringList visited;
    for (int i = 0; i < most && !reached(focused()); ++i) {
        visited << (focused() ? QString::fromLatin1(focused()->metaObject()->className()) : QStringLiteral("nothing"));
        if (!press(Qt::Key_Tab))
            return false;
    }
    INFO("Tab went through: " << visited.join(QStringLiteral(", ")).toStdString());
    CHECK(reached(focused()));
    return reached(focused());
}

// Answers the next modal dialog of type D, once it is active, with `answer`, run from inside
// its exec(). The test's own REQUIREs stay outside: `answer` only CHECKs.
template <typename D>
void whenModalOpens(std::function<void(D*)> answer)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (dialog && dialog->isActiveWindow() && QApplication::focusWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start(0);
}

template <typename W>
W* topLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* found = qobject_cast<W*>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

}  // namespace

TEST_CASE("the whole journey, from the safety screen to quitting, by keyboard alone")
{
    TempHome home;
    app::Startup startup(home.options(), home.surroundings());
    REQUIRE(startup.refusal().isEmpty());

    // First run: the safety screen comes up on its own. Read, tick, continue.
    bool acknowledged = false;
    whenModalOpens<ui::SafetyDialog>([&](ui::SafetyDialog* dialog) {
        CHECK(qobject_cast<ui::SafetyChecklist*>(focused()));  // reading comes first
        press(Qt::Key_Down);  // to the second situation
        tabUntil([&](QWidget* w) { return w == dialog->agreement(); });
        press(Qt::Key_Space);
        CHECK(dialog->agreement()->isChecked());
        tabUntil([&](QWidget* w) { return w == dialog->acceptButton(); });
        press(Qt::Key_Return);
        acknowledged = true;
    });
    REQUIRE(startup.openWindow());
    ui::MainWindow* window = startup.window();
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged, 5000);
    CHECK(startup.settings().safetyAcknowledged());
    // A window manager hands activation back when a dialog closes; the offscreen platform has
    // none, so the test does what it would.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));

    // Routines, and the calf on the leg map.
    press(Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window->currentPage() == ui::Page::Routines);
    ui::RoutinesView* routines = window->routinesView();
    tabUntil([&](QWidget* w) { return w == routines->diagram(); });
    for (int i = 0; i < 20 && routines->diagram()->keyboardRegion() != QStringLiteral("calf"); ++i)
        press(Qt::Key_Right);
    REQUIRE(routines->diagram()->keyboardRegion() == QStringLiteral("calf"));
    press(Qt::Key_Space);
    CHECK(routines->regionFilter() == QStringLiteral("calf"));

    // The first routine that works the calf opens its session with Enter.
    tabUntil([&](QWidget* w) { return w == routines->listView(); });
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    ui::SessionWindow* session = nullptr;
    QTRY_VERIFY((session = topLevel<ui::SessionWindow>()) != nullptr);
    REQUIRE(QTest::qWaitForWindowActive(session));
    ui::SessionView* view = session->view();
    CHECK(view->currentPage() == view->introPage());

    // Rate 4: back from Start to the scale, which starts at 5, then one step left.
    press(Qt::Key_Tab, Qt::ShiftModifier);
    REQUIRE(qobject_cast<QAbstractButton*>(focused()));
    CHECK(focused()->parentWidget() == view->introPage()->feeling());
    press(Qt::Key_Left);
    CHECK(view->introPage()->feeling()->value() == 4);
    tabUntil([&](QWidget* w) { return qobject_cast<QPushButton*>(w) && static_cast<QPushButton*>(w)->text() == QStringLiteral("Start session"); });
    press(Qt::Key_Return);
    REQUIRE(view->engine().state() == core::SessionState::Running);

    press(Qt::Key_Space);  // focus is on Pause
    CHECK(view->engine().state() == core::SessionState::Paused);
    const int before = view->engine().segmentIndex();
    press(Qt::Key_Right);
    CHECK(view->engine().segmentIndex() == before + 1);
    press(Qt::Key_Escape);  // under a minute in: stops without asking
    REQUIRE(view->engine().state() == core::SessionState::Finished);

    // The summary has focus on its scale; rate 7 and say done.
    CHECK(view->currentPage() == view->summaryPage());
    CHECK(focused()->parentWidget() == view->summaryPage()->feeling());
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    CHECK(view->summaryPage()->feeling()->value() == 7);
    tabUntil([&](QWidget* w) { return qobject_cast<QPushButton*>(w) && static_cast<QPushButton*>(w)->text() == QStringLiteral("Done"); });
    press(Qt::Key_Return);
    QTRY_VERIFY(topLevel<ui::SessionWindow>() == nullptr);
    REQUIRE(startup.history().isOpen());
    const std::vector<core::SessionRecord> kept = startup.history().all();
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().feelingBefore == 4);
    CHECK(kept.front().feelingAfter == 7);

    // History, and its export by keyboard through the file dialog.
    window->activateWindow();  // as a window manager would, once the session window has gone
    REQUIRE(QTest::qWaitForWindowActive(window));
    press(Qt::Key_3, Qt::ControlModifier);
    CHECK(window->currentPage() == ui::Page::History);
    const QString csv = home.path(QStringLiteral("sessions.csv"));
    whenModalOpens<QFileDialog>([&](QFileDialog*) {
        auto* name = qobject_cast<QLineEdit*>(focused());
        CHECK(name);  // the file name field takes focus
        if (!name)
            return;
        name->selectAll();
        QTest::keyClicks(name, csv);
        press(Qt::Key_Return);
    });
    press(Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(csv));
    QFile exported(csv);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll().count('\n') == 2);  // the header and the one session

    // Ctrl+Q ends it all.
    window->activateWindow();  // back from the file dialog, as a window manager would
    REQUIRE(QTest::qWaitForWindowActive(window));
    press(Qt::Key_Q, Qt::ControlModifier);
    CHECK_FALSE(window->isVisible());
}
