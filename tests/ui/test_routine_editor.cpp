// Making routines one's own, on the real windows the app starts: a routine built from nothing by
// keyboard alone, reordered, undone and redone, refused while a step is wrong, saved, listed as
// one's own, run and deleted; and the editor's other promises (no change lost without asking, a
// file changed on disk not replaced without asking, drag and drop, live totals), import and
// export from the window.
#include "app/startup.h"
#include "core/content/content_store.h"
#include "core/content/routine_check.h"
#include "core/content/routine_json.h"
#include "core/history/history_store.h"
#include "support/fake_asking.h"
#include "support/string_makers.h"
#include "support/temp_home.h"
#include "support/test_paths.h"
#include "ui/history/history_page.h"
#include "ui/leg_diagram.h"
#include "ui/main_window.h"
#include "ui/routines/own_routines.h"
#include "ui/routines/routine_actions.h"
#include "ui/routines/routine_detail.h"
#include "ui/routines/routine_editor.h"
#include "ui/routines/routine_list_model.h"
#include "ui/routines/routines_view.h"
#include "ui/routines/step_list.h"
#include "ui/session/session_view.h"
#include "ui/session/session_window.h"

#include <catch2/catch.hpp>

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace legease;
using Field = core::RoutinePlace::Field;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Keys go where focus is, which must be in the window in front: a key meant for the editor
// pressing a button of the window behind it could open a dialog that waits for ever.
QWidget* keyTarget()
{
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    REQUIRE(target);
    if (QWidget* modal = QApplication::activeModalWidget())
        REQUIRE(target->window() == modal);
    return target;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyTarget();
    QTest::keyClick(target, key, modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(keyTarget(), text);
}

// Replaces what the focused field holds, as a person does with Ctrl+A and typing.
void retype(const QString& text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

void tabUntil(const std::function<bool(QWidget*)>& reached, int most = 40)
{
    QStringList visited;
    for (int i = 0; i < most && !reached(focused()); ++i) {
        visited << (focused() ? QString::fromLatin1(focused()->metaObject()->className()) : QStringLiteral("nothing"));
        press(Qt::Key_Tab);
    }
    INFO("Tab went through: " << visited.join(QStringLiteral(", ")).toStdString());
    REQUIRE(reached(focused()));
}

void tabTo(QWidget* widget)
{
    tabUntil([widget](QWidget* w) { return w == widget; });
}

template <typename W>
W* topLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* found = qobject_cast<W*>(widget); found && found->isVisible())
            return found;
    return nullptr;
}

QStringList listedIds(ui::RoutinesView* view)
{
    QStringList ids;
    QAbstractItemModel* model = view->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::RoutineListModel::IdRole).toString();
    return ids;
}

bool listedAsOwn(ui::RoutinesView* view, const QString& id)
{
    QAbstractItemModel* model = view->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ui::RoutineListModel::IdRole).toString() == id)
            return model->index(row, 0).data(ui::RoutineListModel::OwnRole).toBool();
    return false;
}

// LegEase as main() starts it, with the built-in content, a history and an own pack in a
// temporary folder, and questions answered by the test.
struct App {
    TempHome home;
    FakeAsking asking;
    std::unique_ptr<app::Startup> startup;
    ui::MainWindow* window = nullptr;

    explicit App(const std::function<void(const QString& ownPack)>& before = {})
    {
        if (before)
            before(ownPack());
        app::Surroundings around = home.surroundings();
        around.ownPack = ownPack();
        startup = std::make_unique<app::Startup>(home.options(), around);
        REQUIRE(startup->refusal().isEmpty());
        startup->settings().setSafetyAcknowledged(true);
        REQUIRE(startup->openWindow());
        window = startup->window();
        window->ownRoutines()->setAsking(&asking);
        window->resize(1280, 800);
        activate(window);
    }

    QString ownPack() const { return home.path(QStringLiteral("packs/my-routines")); }
    QString ownFile(const QString& id) const { return QDir(ownPack()).filePath(core::routineFileName(id)); }
    const core::ContentLibrary& library() { return startup->contentStore().library(); }
    ui::OwnRoutines* own() { return window->ownRoutines(); }

    ui::RoutineEditor* waitForEditor()
    {
        ui::RoutineEditor* editor = nullptr;
        [&] { QTRY_VERIFY((editor = own()->editor()) != nullptr); }();
        REQUIRE(editor);
        activate(editor);
        return editor;
    }

