#include "ui/routines/routine_editor.h"

#include "core/content/content_store.h"
#include "core/content/json_enum_names.h"
#include "core/content/routine_check.h"
#include "core/content/routine_json.h"
#include "ui/asking.h"
#include "ui/color_mix.h"
#include "ui/content_words.h"
#include "ui/keyboard.h"
#include "ui/leg_diagram.h"
#include "ui/routines/step_list.h"

#include <QAction>
#include <QCoreApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace legease::ui {

using Field = core::RoutinePlace::Field;

namespace {

constexpr int kNewStepSeconds = 30;

int key(Field field)
{
    return int(field);
}

QStringList cautionLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line;
    return lines;
}

// A problem in words for the place beside its field; warnings say so.
QString problemText(const core::Problem& problem)
{
    return problem.severity == core::Severity::Warning
        ? QCoreApplication::translate("legease::ui::RoutineEditor", "Warning: %1").arg(problem.message)
        : problem.message;
}

void setTextKeepingCursor(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0);  // a long text shows its beginning
}

void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

template <typename E, std::size_t N>
void fillChoices(QComboBox* combo, const std::array<core::Choice<E>, N>& choices, QString (*words)(E))
{
    for (const auto& choice : choices)
        combo->addItem(words(choice.value), int(choice.value));
}

}  // namespace

// One undoable change: the whole routine before and after (a routine is small), and the step
// that was shown, so undoing a change brings its step back into view.
class RoutineEditor::EditCommand : public QUndoCommand {
public:
    EditCommand(RoutineEditor* editor, State before, State after, const QString& text, int mergeId)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }

    void undo() override { m_editor->applyState(m_before); }
    void redo() override { m_editor->applyState(m_after); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);
        if (next->m_after.current != m_after.current)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    RoutineEditor* m_editor;
    State m_before;
    State m_after;
    int m_mergeId;
};

RoutineEditor::RoutineEditor(const core::ContentStore& store, core::Routine routine, std::optional<QByteArray> onDisk,
    const core::TimelineOptions& timing, Asking& asking, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_asking(asking)
    , m_timing(timing)
    , m_onDisk(std::move(onDisk))
    , m_undo(new QUndoStack(this))
{
    m_timing.length = {};  // the routine as written: what the seconds fields say
    m_state.routine = std::move(routine);
    m_state.current = m_state.routine.steps.empty() ? -1 : 0;
    useButtonKeys();
    showFocusFromTheStart(this);
    build();
    buildActions();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { setWindowModified(isModified()); });
    refresh();
    showNotice();
    m_title->setFocus(Qt::OtherFocusReason);
}

RoutineEditor::~RoutineEditor()
{
    // The undo stack, a child, is cleared (and says so) only after this editor's own part is
    // gone: nothing of that may reach the editor any more.
    disconnect(m_undo, nullptr, this, nullptr);
}

