// The app shell clicked through as a person would: articles, routines, the leg map, settings,
// safety first, and the problems banner.
#include "core/content/content_loader.h"
#include "core/history/history_store.h"
#include "core/settings/app_settings.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/benefits/benefits_view.h"
#include "ui/history/history_page.h"
#include "ui/leg_diagram.h"
#include "ui/main_window.h"
#include "ui/pages.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routines_view.h"
#include "ui/safety_dialog.h"
#include "ui/screenshot.h"
#include "ui/settings/settings_dialog.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace legease;

namespace {

struct App {
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("legease.conf")), QSettings::IniFormat};
    core::AppSettings settings{store};
    core::HistoryStore history{dir.filePath(QStringLiteral("history.sqlite"))};
    core::LoadedContent content;
    std::unique_ptr<ui::MainWindow> window;

    explicit App(const QStringList& extraPacks = {})
        : content(core::loadContent({true, extraPacks}))
    {
        window = std::make_unique<ui::MainWindow>(content, settings, history);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
};

// Runs `answer` on the next modal dialog to appear, so a test can respond to exec(). It runs
// inside the dialog's own event loop, where a REQUIRE could not stop the test: it CHECKs, and a
// dialog that did not come is left for the test's own checks to notice.
template <typename Dialog>
void whenDialogOpens(std::function<void(Dialog*)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (dialog)
            answer(dialog);
    });
}

QPoint pointOfRegion(ui::LegDiagram* diagram, const QString& region)
{
    for (int y = 0; y < diagram->height(); y += 3)
        for (int x = 0; x < diagram->width(); x += 3)
            if (diagram->regionAt({x, y}) == region)
                return {x, y};
    return {-1, -1};
}

}  // namespace

TEST_CASE("navigation between benefits, routines and history, by click and by shortcut")
{
    App app;
    CHECK(app.window->currentPage() == ui::MainWindow::Page::Benefits);
    app.window->navigation()->setCurrentRow(1);
    CHECK(app.window->currentPage() == ui::MainWindow::Page::Routines);
    QTest::keySequence(app.window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
    CHECK(app.window->currentPage() == ui::MainWindow::Page::History);
    CHECK(app.window->historyPage()->showsEmptyState());
    QTest::keySequence(app.window.get(), QKeySequence(QStringLiteral("Ctrl+1")));
    CHECK(app.window->currentPage() == ui::MainWindow::Page::Benefits);
    QTest::keySequence(app.window.get(), QKeySequence::Find);
    CHECK(app.window->currentPage() == ui::MainWindow::Page::Routines);
    CHECK(app.window->routinesView()->searchField()->hasFocus());
}

TEST_CASE("open an article and start its routine, acknowledging safety first")
{
    App app;
    QSignalSpy sessions(app.window.get(), &ui::MainWindow::sessionRequested);
    REQUIRE(app.window->showBenefit(QStringLiteral("10")));
    CHECK(app.window->benefitsView()->currentBenefit() == QStringLiteral("sleep"));

    // The first session waits for the safety screen: "Continue" only works once it is ticked.
    whenDialogOpens<ui::SafetyDialog>([](ui::SafetyDialog* dialog) {
        CHECK_FALSE(dialog->acceptButton()->isEnabled());
        dialog->agreement()->setChecked(true);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    });
    QTest::mouseClick(app.window->benefitsView()->startButton(), Qt::LeftButton);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.at(0).at(0).toString() == QStringLiteral("bedtime-wind-down"));
    CHECK(app.settings.safetyAcknowledged());

    // Acknowledged once is enough.
    QTest::mouseClick(app.window->benefitsView()->startButton(), Qt::LeftButton);
    CHECK(sessions.size() == 2);
}

TEST_CASE("declining the safety screen starts nothing")
{
    App app;
    QSignalSpy sessions(app.window.get(), &ui::MainWindow::sessionRequested);
    whenDialogOpens<ui::SafetyDialog>([](ui::SafetyDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(app.window->requestSession(QStringLiteral("circulation-flow")));
    CHECK(sessions.isEmpty());
    CHECK_FALSE(app.settings.safetyAcknowledged());
}

TEST_CASE("a click on the leg map filters the routines by region")
{
    App app;
    app.window->showPage(ui::MainWindow::Page::Routines);
    ui::RoutinesView* routines = app.window->routinesView();
    QAbstractItemView* list = routines->listView();
    const int all = list->model()->rowCount();
    REQUIRE(all == 10);
    ui::LegDiagram* diagram = routines->diagram();
    const QPoint glute = pointOfRegion(diagram, QStringLiteral("glute"));
    REQUIRE(glute.x() >= 0);
    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, glute);
    CHECK(routines->regionFilter() == QStringLiteral("glute"));
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString().contains(QStringLiteral("Hips and posture")));
}