    // What a window manager does for a window that asks for activation; the offscreen platform
    // has none. (qWaitForWindowActive counts a dialog as active while its parent is.)
    static void activate(QWidget* window)
    {
        window->activateWindow();
        [&] { QTRY_VERIFY(QApplication::activeWindow() == window); }();
        REQUIRE(QApplication::activeWindow() == window);
    }

    // A routine of one's own, saved as the editor would save it.
    void saveOwn(const core::Routine& routine)
    {
        core::ContentStore& store = startup->contentStore();
        REQUIRE(store.ownPack().save(routine, store.library(), QString(), std::nullopt).status == core::SaveOutcome::Status::Saved);
        store.reload();
    }
};

core::Routine simpleRoutine(const QString& id, const QString& title)
{
    core::Routine routine;
    routine.id = id;
    routine.title = title;
    routine.summary = QStringLiteral("A short one.");
    for (const char* stroke : {"effleurage", "kneading", "compression"}) {
        core::Step step;
        step.region = QStringLiteral("calf");
        step.stroke = QString::fromLatin1(stroke);
        step.seconds = 30;
        step.instruction = QStringLiteral("Work the calf: %1.").arg(QString::fromLatin1(stroke));
        routine.steps.push_back(step);
    }
    return routine;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

}  // namespace