void RoutineEditor::build()
{
    const core::ContentLibrary& library = m_store.library();
    setWindowTitle(isNew() ? tr("New routine[*] · LegEase") : tr("Edit routine[*] · LegEase"));
    setSizeGripEnabled(true);

    const auto problemLabel = [this](Field field) {
        auto* label = new QLabel;
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        label->setFont(small);
        label->hide();
        m_problemLabels.insert(key(field), label);
        return label;
    };
    // A field with its label above it and its problem below.
    const auto fieldBlock = [](QLabel* label, QWidget* field, QLabel* problem) {
        auto* block = new QVBoxLayout;
        block->setSpacing(2);
        block->addWidget(label);
        block->addWidget(field);
        block->addWidget(problem);
        label->setBuddy(field);
        return block;
    };

    m_notice = new QLabel;
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->hide();

    // The routine.
    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("For example: Evening calves"));
    m_summary = new QLineEdit;
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("One sentence: what it is for"));
    m_level = new QComboBox;
    m_level->setAccessibleName(tr("Level"));
    fillChoices(m_level, core::levelChoices, &levelWords);
    m_sides = new QComboBox;
    m_sides->setAccessibleName(tr("Legs"));
    fillChoices(m_sides, core::sidesChoices, &sidesWords);
    m_cautions = new QPlainTextEdit;
    m_cautions->setAccessibleName(tr("Cautions"));
    m_cautions->setAccessibleDescription(tr("One caution a line, shown before the routine starts."));
    m_cautions->setPlaceholderText(tr("One a line, for example: Skip a leg that is swollen on one side only."));
    m_cautions->setTabChangesFocus(true);
    m_cautions->setUndoRedoEnabled(false);
    m_cautions->setFixedHeight(m_cautions->fontMetrics().lineSpacing() * 3 + 14);

    auto* routineLayout = new QVBoxLayout;
    routineLayout->setSpacing(6);
    routineLayout->addLayout(fieldBlock(new QLabel(tr("&Title")), m_title, problemLabel(Field::Title)));
    m_problemLabels.insert(key(Field::Id), m_problemLabels.value(key(Field::Title)));
    routineLayout->addLayout(fieldBlock(new QLabel(tr("Su&mmary")), m_summary, problemLabel(Field::Summary)));
    auto* choices = new QHBoxLayout;
    choices->addLayout(fieldBlock(new QLabel(tr("&Level")), m_level, problemLabel(Field::Level)), 1);
    choices->addLayout(fieldBlock(new QLabel(tr("Le&gs")), m_sides, problemLabel(Field::Sides)), 2);
    routineLayout->addLayout(choices);
    routineLayout->addLayout(fieldBlock(new QLabel(tr("&Cautions")), m_cautions, problemLabel(Field::Cautions)));

    // The steps.
    m_stepModel = new StepListModel(library, this);
    m_stepList = new StepListView;
    m_stepList->setModel(m_stepModel);
    m_stepList->setAccessibleName(tr("Steps"));
    m_stepList->setAccessibleDescription(tr("Drag a step, or press Alt+Up or Alt+Down, to move it."));
    m_stepList->setMinimumHeight(90);
    m_add = new QPushButton(tr("&Add step"));
    m_duplicate = new QPushButton(tr("D&uplicate"));
    m_duplicate->setAccessibleName(tr("Duplicate step"));
    m_remove = new QPushButton(tr("Remo&ve"));
    m_remove->setAccessibleName(tr("Remove step"));
    m_up = new QPushButton(tr("Up"));
    m_up->setAccessibleName(tr("Up: move the step earlier"));
    m_up->setToolTip(tr("Move the step earlier (Alt+Up)"));
    m_down = new QPushButton(tr("Down"));
    m_down->setAccessibleName(tr("Down: move the step later"));
    m_down->setToolTip(tr("Move the step later (Alt+Down)"));
    for (QPushButton* button : {m_add, m_duplicate, m_remove, m_up, m_down})
        button->setAutoDefault(false);
    auto* stepButtons = new QGridLayout;
    stepButtons->setSpacing(4);
    stepButtons->addWidget(m_add, 0, 0);
    stepButtons->addWidget(m_duplicate, 0, 1);
    stepButtons->addWidget(m_remove, 0, 2);
    stepButtons->addWidget(m_up, 1, 0);
    stepButtons->addWidget(m_down, 1, 1);
    auto* stepsLabel = new QLabel(tr("&Steps"));
    QFont bold = stepsLabel->font();
    bold.setBold(true);
    stepsLabel->setFont(bold);
    auto* stepsBlock = fieldBlock(stepsLabel, m_stepList, problemLabel(Field::Steps));
    stepsBlock->setStretch(1, 1);
    routineLayout->addSpacing(4);
    routineLayout->addLayout(stepsBlock, 1);
    routineLayout->addLayout(stepButtons);

    auto* left = new QWidget;
    left->setLayout(routineLayout);
    routineLayout->setContentsMargins(0, 0, 8, 0);

    // The step shown.
    m_stepHeading = new QLabel;
    m_stepHeading->setFont(bold);
    m_region = new QComboBox;
    m_region->setAccessibleName(tr("Region"));
    for (const core::Region& region : library.regions())
        m_region->addItem(region.name, region.id);
    m_diagram = new LegDiagram(&library);
    m_diagram->setClickable(true);
    m_diagram->setMinimumHeight(110);
    m_diagram->setMaximumHeight(190);
    m_diagram->setToolTip(tr("Click a part of the leg, or pick it with the arrow keys and Space, to work on it in this step."));
    m_stroke = new QComboBox;
    m_stroke->setAccessibleName(tr("Stroke"));
    for (const core::Stroke& stroke : library.strokes())
        m_stroke->addItem(stroke.name, stroke.id);
    m_howTo = new QLabel;
    m_howTo->setWordWrap(true);
    m_howTo->setTextFormat(Qt::PlainText);
    m_howTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_howTo->setForegroundRole(QPalette::PlaceholderText);
    m_pressure = new QComboBox;
    m_pressure->setAccessibleName(tr("Pressure"));
    fillChoices(m_pressure, core::pressureChoices, &pressureWords);
    m_direction = new QComboBox;
    m_direction->setAccessibleName(tr("Direction"));
    fillChoices(m_direction, core::directionChoices, &directionChoiceWords);
    m_seconds = new QSpinBox;
    m_seconds->setAccessibleName(tr("Seconds"));
    // Wider than the format allows, so a value out of range is shown as the loader words it.
    m_seconds->setRange(0, 9999);
    m_seconds->setSuffix(tr(" s", "seconds"));
    m_seconds->setAccessibleDescription(tr("How long the step lasts on each leg, 5 to 600 seconds."));
    m_tempo = new QSpinBox;
    m_tempo->setAccessibleName(tr("Tempo"));
    m_tempo->setRange(0, 999);
    m_tempo->setSpecialValueText(tr("No set tempo"));
    m_tempo->setSuffix(tr(" a minute", "strokes"));
    m_tempo->setAccessibleDescription(tr("Strokes a minute, 1 to 120; 0 leaves the tempo to you."));
    m_instruction = new QPlainTextEdit;
    m_instruction->setAccessibleName(tr("Instruction"));
    m_instruction->setAccessibleDescription(tr("What to do, in words a beginner can follow."));
    m_instruction->setTabChangesFocus(true);
    m_instruction->setUndoRedoEnabled(false);
    m_instruction->setMinimumHeight(m_instruction->fontMetrics().lineSpacing() * 3 + 14);

    auto* stepLayout = new QVBoxLayout;
    stepLayout->setSpacing(6);
    stepLayout->addWidget(m_stepHeading);
    stepLayout->addWidget(problemLabel(Field::Step));
    auto* regionBlock = fieldBlock(new QLabel(tr("&Region")), m_region, problemLabel(Field::Region));
    regionBlock->addWidget(m_diagram);
    stepLayout->addLayout(regionBlock);
    auto* strokeBlock = fieldBlock(new QLabel(tr("Stro&ke")), m_stroke, problemLabel(Field::Stroke));
    strokeBlock->insertWidget(2, m_howTo);
    stepLayout->addLayout(strokeBlock);
    auto* how = new QGridLayout;
    how->setHorizontalSpacing(10);
    how->addLayout(fieldBlock(new QLabel(tr("&Pressure")), m_pressure, problemLabel(Field::Pressure)), 0, 0);
    how->addLayout(fieldBlock(new QLabel(tr("&Direction")), m_direction, problemLabel(Field::Direction)), 0, 1);
    how->addLayout(fieldBlock(new QLabel(tr("S&econds")), m_seconds, problemLabel(Field::Seconds)), 1, 0);
    how->addLayout(fieldBlock(new QLabel(tr("Temp&o")), m_tempo, problemLabel(Field::Tempo)), 1, 1);
    how->setColumnStretch(0, 1);
    how->setColumnStretch(1, 1);
    stepLayout->addLayout(how);
    stepLayout->addLayout(fieldBlock(new QLabel(tr("&Instruction")), m_instruction, problemLabel(Field::Instruction)), 1);

    m_stepForm = new QWidget;
    m_stepForm->setLayout(stepLayout);
    // Lines of about ninety characters, as on the Routines page; a wide window leaves the rest.
    m_stepForm->setMaximumWidth(fontMetrics().averageCharWidth() * 90 + 40);
    stepLayout->setContentsMargins(8, 0, 4, 0);
    m_noSteps = new QLabel(tr("No steps yet. Add a step to choose a part of the leg, a stroke and how long it lasts."));
    m_noSteps->setWordWrap(true);
    m_noSteps->setAlignment(Qt::AlignCenter);
    m_noSteps->setForegroundRole(QPalette::PlaceholderText);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* formRow = new QHBoxLayout;
    formRow->setContentsMargins(0, 0, 0, 0);
    formRow->addWidget(m_stepForm, 1);
    formRow->addStretch(0);
    rightLayout->addLayout(formRow, 1);
    rightLayout->addWidget(m_noSteps, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // its fields take focus; the frame has nothing to say
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // What it adds up to, and saving.
    m_total = new QLabel;
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);
    m_file = new QLabel;
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_undoButton = new QToolButton;
    m_redoButton = new QToolButton;
    m_save = new QPushButton(tr("Save"));
    m_save->setAutoDefault(false);
    m_save->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto* summaryColumn = new QVBoxLayout;
    summaryColumn->setSpacing(2);
    summaryColumn->addWidget(m_total);
    summaryColumn->addWidget(m_file);
    summaryColumn->addWidget(m_status);
    summaryColumn->addWidget(problemLabel(Field::Routine));
    auto* footer = new QHBoxLayout;
    footer->addLayout(summaryColumn, 1);
    footer->addWidget(m_undoButton, 0, Qt::AlignBottom);
    footer->addWidget(m_redoButton, 0, Qt::AlignBottom);
    footer->addSpacing(12);
    footer->addWidget(m_cancel, 0, Qt::AlignBottom);
    footer->addWidget(m_save, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addLayout(footer);

    // The tab order follows the page: the routine, its steps, the step shown, then saving.
    QWidget* order[] = {m_title, m_summary, m_level, m_sides, m_cautions, m_stepList, m_add, m_duplicate, m_remove, m_up,
        m_down, m_region, m_diagram, m_stroke, m_pressure, m_direction, m_seconds, m_tempo, m_instruction, m_undoButton,
        m_redoButton, m_cancel, m_save};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (QWidget* text : std::initializer_list<QWidget*>{m_title, m_summary, m_cautions, m_instruction, m_seconds, m_tempo})
        takeUndoKeys(text);

    // People's changes become undoable steps; refresh() puts the state back without any.
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        change(tr("Change the title"), key(Field::Title), [&text](State& s) { s.routine.title = text; });
    });
    connect(m_summary, &QLineEdit::textChanged, this, [this](const QString& text) {
        change(tr("Change the summary"), key(Field::Summary), [&text](State& s) { s.routine.summary = text; });
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const auto level = core::Level(m_level->currentData().toInt());
        change(tr("Change the level"), -1, [level](State& s) { s.routine.level = level; });
    });
    connect(m_sides, &QComboBox::currentIndexChanged, this, [this] {
        const auto sides = core::Sides(m_sides->currentData().toInt());
        change(tr("Change the legs"), -1, [sides](State& s) { s.routine.sides = sides; });
    });
    connect(m_cautions, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList cautions = cautionLines(m_cautions->toPlainText());
        change(tr("Change the cautions"), key(Field::Cautions), [&cautions](State& s) { s.routine.cautions = cautions; });
    });
    connect(m_stepList->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (!m_refreshing && index.isValid())
            setCurrentStep(index.row());
    });
    connect(m_stepList, &StepListView::moveRequested, this, &RoutineEditor::moveStep);
    connect(m_add, &QPushButton::clicked, this, &RoutineEditor::addStep);
    connect(m_duplicate, &QPushButton::clicked, this, &RoutineEditor::duplicateStep);
    connect(m_remove, &QPushButton::clicked, this, &RoutineEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(m_state.current, m_state.current - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(m_state.current, m_state.current + 1); });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        const QString region = m_region->currentData().toString();
        changeStep(tr("Change the region"), -1, [&region](core::Step& step) { step.region = region; });
    });
    connect(m_diagram, &LegDiagram::regionClicked, this, [this](const QString& region) {
        changeStep(tr("Change the region"), -1, [&region](core::Step& step) { step.region = region; });
    });
    connect(m_stroke, &QComboBox::currentIndexChanged, this, [this] {
        const QString stroke = m_stroke->currentData().toString();
        changeStep(tr("Change the stroke"), -1, [&stroke](core::Step& step) { step.stroke = stroke; });
    });
    connect(m_pressure, &QComboBox::currentIndexChanged, this, [this] {
        const auto pressure = core::Pressure(m_pressure->currentData().toInt());
        changeStep(tr("Change the pressure"), -1, [pressure](core::Step& step) { step.pressure = pressure; });
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        const auto direction = core::Direction(m_direction->currentData().toInt());
        changeStep(tr("Change the direction"), -1, [direction](core::Step& step) { step.direction = direction; });
    });
    connect(m_seconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        changeStep(tr("Change the seconds"), key(Field::Seconds), [seconds](core::Step& step) { step.seconds = seconds; });
    });
    connect(m_tempo, &QSpinBox::valueChanged, this, [this](int tempo) {
        changeStep(tr("Change the tempo"), key(Field::Tempo), [tempo](core::Step& step) {
            step.tempo = tempo > 0 ? std::optional<int>(tempo) : std::nullopt;
        });
    });
    connect(m_instruction, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_instruction->toPlainText();
        changeStep(tr("Change the instruction"), key(Field::Instruction), [&text](core::Step& step) { step.instruction = text; });
    });
    connect(m_save, &QPushButton::clicked, this, &RoutineEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &RoutineEditor::close);
}

