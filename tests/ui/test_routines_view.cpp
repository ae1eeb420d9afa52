// The routine library on the offscreen platform: the list and its lengths, the search, the region
// filter from the combo and from real clicks on the leg diagram, the empty state, the detail and
// its times at other lengths, and Start.
#include "core/content/content_loader.h"
#include "core/content/pack_reader.h"
#include "support/accessibility_check.h"
#include "support/string_makers.h"
#include "support/test_paths.h"
#include "ui/leg_diagram.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routine_list_model.h"
#include "ui/routines/routines_view.h"

#include <catch2/catch.hpp>

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <memory>

using namespace legease;

namespace {

struct Page {
    core::LoadedContent content;
    std::unique_ptr<ui::RoutinesView> view;

    explicit Page(core::ContentSources sources = {false, {smallPack()}})
        : content(core::loadContent(sources))
    {
        view = std::make_unique<ui::RoutinesView>(content.library);
        view->resize(1000, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    QAbstractItemModel* model() const { return view->listView()->model(); }

    QStringList listedIds() const
    {
        QStringList ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids << model()->index(row, 0).data(ui::RoutineListModel::IdRole).toString();
        return ids;
    }

    QString listed(const QString& routineId, int column) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data(ui::RoutineListModel::IdRole).toString() == routineId)
                return static_cast<QAbstractProxyModel*>(model())->mapToSource(model()->index(row, 0)).siblingAtColumn(column).data().toString();
        return QStringLiteral("(not listed)");
    }

    void select(const QString& routineId) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data(ui::RoutineListModel::IdRole).toString() == routineId)
                view->listView()->setCurrentIndex(model()->index(row, 0));
    }

    QStringList stepColumn(int column) const
    {
        QStringList texts;
        const QTreeWidget* steps = view->detail()->stepsView();
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            texts << steps->topLevelItem(i)->text(column);
        return texts;
    }

    // A point on the diagram over `regionId`, found the way a person would: by looking.
    QPoint pointOn(const QString& regionId) const
    {
        const ui::LegDiagram* diagram = view->diagram();
        QPoint sum;
        int count = 0;
        for (int y = 0; y < diagram->height(); y += 2)
            for (int x = 0; x < diagram->width(); x += 2)
                if (diagram->regionAt({x, y}) == regionId && count < 200000) {
                    // The first shape found (one leg in one view) is enough; stay inside it.
                    if (count == 0 || std::abs(x - sum.x() / count) < 30) {
                        sum += QPoint(x, y);
                        ++count;
                    }
                }
        REQUIRE(count > 0);
        const QPoint centre = sum / count;
        REQUIRE(diagram->regionAt(centre) == regionId);
        return centre;
    }
};

}  // namespace

TEST_CASE("every routine is listed with its length, level, regions and benefits")
{
    Page small;
    CHECK(small.listedIds() == QStringList{QStringLiteral("calf-calm"), QStringLiteral("sole-warm")});
    CHECK(small.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::LengthColumn) == QStringLiteral("3:30"));
    CHECK(small.listed(QStringLiteral("sole-warm"), ui::RoutineListModel::LengthColumn) == QStringLiteral("0:30"));
    CHECK(small.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::LevelColumn) == QStringLiteral("Gentle"));
    CHECK(small.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::RegionsColumn) == QStringLiteral("Calf"));
    CHECK(small.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::BenefitsColumn) == QStringLiteral("Calm legs"));
    CHECK(small.listed(QStringLiteral("sole-warm"), ui::RoutineListModel::BenefitsColumn) == QStringLiteral("Warm feet"));
    const QString spoken = small.model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    CHECK(spoken == QStringLiteral("Calm calves, 3:30 of massage, gentle. Works on Calf. Helps with: Calm legs."));
    CHECK(small.view->currentRoutine() == QStringLiteral("calf-calm"));
    CHECK_FALSE(small.view->isShowingEmptyState());

    Page builtIn({true, {}});
    REQUIRE(builtIn.model()->rowCount() == 10);
    for (const core::Routine& routine : builtIn.content.library.routines()) {
        INFO(routine.id.toStdString());
        CHECK(builtIn.listed(routine.id, ui::RoutineListModel::LengthColumn) == core::formatClock(core::routineSeconds(routine)));
        CHECK_FALSE(builtIn.listed(routine.id, ui::RoutineListModel::BenefitsColumn).isEmpty());
    }
    CHECK(builtIn.listed(QStringLiteral("hips-and-posture"), ui::RoutineListModel::RegionsColumn)
        == QStringLiteral("Back of the thigh, Outer thigh, Hip, Buttock"));  // foot upward, as the library lists them
}