TEST_CASE("a routine is built from nothing by keyboard alone, reordered, undone, refused, saved, run and deleted")
{
    App app;
    press(Qt::Key_2, Qt::ControlModifier);
    ui::RoutinesView* routines = app.window->routinesView();
    const int builtIn = int(app.library().routines().size());

    // Ctrl+N: a new routine, the title first.
    press(Qt::Key_N, Qt::ControlModifier);
    ui::RoutineEditor* editor = app.waitForEditor();
    CHECK(focused() == editor->titleEdit());
    type(QStringLiteral("Evening calves"));
    press(Qt::Key_Tab);
    CHECK(focused() == editor->summaryEdit());
    type(QStringLiteral("Slow strokes before bed."));
    press(Qt::Key_Tab);
    CHECK(focused() == editor->levelCombo());
    press(Qt::Key_Down);
    CHECK(editor->routine().level == core::Level::Moderate);
    press(Qt::Key_Tab);
    CHECK(focused() == editor->sidesCombo());
    press(Qt::Key_Tab);
    CHECK(focused() == editor->cautionsEdit());
    type(QStringLiteral("Skip a calf that is sore."));
    CHECK(editor->routine().cautions == QStringList{QStringLiteral("Skip a calf that is sore.")});

    // No steps yet: that is a problem the loader would name, shown beside the list of steps.
    CHECK(editor->problemLabel(int(Field::Steps))->text() == QStringLiteral("expected an array of 1 to 200 steps, found 0 steps"));
    tabTo(editor->addStepButton());
    press(Qt::Key_Space);
    REQUIRE(editor->routine().steps.size() == 1);
    CHECK(focused() == editor->regionCombo());  // on to what the step does
    CHECK(editor->problemLabel(int(Field::Steps))->isHidden());

    // The region from the leg map, with the arrows and Space.
    press(Qt::Key_Tab);
    REQUIRE(focused() == editor->diagram());
    for (int i = 0; i < 20 && editor->diagram()->keyboardRegion() != QStringLiteral("calf"); ++i)
        press(Qt::Key_Right);
    REQUIRE(editor->diagram()->keyboardRegion() == QStringLiteral("calf"));
    press(Qt::Key_Space);
    CHECK(editor->routine().steps[0].region == QStringLiteral("calf"));
    CHECK(editor->regionCombo()->currentData().toString() == QStringLiteral("calf"));
    CHECK(editor->diagram()->highlightedRegion() == QStringLiteral("calf"));

    // The stroke, with how it is done shown under it.
    press(Qt::Key_Tab);
    CHECK(focused() == editor->strokeCombo());
    press(Qt::Key_Down);
    const core::Stroke* stroke = app.library().stroke(editor->routine().steps[0].stroke);
    REQUIRE(stroke);
    CHECK(editor->howToLabel()->text().startsWith(stroke->howTo));
    press(Qt::Key_Tab);
    CHECK(focused() == editor->pressureCombo());
    press(Qt::Key_Tab);
    CHECK(focused() == editor->directionCombo());
    press(Qt::Key_Home);
    CHECK(editor->routine().steps[0].direction == core::Direction::TowardHeart);
    press(Qt::Key_Tab);
    CHECK(focused() == editor->secondsSpin());
    retype(QStringLiteral("45"));
    press(Qt::Key_Tab);
    CHECK(focused() == editor->tempoSpin());
    retype(QStringLiteral("12"));
    press(Qt::Key_Tab);
    CHECK(focused() == editor->instructionEdit());
    type(QStringLiteral("Glide from ankle to knee."));
    const core::Step first = editor->routine().steps[0];
    CHECK(first.seconds == 45);
    CHECK(first.tempo == 12);
    CHECK(first.instruction == QStringLiteral("Glide from ankle to knee."));

    // A second step from the list of steps (Alt+S reaches it, Insert adds after the chosen one),
    // with a length the format does not allow.
    press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(focused() == editor->stepList());
    press(Qt::Key_Insert);
    REQUIRE(editor->routine().steps.size() == 2);
    CHECK(editor->currentStep() == 1);
    CHECK(editor->routine().steps[1].region == QStringLiteral("calf"));  // like the step before it
    tabTo(editor->secondsSpin());
    retype(QStringLiteral("700"));
    tabTo(editor->instructionEdit());
    type(QStringLiteral("Knead slowly."));

    // Reorder with Alt+Up, undo it and redo it.
    press(Qt::Key_S, Qt::AltModifier);
    REQUIRE(focused() == editor->stepList());
    press(Qt::Key_Up, Qt::AltModifier);
    CHECK(editor->routine().steps[0].instruction == QStringLiteral("Knead slowly."));
    CHECK(editor->currentStep() == 0);
    CHECK(editor->stepModel()->index(0).data().toString().contains(QStringLiteral("11:40")));
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor->routine().steps[0].instruction == QStringLiteral("Glide from ankle to knee."));
    CHECK(editor->currentStep() == 1);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor->routine().steps[0].instruction == QStringLiteral("Knead slowly."));
    press(Qt::Key_Down, Qt::AltModifier);  // and back down with the keys
    CHECK(editor->routine().steps[1].instruction == QStringLiteral("Knead slowly."));

    // Saving is refused while the step is wrong: nothing is written, and focus goes to it.
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(editor->isVisible());
    CHECK_FALSE(QFileInfo::exists(app.ownPack()));
    INFO(editor->statusLabel()->text().toStdString());
    CHECK(editor->statusLabel()->text().startsWith(QStringLiteral("Not saved: 1 thing to fix first")));
    CHECK(editor->currentStep() == 1);
    CHECK(focused() == editor->secondsSpin());
    CHECK(editor->problemLabel(int(Field::Seconds))->text() == QStringLiteral("expected an integer from 5 to 600, found 700"));
    CHECK(editor->stepModel()->index(1).data(ui::StepListModel::ProblemRole).toString().contains(QStringLiteral("found 700")));
    retype(QStringLiteral("60"));
    CHECK(editor->problemLabel(int(Field::Seconds))->isHidden());
    CHECK(editor->statusLabel()->text() == QStringLiteral("Ready to save."));

    // Saved: the editor closes, the file is in the own pack, and the whole app sees it.
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(app.own()->editor() == nullptr);
    const QString file = app.ownFile(QStringLiteral("evening-calves"));
    REQUIRE(QFileInfo::exists(file));
    const core::Routine* saved = app.library().routine(QStringLiteral("evening-calves"));
    REQUIRE(saved);
    CHECK(readBytes(file) == core::routineFileBytes(*saved));
    CHECK(saved->title == QStringLiteral("Evening calves"));
    CHECK(saved->steps.size() == 2);
    CHECK(int(app.library().routines().size()) == builtIn + 1);
    CHECK(routines->currentRoutine() == QStringLiteral("evening-calves"));
    CHECK(listedIds(routines).contains(QStringLiteral("evening-calves")));
    CHECK(listedAsOwn(routines, QStringLiteral("evening-calves")));
    CHECK_FALSE(listedAsOwn(routines, QStringLiteral("circulation-flow")));
    CHECK(routines->actions()->editButton()->isVisible());
    CHECK(routines->actions()->deleteButton()->isVisible());
    routines->setRegionFilter(QStringLiteral("calf"));  // the region filter finds it too
    CHECK(listedIds(routines).contains(QStringLiteral("evening-calves")));
    routines->setRegionFilter(QString());

    // It runs as any routine does, and the session goes into the history.
    App::activate(app.window);
    tabTo(routines->startButton());
    press(Qt::Key_Return);
    ui::SessionWindow* session = nullptr;
    QTRY_VERIFY((session = topLevel<ui::SessionWindow>()) != nullptr);
    App::activate(session);
    ui::SessionView* view = session->view();
    CHECK(view->engine().routine().id == QStringLiteral("evening-calves"));
    CHECK(view->engine().timeline().stepSegmentCount() == 4);  // two steps, each leg
    tabUntil([&](QWidget* w) { return qobject_cast<QPushButton*>(w) && static_cast<QPushButton*>(w)->text() == QStringLiteral("Start session"); });
    press(Qt::Key_Return);
    press(Qt::Key_Escape);  // under a minute in: stops without asking
    tabUntil([&](QWidget* w) { return qobject_cast<QPushButton*>(w) && static_cast<QPushButton*>(w)->text() == QStringLiteral("Done"); });
    press(Qt::Key_Return);
    QTRY_VERIFY(topLevel<ui::SessionWindow>() == nullptr);
    REQUIRE(app.startup->history().isOpen());
    REQUIRE(app.startup->history().count() == 1);
    CHECK(app.startup->history().all().front().routineTitle == QStringLiteral("Evening calves"));

    // Deleted, after a question: gone from the pack and the list, kept in the history.
    App::activate(app.window);
    routines->showRoutine(QStringLiteral("evening-calves"));
    app.asking.confirmAnswers = {true, true};  // delete; and for good, where there is no trash
    tabTo(routines->actions()->deleteButton());
    press(Qt::Key_Space);
    REQUIRE_FALSE(app.asking.asked.isEmpty());
    CHECK(app.asking.asked.front().startsWith(QStringLiteral("confirm: Delete this routine?: Delete “Evening calves”?")));
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK_FALSE(app.library().routine(QStringLiteral("evening-calves")));
    CHECK_FALSE(listedIds(routines).contains(QStringLiteral("evening-calves")));
    CHECK(int(app.library().routines().size()) == builtIn);
    app.window->showPage(ui::Page::History);
    bool filterLists = false;
    for (QComboBox* combo : app.window->historyPage()->findChildren<QComboBox*>())
        filterLists = filterLists || combo->findText(QStringLiteral("Evening calves")) >= 0;
    CHECK(filterLists);
    CHECK(app.startup->history().count(QStringLiteral("evening-calves")) == 1);
}