void RoutineEditor::buildActions()
{
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(QKeySequence::Redo)});
    addAction(undo);
    addAction(redo);
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The action's text names what it undoes ("Undo Change the title"); the button keeps it short.
    const auto keepShort = [](QToolButton* button, const QString& text, const QKeySequence& key) {
        const auto set = [button, text, key] {
            button->setText(text);
            button->setToolTip(QStringLiteral("%1 (%2)").arg(button->defaultAction()->text(), key.toString(QKeySequence::NativeText)));
            button->setAccessibleName(text);
            button->setAccessibleDescription(button->defaultAction()->text());
        };
        QObject::connect(button->defaultAction(), &QAction::changed, button, set);
        set();
    };
    keepShort(m_undoButton, tr("Undo"), QKeySequence(QKeySequence::Undo));
    keepShort(m_redoButton, tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    auto* save = new QAction(tr("Save"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &RoutineEditor::save);
    addAction(save);

    // Moving and removing steps from the list of steps.
    const auto listAction = [this](const QKeySequence& key, const std::function<void()>& act) {
        auto* action = new QAction(m_stepList);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, act);
        m_stepList->addAction(action);
    };
    listAction(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveStep(m_state.current, m_state.current - 1); });
    listAction(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveStep(m_state.current, m_state.current + 1); });
    listAction(QKeySequence(Qt::Key_Delete), [this] { removeStep(); });
    listAction(QKeySequence(Qt::Key_Insert), [this] { addStep(); });
}