TEST_CASE("typing in the search narrows the list by title, benefit, region and stroke, in any case")
{
    Page page;
    QLineEdit* search = page.view->searchField();
    CHECK(search->placeholderText() == QStringLiteral("Search routines"));
    CHECK(search->isClearButtonEnabled());

    QTest::keyClicks(search, QStringLiteral("sole"));
    CHECK(page.listedIds() == QStringList{QStringLiteral("sole-warm")});
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("FEET"));  // only the benefit title "Warm feet" says it
    CHECK(page.listedIds() == QStringList{QStringLiteral("sole-warm")});

    search->clear();
    QTest::keyClicks(search, QStringLiteral("kneading"));  // a stroke name
    CHECK(page.listedIds() == QStringList{QStringLiteral("calf-calm")});

    search->clear();
    QTest::keyClicks(search, QStringLiteral("calm legs"));  // every word has to be found
    CHECK(page.listedIds() == QStringList{QStringLiteral("calf-calm")});

    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("the region combo and setRegionFilter filter the list and keep the combo and diagram in step")
{
    Page page;
    QComboBox* combo = page.view->regionCombo();
    REQUIRE(combo->count() == 3);
    CHECK(combo->itemText(0) == QStringLiteral("All regions"));
    CHECK(combo->itemText(1) == QStringLiteral("Calf"));
    CHECK(combo->itemText(2) == QStringLiteral("Sole"));

    page.view->setRegionFilter(QStringLiteral("sole"));
    CHECK(page.view->regionFilter() == QStringLiteral("sole"));
    CHECK(page.listedIds() == QStringList{QStringLiteral("sole-warm")});
    CHECK(combo->currentText() == QStringLiteral("Sole"));
    CHECK(page.view->diagram()->highlightedRegion() == QStringLiteral("sole"));
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));

    combo->setCurrentIndex(1);  // as a person picking "Calf"
    CHECK(page.view->regionFilter() == QStringLiteral("calf"));
    CHECK(page.listedIds() == QStringList{QStringLiteral("calf-calm")});
    CHECK(page.view->diagram()->highlightedRegion() == QStringLiteral("calf"));

    combo->setCurrentIndex(0);
    CHECK(page.view->regionFilter().isEmpty());
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.view->diagram()->highlightedRegion().isEmpty());

    page.view->setRegionFilter(QStringLiteral("no-such-region"));  // ignored
    CHECK(page.view->regionFilter().isEmpty());
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("clicking a region on the leg diagram filters by it — clicking it again shows everything")
{
    Page page;
    ui::LegDiagram* diagram = page.view->diagram();
    const QPoint calf = page.pointOn(QStringLiteral("calf"));

    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, calf);
    CHECK(page.view->regionFilter() == QStringLiteral("calf"));
    CHECK(page.listedIds() == QStringList{QStringLiteral("calf-calm")});
    CHECK(page.view->regionCombo()->currentText() == QStringLiteral("Calf"));
    CHECK(diagram->highlightedRegion() == QStringLiteral("calf"));

    // The name of the region under the mouse, and what a click will do.
    QHelpEvent help(QEvent::ToolTip, calf, diagram->mapToGlobal(calf));
    QApplication::sendEvent(diagram, &help);
    CHECK(QToolTip::text() == QStringLiteral("Calf: click again to see all routines"));

    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, calf);
    CHECK(page.view->regionFilter().isEmpty());
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.view->regionCombo()->currentIndex() == 0);
    CHECK(diagram->highlightedRegion().isEmpty());

    const QPoint sole = page.pointOn(QStringLiteral("sole"));
    QHelpEvent soleHelp(QEvent::ToolTip, sole, diagram->mapToGlobal(sole));
    QApplication::sendEvent(diagram, &soleHelp);
    CHECK(QToolTip::text() == QStringLiteral("Sole: click to see the routines for it"));
    QTest::mouseClick(diagram, Qt::LeftButton, Qt::NoModifier, sole);
    CHECK(page.listedIds() == QStringList{QStringLiteral("sole-warm")});
    QToolTip::hideText();
}

TEST_CASE("when nothing matches, a friendly note stands in for the list and one click brings all back")
{
    Page page;
    page.select(QStringLiteral("sole-warm"));
    page.view->setRegionFilter(QStringLiteral("calf"));
    QTest::keyClicks(page.view->searchField(), QStringLiteral("warm"));
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.view->isShowingEmptyState());
    CHECK(page.view->emptyStateLabel()->isVisible());
    CHECK_FALSE(page.view->listView()->isVisible());
    CHECK(page.view->emptyStateLabel()->text()
        == QStringLiteral("No routine that works on “Calf” matches “warm”. Try another region or clear the search."));
    CHECK(page.view->currentRoutine().isEmpty());
    CHECK_FALSE(page.view->startButton()->isEnabled());

    page.view->setRegionFilter(QString());
    page.view->searchField()->setText(QStringLiteral("xylophone"));
    CHECK(page.view->emptyStateLabel()->text()
        == QStringLiteral("No routine matches “xylophone”. Try other words or clear the search."));

    QTest::mouseClick(page.view->clearFiltersButton(), Qt::LeftButton);
    CHECK_FALSE(page.view->isShowingEmptyState());
    CHECK(page.view->searchField()->text().isEmpty());
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));  // back where it was
    CHECK(page.view->startButton()->isEnabled());
}