TEST_CASE("every change in the editor is undone and redone, and the fields' own undo never gets in the way")
{
    App app;
    app.saveOwn(simpleRoutine(QStringLiteral("mine"), QStringLiteral("Mine")));
    ui::RoutineEditor* editor = app.own()->edit(QStringLiteral("mine"));
    REQUIRE(editor);
    App::activate(editor);
    CHECK_FALSE(editor->isModified());
    QUndoStack* undo = editor->undoStack();

    // Typing is one step per field; Ctrl+Z in the field undoes the editor's step.
    editor->titleEdit()->setFocus();
    editor->titleEdit()->end(false);
    type(QStringLiteral(" and more"));
    CHECK(editor->routine().title == QStringLiteral("Mine and more"));
    CHECK(undo->count() == 1);
    CHECK(editor->isModified());
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor->titleEdit()->text() == QStringLiteral("Mine"));
    CHECK_FALSE(editor->isModified());
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor->titleEdit()->text() == QStringLiteral("Mine and more"));
    press(Qt::Key_Z, Qt::ControlModifier);

    // Every other kind of change, each undone in turn back to the routine as it was.
    const core::Routine original = editor->routine();
    editor->summaryEdit()->setText(QStringLiteral("Changed."));
    editor->levelCombo()->setCurrentIndex(2);
    editor->sidesCombo()->setCurrentIndex(2);
    editor->cautionsEdit()->setPlainText(QStringLiteral("One\n\nTwo"));
    CHECK(editor->routine().cautions == QStringList{QStringLiteral("One"), QStringLiteral("Two")});
    editor->setCurrentStep(1);
    editor->regionCombo()->setCurrentIndex(0);
    editor->strokeCombo()->setCurrentIndex(0);
    editor->pressureCombo()->setCurrentIndex(2);
    editor->directionCombo()->setCurrentIndex(1);
    editor->secondsSpin()->setValue(90);
    editor->tempoSpin()->setValue(30);
    editor->instructionEdit()->setPlainText(QStringLiteral("Something else."));
    editor->addStep();
    editor->duplicateStep();
    editor->moveStep(3, 0);
    editor->removeStep();
    const core::Routine changed = editor->routine();
    CHECK_FALSE(core::sameRoutine(changed, original));
    CHECK(undo->count() >= 14);  // one step each; the region and stroke may have been the first already
    while (undo->canUndo())
        undo->undo();
    CHECK(core::sameRoutine(editor->routine(), original));
    CHECK(editor->summaryEdit()->text() == original.summary);
    CHECK(editor->cautionsEdit()->toPlainText() == original.cautions.join(QLatin1Char('\n')));
    CHECK_FALSE(editor->isModified());
    while (undo->canRedo())
        undo->redo();
    CHECK(core::sameRoutine(editor->routine(), changed));
    CHECK(editor->tempoSpin()->value() == editor->routine().steps[std::size_t(editor->currentStep())].tempo.value_or(0));

    // Closing with changes asks: Cancel stays, Discard leaves the file as it was.
    app.asking.unsavedAnswers = {ui::Asking::Unsaved::Cancel, ui::Asking::Unsaved::Discard};
    press(Qt::Key_Escape);
    CHECK(editor->isVisible());
    CHECK(app.asking.asked.last() == QStringLiteral("unsaved: Mine"));
    const QByteArray before = readBytes(app.ownFile(QStringLiteral("mine")));
    editor->close();
    QTRY_VERIFY(app.own()->editor() == nullptr);
    CHECK(readBytes(app.ownFile(QStringLiteral("mine"))) == before);
}