core::Routine RoutineEditor::routine() const
{
    core::Routine routine = m_state.routine;
    if (isNew())
        routine.id = m_store.ownPack().newId(routine.title, m_store.library());
    return routine;
}

bool RoutineEditor::isModified() const
{
    return !m_undo->isClean();
}

void RoutineEditor::setCurrentStep(int step)
{
    if (m_state.routine.steps.empty() || step < 0 || step >= int(m_state.routine.steps.size()) || step == m_state.current)
        return;
    m_state.current = step;
    refresh();
}

void RoutineEditor::change(const QString& what, int mergeField, const std::function<void(State&)>& edit)
{
    if (m_refreshing)
        return;
    State after = m_state;
    edit(after);
    if (core::sameRoutine(after.routine, m_state.routine) && after.current == m_state.current)
        return;
    // Typing into one field of one step is one undo step; the step number is part of the id.
    const int mergeId = mergeField < 0 ? -1 : mergeField * 1000 + std::max(0, after.current);
    m_undo->push(new EditCommand(this, m_state, std::move(after), what, mergeId));
}

void RoutineEditor::changeStep(const QString& what, int mergeField, const std::function<void(core::Step&)>& edit)
{
    if (m_state.current < 0)
        return;
    change(what, mergeField, [&](State& s) { edit(s.routine.steps[std::size_t(s.current)]); });
}