TEST_CASE("a setting changed in the dialog takes effect in the routine library")
{
    App app;
    app.window->showPage(ui::MainWindow::Page::Routines);
    ui::RoutinesView* routines = app.window->routinesView();
    routines->showRoutine(QStringLiteral("circulation-flow"));
    CHECK(routines->detail()->metaLabel()->text().contains(QStringLiteral("13:00")));
    QSignalSpy changed(app.window.get(), &ui::MainWindow::settingsChanged);

    // Cancel stores and applies nothing.
    whenDialogOpens<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        dialog->lengthCombo()->setCurrentIndex(dialog->lengthCombo()->findData(QStringLiteral("50%")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    app.window->openSettings();
    CHECK(changed.isEmpty());
    CHECK(app.settings.sessionLength().mode == core::SessionLength::Mode::AsWritten);

    // OK stores the choice and the library shows the new length at once: 13:00 becomes 6:34
    // (each step is halved and rounded to whole seconds, as the session will run it).
    whenDialogOpens<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        dialog->lengthCombo()->setCurrentIndex(dialog->lengthCombo()->findData(QStringLiteral("50%")));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    app.window->openSettings();
    CHECK(changed.size() == 1);
    CHECK(app.settings.sessionLength().value == 50);
    INFO(routines->detail()->metaLabel()->text().toStdString());
    CHECK(routines->detail()->metaLabel()->text().contains(QStringLiteral("6:34")));
}

TEST_CASE("a broken extra pack shows a banner and the rest still works")
{
    App app({testData(QStringLiteral("broken/dangling-region"))});
    CHECK_FALSE(app.window->problemBanner()->isHidden());
    CHECK(app.window->problemBanner()->text().contains(QStringLiteral("1 content pack has errors and was left out.")));
    CHECK(app.window->benefitsView()->listView()->model()->rowCount() == 10);
}

TEST_CASE("size and last page are remembered")
{
    App app;
    app.window->resize(900, 650);
    app.window->showPage(ui::MainWindow::Page::Routines);
    app.window->close();
    CHECK(app.settings.lastView() == QStringLiteral("routines"));
    ui::MainWindow again(app.content, app.settings, app.history);
    again.restoreLayout();
    CHECK(again.currentPage() == ui::MainWindow::Page::Routines);
    CHECK(again.size() == QSize(900, 650));
}

TEST_CASE("a last page that no longer exists opens the first page")
{
    App app;
    app.settings.setLastView(QStringLiteral("gone"));
    REQUIRE(app.settings.lastView() == QStringLiteral("gone"));  // page ids are the window's to check
    ui::MainWindow again(app.content, app.settings, app.history);
    again.restoreLayout();
    CHECK(again.currentPage() == ui::kPages.front().page);
}

TEST_CASE("the navigation, the Go menu and its shortcuts all come from the page table")
{
    App app;
    REQUIRE(app.window->navigation()->count() == int(ui::kPages.size()));
    QMenu* go = nullptr;
    for (QAction* menu : app.window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&Go"))
            go = menu->menu();
    REQUIRE(go);
    for (const ui::PageInfo& page : ui::kPages) {
        INFO(page.id);
        CHECK(app.window->navigation()->item(int(page.page))->text() == ui::pageTitle(page));
        const QList<QAction*> actions = go->actions();
        const auto action = std::find_if(actions.begin(), actions.end(),
            [&](QAction* a) { return a->text() == ui::pageMenuText(page); });
        REQUIRE(action != actions.end());
        CHECK((*action)->shortcut() == ui::pageShortcut(page));
        (*action)->trigger();
        CHECK(app.window->currentPage() == page.page);
        CHECK(ui::screenshotViews().contains(QLatin1String(page.id)));
    }
    CHECK(ui::pageShortcut(ui::pageInfo(ui::Page::Routines)) == QKeySequence(Qt::CTRL | Qt::Key_2));
}

TEST_CASE("history, the last page seen, is only built after the window is first painted")
{
    App app;
    app.settings.setLastView(QStringLiteral("history"));
    ui::MainWindow again(app.content, app.settings, app.history);
    again.restoreLayout();
    CHECK(again.currentPage() == ui::MainWindow::Page::Benefits);
    CHECK_FALSE(app.history.isOpen());  // no database before the first paint
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY_WITH_TIMEOUT(again.currentPage() == ui::MainWindow::Page::History, 2000);
    CHECK(app.history.isOpen());
}

TEST_CASE("every view renders to a PNG of the requested size")
{
    App app;
    QTemporaryDir out;
    for (const QString& view : ui::screenshotViews()) {
        INFO(view.toStdString());
        const QString file = out.filePath(view + QStringLiteral(".png"));
        const ui::ScreenshotRequest request{view, file, QSize(800, 600), QString(), QString()};
        CHECK(ui::takeScreenshot(request, app.content, app.settings, app.history).isEmpty());
        const QImage image(file);
        CHECK(image.size() == QSize(800, 600));
    }
    CHECK_FALSE(ui::takeScreenshot({QStringLiteral("nowhere"), out.filePath(QStringLiteral("x.png")), QSize(800, 600), {}, {}},
        app.content, app.settings, app.history)
                    .isEmpty());
}