TEST_CASE("closing asks to save: saving a wrong routine stays open, a right one is saved and closes")
{
    App app;
    app.saveOwn(simpleRoutine(QStringLiteral("mine"), QStringLiteral("Mine")));
    ui::RoutineEditor* editor = app.own()->edit(QStringLiteral("mine"));
    REQUIRE(editor);
    editor->titleEdit()->clear();
    app.asking.unsavedAnswers = {ui::Asking::Unsaved::Save, ui::Asking::Unsaved::Save};
    editor->close();
    CHECK(editor->isVisible());  // the title is missing: nothing saved, still open
    CHECK(editor->problemLabel(int(Field::Title))->text() == QStringLiteral("expected text of at most 120 characters, found empty text"));
    editor->titleEdit()->setText(QStringLiteral("Mine, changed"));
    editor->close();
    QTRY_VERIFY(app.own()->editor() == nullptr);
    CHECK(app.library().routine(QStringLiteral("mine"))->title == QStringLiteral("Mine, changed"));  // same id, same file

    // A new routine nobody touched closes without a question.
    const int asked = int(app.asking.asked.size());
    editor = app.own()->newRoutine();
    REQUIRE(editor);
    editor->close();
    QTRY_VERIFY(app.own()->editor() == nullptr);
    CHECK(int(app.asking.asked.size()) == asked);
}