TEST_CASE("a region no routine works on yet says so")
{
    core::Problems problems;
    core::PackContent pack = core::readPack(smallPack(), problems);
    pack.regions.push_back({QStringLiteral("glute"), QStringLiteral("Buttock"), core::View::Back, {}, {}, {}});
    core::ContentLibrary library;
    REQUIRE(library.addPack(std::move(pack), problems));

    ui::RoutinesView view(library);
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setRegionFilter(QStringLiteral("glute"));
    CHECK(view.isShowingEmptyState());
    CHECK(view.regionCombo()->currentText() == QStringLiteral("Buttock"));
    CHECK(view.emptyStateLabel()->text()
        == QStringLiteral("No routine works on “Buttock” yet. Try another region or clear the search."));
    CHECK(view.detail()->stepsView()->topLevelItemCount() == 0);
}

TEST_CASE("the detail shows the chosen routine: meta line, cautions, steps and total")
{
    Page page;
    ui::RoutineDetail* detail = page.view->detail();
    page.select(QStringLiteral("calf-calm"));
    CHECK(detail->titleLabel()->text() == QStringLiteral("Calm calves"));
    CHECK(detail->summaryLabel()->text() == QStringLiteral("Two slow minutes for each calf."));
    CHECK(detail->metaLabel()->text()
        == QStringLiteral("3:30 of massage, plus short pauses · Gentle level · Left leg first, then the right"));
    CHECK(detail->cautionsLabel()->text().contains(QStringLiteral("Skip a calf that is swollen, warm or painful.")));
    CHECK(page.stepColumn(ui::RoutineDetail::NumberColumn) == QStringList{QStringLiteral("1"), QStringLiteral("2")});
    CHECK(page.stepColumn(ui::RoutineDetail::RegionColumn) == QStringList{QStringLiteral("Calf"), QStringLiteral("Calf")});
    CHECK(page.stepColumn(ui::RoutineDetail::StrokeColumn) == QStringList{QStringLiteral("Gliding"), QStringLiteral("Kneading")});
    CHECK(page.stepColumn(ui::RoutineDetail::PressureColumn) == QStringList{QStringLiteral("Light"), QStringLiteral("Medium")});
    CHECK(page.stepColumn(ui::RoutineDetail::TimeColumn) == QStringList{QStringLiteral("1:00"), QStringLiteral("0:45")});
    CHECK(detail->stepsView()->headerItem()->text(ui::RoutineDetail::TimeColumn) == QStringLiteral("Each leg"));
    CHECK(detail->stepsView()->topLevelItem(0)->toolTip(0).contains(QStringLiteral("Glide both hands from ankle to knee.")));
    CHECK(detail->totalLabel()->text()
        == QStringLiteral("In all: 3:30 of massage (1:45 for each leg), plus short pauses to get ready and to switch legs."));

    page.select(QStringLiteral("sole-warm"));
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));
    CHECK(detail->titleLabel()->text() == QStringLiteral("Warm soles"));
    CHECK(detail->metaLabel()->text().endsWith(QStringLiteral("Both legs together")));
    CHECK(page.stepColumn(ui::RoutineDetail::RegionColumn) == QStringList{QStringLiteral("Sole")});
    CHECK(page.stepColumn(ui::RoutineDetail::TimeColumn) == QStringList{QStringLiteral("0:30")});
    CHECK(detail->stepsView()->headerItem()->text(ui::RoutineDetail::TimeColumn) == QStringLiteral("Time"));
    // Even a routine without cautions of its own says when to stop.
    CHECK(detail->cautionsLabel()->text().contains(QStringLiteral("Stop at once if anything hurts")));
}

TEST_CASE("showRoutine selects a routine, clearing a filter that hides it")
{
    Page page;
    page.view->setRegionFilter(QStringLiteral("calf"));
    page.view->showRoutine(QStringLiteral("sole-warm"));
    CHECK(page.view->regionFilter().isEmpty());
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));
    CHECK(page.view->detail()->titleLabel()->text() == QStringLiteral("Warm soles"));

    page.view->showRoutine(QStringLiteral("no-such-routine"));
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));
}