void RoutineEditor::applyState(const State& state)
{
    m_state = state;
    refresh();
}

void RoutineEditor::addStep()
{
    const core::ContentLibrary& library = m_store.library();
    change(tr("Add a step"), -1, [&library](State& s) {
        core::Step step;
        const core::Step* like = s.current >= 0 ? &s.routine.steps[std::size_t(s.current)] : nullptr;
        step.region = like ? like->region : (library.regions().empty() ? QString() : library.regions().front().id);
        step.stroke = like ? like->stroke : (library.strokes().empty() ? QString() : library.strokes().front().id);
        step.seconds = kNewStepSeconds;
        if (const core::Stroke* stroke = library.stroke(step.stroke); stroke && stroke->pressure)
            step.pressure = *stroke->pressure;
        const int at = s.current + 1;
        s.routine.steps.insert(s.routine.steps.begin() + at, step);
        s.current = at;
    });
    m_region->setFocus(Qt::OtherFocusReason);  // on to choosing what the new step does
}

void RoutineEditor::duplicateStep()
{
    if (m_state.current < 0)
        return;
    change(tr("Duplicate a step"), -1, [](State& s) {
        const core::Step copy = s.routine.steps[std::size_t(s.current)];
        s.routine.steps.insert(s.routine.steps.begin() + s.current + 1, copy);
        ++s.current;
    });
}