TEST_CASE("a step dragged to a new place moves there, and the move can be undone")
{
    App app;
    ui::RoutineEditor* editor = app.own()->duplicate(QStringLiteral("circulation-flow"));
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    const core::Routine copy = editor->routine();
    CHECK(copy.title == QStringLiteral("Circulation flow (copy)"));
    CHECK(copy.id == QStringLiteral("circulation-flow-copy"));
    ui::StepListView* list = editor->stepList();

    // Drag the first step onto the lower half of the third: it lands after it.
    const QModelIndex third = editor->stepModel()->index(2);
    const QRect rect = list->visualRect(third);
    std::unique_ptr<QMimeData> data(editor->stepModel()->mimeData({editor->stepModel()->index(0)}));
    const QPoint lowerHalf(rect.center().x(), rect.bottom() - 2);
    QDragEnterEvent enter(lowerHalf, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);  // the drop goes where the drag entered
    CHECK(enter.isAccepted());
    QDropEvent drop(lowerHalf, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    CHECK(drop.isAccepted());
    REQUIRE(editor->routine().steps.size() == copy.steps.size());
    CHECK(editor->routine().steps[2].instruction == copy.steps[0].instruction);
    CHECK(editor->routine().steps[0].instruction == copy.steps[1].instruction);
    CHECK(editor->currentStep() == 2);
    editor->undoStack()->undo();
    CHECK(core::sameRoutine(editor->routine(), copy));

    // Something else dropped on the list is not a step.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(rect.center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &refused);
    CHECK_FALSE(refused.isAccepted());
    CHECK(core::sameRoutine(editor->routine(), copy));
    CHECK(app.library().routine(QStringLiteral("circulation-flow"))->title == QStringLiteral("Circulation flow"));  // untouched
    app.asking.unsavedAnswers = {ui::Asking::Unsaved::Discard};
    editor->close();
}

TEST_CASE("the totals follow every change: per leg, in all, and with the pauses")
{
    App app;
    app.startup->settings().setGetReadySeconds(10);
    app.startup->settings().setSwitchLegsSeconds(20);
    app.saveOwn(simpleRoutine(QStringLiteral("mine"), QStringLiteral("Mine")));
    ui::RoutineEditor* editor = app.own()->edit(QStringLiteral("mine"));
    REQUIRE(editor);
    App::activate(editor);
    CHECK(editor->totalLabel()->text()
        == QStringLiteral("In all 3:00 of massage, 1:30 for each leg; 3:30 with the pauses to get ready and switch legs."));
    editor->secondsSpin()->setFocus();
    retype(QStringLiteral("90"));
    CHECK(editor->totalLabel()->text()
        == QStringLiteral("In all 5:00 of massage, 2:30 for each leg; 5:30 with the pauses to get ready and switch legs."));
    editor->sidesCombo()->setCurrentIndex(editor->sidesCombo()->findData(int(core::Sides::BothTogether)));
    CHECK(editor->totalLabel()->text() == QStringLiteral("In all 2:30 of massage for both legs together; 2:40 with the pause to get ready."));
    app.asking.unsavedAnswers = {ui::Asking::Unsaved::Discard};
    editor->close();
}

TEST_CASE("a routine file changed by hand since the editor opened it is replaced only after a yes")
{
    App app;
    app.saveOwn(simpleRoutine(QStringLiteral("mine"), QStringLiteral("Mine")));
    ui::RoutineEditor* editor = app.own()->edit(QStringLiteral("mine"));
    REQUIRE(editor);
    editor->summaryEdit()->setText(QStringLiteral("From the editor."));
    const QByteArray byHand = "{ \"id\": \"mine\", broken by hand";
    {
        QFile file(app.ownFile(QStringLiteral("mine")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(byHand);
    }
    app.asking.confirmAnswers = {false};
    CHECK_FALSE(editor->save());
    REQUIRE_FALSE(app.asking.asked.isEmpty());
    CHECK(app.asking.asked.last().contains(QStringLiteral("routines/mine.json was changed outside LegEase since you opened it")));
    CHECK(app.asking.asked.last().contains(QStringLiteral("routines/mine.json:1:17: ")));  // and what is wrong with it now
    CHECK(readBytes(app.ownFile(QStringLiteral("mine"))) == byHand);
    CHECK(editor->isVisible());
    app.asking.confirmAnswers = {true};
    CHECK(editor->save());
    CHECK(readBytes(app.ownFile(QStringLiteral("mine"))).contains("From the editor."));
}

TEST_CASE("a file broken by hand in one's own pack: the editor says so and leaves it alone")
{
    App app([](const QString& ownPack) {
        QDir().mkpath(QDir(ownPack).filePath(QStringLiteral("routines")));
        QFile file(QDir(ownPack).filePath(QStringLiteral("routines/old.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "old", "title": "Old", "summary": "S", "level": "gentle", "sides": "both-together", "steps": []})");
    });
    REQUIRE(app.startup->contentStore().ownPackReport());
    CHECK_FALSE(app.startup->contentStore().ownPackReport()->loaded);
    ui::RoutineEditor* editor = app.own()->newRoutine();
    REQUIRE(editor);
    CHECK(editor->noticeLabel()->isVisible());
    CHECK(editor->noticeLabel()->text().contains(
        QStringLiteral("routines/old.json: /steps: expected an array of 1 to 200 steps, found 0 steps")));
    CHECK(editor->noticeLabel()->text().contains(QStringLiteral("LegEase does not change that file without asking")));

    // A new routine is saved beside it, never over it: "old" is taken by the broken file.
    editor->titleEdit()->setText(QStringLiteral("Old"));
    CHECK(editor->routine().id == QStringLiteral("old-2"));
    const QByteArray broken = readBytes(app.ownFile(QStringLiteral("old")));
    editor->summaryEdit()->setText(QStringLiteral("New."));
    editor->addStep();
    editor->instructionEdit()->setPlainText(QStringLiteral("Glide."));
    CHECK(editor->save());
    CHECK(readBytes(app.ownFile(QStringLiteral("old"))) == broken);
    CHECK(QFileInfo::exists(app.ownFile(QStringLiteral("old-2"))));
}

TEST_CASE("a routine file dropped on the window is imported and shown, and a broken one is refused with the loader's words")
{
    App app;
    app.window->showPage(ui::Page::Routines);
    const QString good = app.home.path(QStringLiteral("shared.json"));
    app.asking.files = {good};
    REQUIRE(app.own()->exportRoutine(QStringLiteral("circulation-flow")));
    CHECK(app.asking.asked.last().startsWith(QStringLiteral("save: Export routine: ")));
    REQUIRE(QFileInfo::exists(good));

    // Dropped: checked, renamed because the id is taken, written, shown.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(good)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(app.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(app.window, &drop);
    QTRY_VERIFY(app.library().routine(QStringLiteral("circulation-flow-imported")) != nullptr);
    CHECK(app.library().routine(QStringLiteral("circulation-flow-imported"))->title == QStringLiteral("Circulation flow (imported)"));
    CHECK(app.window->routinesView()->currentRoutine() == QStringLiteral("circulation-flow-imported"));
    CHECK(listedAsOwn(app.window->routinesView(), QStringLiteral("circulation-flow-imported")));
    CHECK(app.asking.asked.last().contains(QStringLiteral("“circulation-flow” was already there")));

    // File > Import routine...: a broken file lists its problems as the loader words them.
    const QString broken = testData(QStringLiteral("broken/many-problems-one-file/routines/r.json"));
    app.asking.files = {broken};
    CHECK(app.own()->chooseAndImport().isEmpty());
    REQUIRE(app.asking.problemLists.size() == 1);
    QStringList lines;
    for (const core::Problem& problem : app.asking.problemLists.front())
        lines << problem.toString();
    CHECK(lines.contains(QStringLiteral("r.json: /steps/0/seconds: expected an integer from 5 to 600, found 0")));
    CHECK(lines.size() == 5);
    CHECK(app.asking.asked.last().contains(QStringLiteral("was not imported, and nothing was changed")));

    // All of one's own as one file.
    const QString bundle = app.home.path(QStringLiteral("all.json"));
    app.asking.files = {bundle};
    CHECK(app.own()->exportAll());
    CHECK(readBytes(bundle).contains("circulation-flow-imported"));
}

TEST_CASE("built-in routines can be duplicated and exported, but only one's own edited and deleted")
{
    App app;
    app.window->showPage(ui::Page::Routines);
    ui::RoutinesView* routines = app.window->routinesView();
    routines->showRoutine(QStringLiteral("circulation-flow"));
    ui::RoutineActions* actions = routines->actions();
    CHECK(actions->duplicateButton()->isVisible());
    CHECK(actions->exportButton()->isVisible());
    CHECK_FALSE(actions->editButton()->isVisible());
    CHECK_FALSE(actions->deleteButton()->isVisible());
    CHECK(actions->newButton()->isEnabled());
    CHECK(app.own()->edit(QStringLiteral("circulation-flow")) == nullptr);
    CHECK_FALSE(app.own()->remove(QStringLiteral("circulation-flow")));

    // A window that only shows content has nothing to save to.
    core::LoadedContent fixed = core::loadContent({true, {}});
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("x.conf")), QSettings::IniFormat);
    core::AppSettings settings(store);
    core::HistoryStore history(dir.filePath(QStringLiteral("h.sqlite")));
    ui::MainWindow shown(fixed, settings, history);
    CHECK_FALSE(shown.ownRoutines()->canSave());
    CHECK(shown.ownRoutines()->newRoutine() == nullptr);
    shown.showPage(ui::Page::Routines);
    CHECK_FALSE(shown.routinesView()->actions()->newButton()->isEnabled());
}