TEST_CASE("a shorter session length scales the list, the step times and the totals as the session will")
{
    Page page;
    page.select(QStringLiteral("calf-calm"));
    page.view->setSessionLength(core::SessionLength::percent(50));
    CHECK(page.stepColumn(ui::RoutineDetail::TimeColumn) == QStringList{QStringLiteral("0:30"), QStringLiteral("0:23")});
    CHECK(page.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::LengthColumn) == QStringLiteral("1:46"));
    CHECK(page.listed(QStringLiteral("sole-warm"), ui::RoutineListModel::LengthColumn) == QStringLiteral("0:15"));
    CHECK(page.view->detail()->metaLabel()->text().startsWith(QStringLiteral("1:46 of massage, plus short pauses")));
    CHECK(page.view->detail()->totalLabel()->text().startsWith(QStringLiteral("In all: 1:46 of massage (0:53 for each leg)")));

    // The same numbers the session runs: its steps add up to the massage time shown.
    const core::Routine* routine = page.content.library.routine(QStringLiteral("calf-calm"));
    core::TimelineOptions options;
    options.length = core::SessionLength::percent(50);
    int massage = 0;
    for (const core::Segment& segment : core::buildTimeline(*routine, options).segments)
        if (segment.kind == core::Segment::Kind::Step)
            massage += segment.seconds;
    CHECK(core::formatClock(massage) == QStringLiteral("1:46"));

    page.view->setSessionLength({});
    CHECK(page.stepColumn(ui::RoutineDetail::TimeColumn) == QStringList{QStringLiteral("1:00"), QStringLiteral("0:45")});
    CHECK(page.listed(QStringLiteral("calf-calm"), ui::RoutineListModel::LengthColumn) == QStringLiteral("3:30"));
}

TEST_CASE("no step is shown shorter than five seconds, however short the session")
{
    Page page({true, {}});
    page.view->showRoutine(QStringLiteral("bedtime-wind-down"));
    page.view->setSessionLength(core::SessionLength::minutes(1));
    const QStringList times = page.stepColumn(ui::RoutineDetail::TimeColumn);
    REQUIRE(times.size() == 8);
    CHECK(times.contains(QStringLiteral("0:05")));
    for (const QString& time : times)
        CHECK(time >= QStringLiteral("0:05"));
}

TEST_CASE("Start, Enter on a row and a double-click on a row all ask to start that routine")
{
    Page page;
    QSignalSpy spy(page.view.get(), &ui::RoutinesView::startRoutine);
    page.select(QStringLiteral("calf-calm"));

    QTest::mouseClick(page.view->startButton(), Qt::LeftButton);
    REQUIRE(spy.count() == 1);
    CHECK(spy.takeFirst().at(0).toString() == QStringLiteral("calf-calm"));

    page.select(QStringLiteral("sole-warm"));
    page.view->listView()->setFocus();
    QTest::keyClick(page.view->listView(), Qt::Key_Return);
    REQUIRE(spy.count() == 1);
    CHECK(spy.takeFirst().at(0).toString() == QStringLiteral("sole-warm"));

    QListView* list = page.view->listView();
    const QRect first = list->visualRect(page.model()->index(0, 0));
    // A real double-click: press and release, then the double-click event.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    CHECK(spy.isEmpty());  // one click only selects
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, first.center());
    REQUIRE(spy.count() == 1);
    CHECK(spy.takeFirst().at(0).toString() == QStringLiteral("calf-calm"));
}

TEST_CASE("the keyboard: Ctrl+F lands in the search and Down moves into the results")
{
    Page page;
    page.view->focusSearch();
    CHECK(QApplication::focusWidget() == page.view->searchField());
    QTest::keyClicks(page.view->searchField(), QStringLiteral("warm"));
    QTest::keyClick(page.view->searchField(), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == page.view->listView());
    CHECK(page.view->currentRoutine() == QStringLiteral("sole-warm"));
}

TEST_CASE("every control on the routine page has an accessible name")
{
    Page page;
    page.view->setRegionFilter(QStringLiteral("calf"));
    page.view->searchField()->setText(QStringLiteral("warm"));  // so the empty state's button exists and shows
    page.view->searchField()->clear();
    int checked = 0;
    for (const QWidget* widget : page.view->findChildren<QWidget*>()) {
        // Labels are read by their text; everything else that takes focus needs a name of its own.
        if (widget->focusPolicy() == Qt::NoFocus || widget->window() != page.view.get() || qobject_cast<const QLabel*>(widget))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(test::spokenName(const_cast<QWidget*>(widget)).isEmpty());
        ++checked;
    }
    CHECK(checked >= 6);
    CHECK(test::spokenName(page.view->startButton()) == QStringLiteral("Start this routine"));
    CHECK(page.view->searchField()->accessibleName() == QStringLiteral("Search routines"));
    CHECK_FALSE(page.view->diagram()->accessibleName().isEmpty());
}