void RoutineEditor::removeStep()
{
    if (m_state.current < 0)
        return;
    change(tr("Remove a step"), -1, [](State& s) {
        s.routine.steps.erase(s.routine.steps.begin() + s.current);
        s.current = std::min(s.current, int(s.routine.steps.size()) - 1);
    });
}

void RoutineEditor::moveStep(int from, int to)
{
    const int count = int(m_state.routine.steps.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    change(tr("Move a step"), -1, [from, to](State& s) {
        auto& steps = s.routine.steps;
        const core::Step moved = steps[std::size_t(from)];
        steps.erase(steps.begin() + from);
        steps.insert(steps.begin() + to, moved);
        s.current = to;
    });
}

void RoutineEditor::refresh()
{
    const bool wasRefreshing = std::exchange(m_refreshing, true);
    const core::Routine& routine = m_state.routine;
    setTextKeepingCursor(m_title, routine.title);
    setTextKeepingCursor(m_summary, routine.summary);
    selectData(m_level, int(routine.level));
    selectData(m_sides, int(routine.sides));
    // The cautions are kept as lines; a blank line people are typing stays until they leave it.
    if (cautionLines(m_cautions->toPlainText()) != routine.cautions)
        m_cautions->setPlainText(routine.cautions.join(QLatin1Char('\n')));

    const core::Routine withId = this->routine();
    m_problems = core::checkRoutine(withId, m_store.library(), isNew() ? QString() : withId.id,
        core::routineFileName(withId.id));
    QStringList stepProblems;
    for (std::size_t i = 0; i < routine.steps.size(); ++i)
        stepProblems << QString();
    for (const core::Problem& problem : m_problems) {
        const core::RoutinePlace place = core::routinePlace(problem.pointer);
        if (place.isStepField() && place.step < stepProblems.size() && stepProblems[place.step].isEmpty())
            stepProblems[place.step] = problemText(problem);
    }
    m_stepModel->setSteps(routine.steps, stepProblems);
    const QModelIndex current = m_stepModel->index(m_state.current);
    if (m_stepList->currentIndex() != current) {
        m_stepList->setCurrentIndex(current);
        m_stepList->scrollTo(current);
    }
    refreshStepForm();
    refreshProblems();
    refreshTotal();

    const int count = int(routine.steps.size());
    m_duplicate->setEnabled(m_state.current >= 0);
    m_remove->setEnabled(m_state.current >= 0);
    m_up->setEnabled(m_state.current > 0);
    m_down->setEnabled(m_state.current >= 0 && m_state.current < count - 1);
    m_file->setText(isNew() ? tr("Will be kept as %1 in your routines folder.").arg(core::routineFileName(withId.id))
                            : tr("Kept as %1 in your routines folder.").arg(core::routineFileName(withId.id)));
    setWindowModified(isModified());
    m_refreshing = wasRefreshing;
}

void RoutineEditor::refreshStepForm()
{
    const core::ContentLibrary& library = m_store.library();
    const bool hasStep = m_state.current >= 0;
    m_stepForm->setVisible(hasStep);
    m_noSteps->setVisible(!hasStep);
    if (!hasStep) {
        m_diagram->clearHighlight();
        return;
    }
    const core::Step& step = m_state.routine.steps[std::size_t(m_state.current)];
    m_stepHeading->setText(tr("Step %1 of %2").arg(m_state.current + 1).arg(m_state.routine.steps.size()));
    selectData(m_region, step.region);
    if (const core::Region* region = library.region(step.region))
        m_diagram->highlight(region->id, region->view, core::Leg::Both);
    else
        m_diagram->clearHighlight();
    selectData(m_stroke, step.stroke);
    const core::Stroke* stroke = library.stroke(step.stroke);
    QString howTo = stroke ? stroke->howTo : QString();
    if (stroke && stroke->pressure)
        howTo += QLatin1Char(' ') + tr("Usual pressure: %1.").arg(shortPressureWords(*stroke->pressure).toLower());
    m_howTo->setText(howTo);
    m_howTo->setVisible(!howTo.isEmpty());
    m_stroke->setAccessibleDescription(howTo);
    selectData(m_pressure, int(step.pressure));
    selectData(m_direction, int(step.direction));
    if (m_seconds->value() != step.seconds)
        m_seconds->setValue(step.seconds);
    if (m_tempo->value() != step.tempo.value_or(0))
        m_tempo->setValue(step.tempo.value_or(0));
    setTextKeepingCursor(m_instruction, step.instruction);
}

void RoutineEditor::refreshProblems()
{
    QHash<QLabel*, QStringList> texts;
    for (const core::Problem& problem : m_problems) {
        const core::RoutinePlace place = core::routinePlace(problem.pointer);
        if (place.isStepField() && place.step != m_state.current)
            continue;  // shown with its step in the list
        QString text = problemText(problem);
        if (place.field == Field::Id)
            text = tr("The id: %1").arg(text);
        else if (place.field == Field::Cautions && place.item >= 0)
            text = tr("Line %1: %2").arg(place.item + 1).arg(text);
        texts[m_problemLabels.value(key(place.field), m_problemLabels.value(key(Field::Routine)))] << text;
    }
    for (QLabel* label : m_problemLabels) {
        const QStringList lines = texts.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
        // The colour of a warning sign, mixed so it reads on light and dark alike.
        QPalette palette = label->palette();
        const QColor text = this->palette().color(QPalette::WindowText);
        palette.setColor(QPalette::WindowText, mix(QColor(0xc0, 0x1c, 0x28), text, text.lightness() > 128 ? 0.25 : 0.0));
        label->setPalette(palette);
    }
    // Screen readers hear a field's problem with the field.
    m_title->setAccessibleDescription(m_problemLabels.value(key(Field::Title))->text());
    m_summary->setAccessibleDescription(m_problemLabels.value(key(Field::Summary))->text());
    m_region->setAccessibleDescription(m_problemLabels.value(key(Field::Region))->text());
    m_pressure->setAccessibleDescription(m_problemLabels.value(key(Field::Pressure))->text());
    m_direction->setAccessibleDescription(m_problemLabels.value(key(Field::Direction))->text());
    m_seconds->setAccessibleDescription(QStringList{tr("How long the step lasts on each leg, 5 to 600 seconds."),
        m_problemLabels.value(key(Field::Seconds))->text()}.join(QLatin1Char(' ')).trimmed());
    m_tempo->setAccessibleDescription(QStringList{tr("Strokes a minute, 1 to 120; 0 leaves the tempo to you."),
        m_problemLabels.value(key(Field::Tempo))->text()}.join(QLatin1Char(' ')).trimmed());
    m_instruction->setAccessibleDescription(QStringList{tr("What to do, in words a beginner can follow."),
        m_problemLabels.value(key(Field::Instruction))->text()}.join(QLatin1Char(' ')).trimmed());

    const int errors = core::countErrors(m_problems);
    m_status->setText(errors > 0 ? tr("%n thing(s) to fix before you can save.", nullptr, errors) : tr("Ready to save."));
}

void RoutineEditor::refreshTotal()
{
    const core::Routine& routine = m_state.routine;
    if (routine.steps.empty()) {
        m_total->setText(tr("No steps yet, so no time."));
        return;
    }
    int oneRun = 0;
    for (const core::Step& step : routine.steps)
        oneRun += step.seconds;
    const int passes = core::passCount(routine.sides);
    const int withPauses = core::buildTimeline(routine, m_timing).totalSeconds();
    if (passes > 1)
        m_total->setText(tr("In all %1 of massage, %2 for each leg; %3 with the pauses to get ready and switch legs.")
                             .arg(core::formatClock(oneRun * passes), core::formatClock(oneRun), core::formatClock(withPauses)));
    else
        m_total->setText(tr("In all %1 of massage for both legs together; %2 with the pause to get ready.")
                             .arg(core::formatClock(oneRun), core::formatClock(withPauses)));
}

void RoutineEditor::showNotice()
{
    // The own pack did not load: its routines are missing from the app until the file is fixed.
    QStringList lines;
    if (const core::PackReport* report = m_store.ownPackReport(); report && !report->loaded)
        for (const core::Problem& problem : report->problems)
            if (problem.severity == core::Severity::Error)
                lines << problem.toString();
    if (lines.isEmpty())
        return;
    m_notice->setText(tr("A file in your routines folder (%1) has a problem, so your own routines are not shown in the list "
                         "until it is fixed. LegEase does not change that file without asking.\n%2")
                          .arg(QDir::toNativeSeparators(m_store.ownPack().folder()), lines.join(QLatin1Char('\n'))));
    m_notice->show();
}

QWidget* RoutineEditor::widgetFor(int field) const
{
    switch (Field(field)) {
    case Field::Id:
    case Field::Title:
        return m_title;
    case Field::Summary:
        return m_summary;
    case Field::Level:
        return m_level;
    case Field::Sides:
        return m_sides;
    case Field::Cautions:
        return m_cautions;
    case Field::Region:
        return m_region;
    case Field::Stroke:
        return m_stroke;
    case Field::Pressure:
        return m_pressure;
    case Field::Direction:
        return m_direction;
    case Field::Seconds:
        return m_seconds;
    case Field::Tempo:
        return m_tempo;
    case Field::Instruction:
        return m_instruction;
    case Field::Routine:
    case Field::Steps:
    case Field::Step:
        break;
    }
    return m_stepList->isEnabled() && m_stepModel->rowCount() > 0 ? static_cast<QWidget*>(m_stepList) : m_add;
}

bool RoutineEditor::save()
{
    const int errors = core::countErrors(m_problems);
    if (errors > 0) {
        // Refused: nothing is written. Focus goes to the first thing to fix, in its step.
        const auto first = std::find_if(m_problems.begin(), m_problems.end(),
            [](const core::Problem& p) { return p.severity == core::Severity::Error; });
        const core::RoutinePlace place = core::routinePlace(first->pointer);
        if (place.isStepField())
            setCurrentStep(place.step);
        m_status->setText(tr("Not saved: %n thing(s) to fix first, marked beside the fields.", nullptr, errors));
        if (QWidget* widget = widgetFor(key(place.field)))
            widget->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const core::Routine routine = this->routine();
    const core::OwnPack& pack = m_store.ownPack();
    const QString replacing = isNew() ? QString() : routine.id;
    core::SaveOutcome outcome = pack.save(routine, m_store.library(), replacing, m_onDisk);
    if (outcome.status == core::SaveOutcome::Status::ChangedOnDisk) {
        QString text = isNew() ? tr("There is already a file %1 in your routines folder. Replace it with this routine?")
                                     .arg(core::routineFileName(routine.id))
                               : tr("%1 was changed outside LegEase since you opened it. Replace those changes with this "
                                    "routine?")
                                     .arg(core::routineFileName(routine.id));
        if (core::countErrors(outcome.problems) > 0) {
            QStringList lines;
            for (const core::Problem& problem : outcome.problems)
                lines << problem.toString();
            text += QStringLiteral("\n\n") + tr("The file as it is now has problems:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        }
        if (!m_asking.confirm(this, tr("Replace the file?"), text, tr("Replace")))
            return false;
        outcome = pack.save(routine, m_store.library(), replacing, m_onDisk, true);
    }
    if (outcome.status == core::SaveOutcome::Status::Invalid) {
        // Cannot happen (the same checks ran live); said plainly if the content changed since.
        QStringList lines;
        for (const core::Problem& problem : outcome.problems)
            lines << problem.toString();
        m_status->setText(tr("Not saved: %1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    if (outcome.status != core::SaveOutcome::Status::Saved) {
        m_asking.tell(this, tr("Could not save"), tr("The routine was not saved: %1").arg(outcome.error));
        return false;
    }
    m_onDisk = core::routineFileBytes(routine);
    m_state.routine.id = routine.id;
    m_undo->setClean();
    setWindowModified(false);
    Q_EMIT saved(routine.id);
    m_closing = true;
    accept();
    return true;
}

bool RoutineEditor::confirmClose()
{
    if (m_closing || !isModified())
        return true;
    switch (m_asking.unsavedChanges(this, m_state.routine.title.trimmed().isEmpty() ? tr("New routine") : m_state.routine.title)) {
    case Asking::Unsaved::Save:
        return save();  // closes when saved
    case Asking::Unsaved::Discard:
        return true;
    case Asking::Unsaved::Cancel:
        break;
    }
    return false;
}

void RoutineEditor::reject()
{
    if (!confirmClose())
        return;
    m_closing = true;
    QDialog::reject();
}

void RoutineEditor::closeEvent(QCloseEvent* event)
{
    if (!m_closing && !confirmClose()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QDialog::closeEvent(event);
}

void RoutineEditor::takeUndoKeys(QWidget* widget)
{
    widget->installEventFilter(this);
    for (QLineEdit* inner : widget->findChildren<QLineEdit*>())
        inner->installEventFilter(this);
}

bool RoutineEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields keep an undo history of their own; here every change is in the editor's, so
    // Ctrl+Z and Ctrl+Shift+Z in a field undo the editor's last step like anywhere else.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeyCombination combination = key->keyCombination();
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo)
            || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();  // to this filter as a key press, not to the field's own undo
                return true;
            }
            if (undo)
                m_undo->undo();
            else
                m_undo->redo();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace legease::ui
