#include "ui/session/session_run_page.h"

#include "core/motion/stroke_motion.h"
#include "ui/leg_diagram.h"
#include "ui/motion/motion_ticker.h"
#include "ui/session/step_words.h"
#include "ui/session/tempo_pulse.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace legease::ui {
namespace {

// Sizes are set by SessionRunPage::scaleText().
QLabel* label(bool bold = false)
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QPushButton* control(const QString& text, const QString& keyHint)
{
    auto* button = new QPushButton(text);
    button->setAutoDefault(false);
    button->setToolTip(keyHint);
    button->setAccessibleDescription(keyHint);
    button->setMinimumHeight(36);
    return button;
}

}  // namespace

SessionRunPage::SessionRunPage(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_leg(label(true))
    , m_position(label())
    , m_timeLeft(label())
    , m_progress(new QProgressBar)
    , m_diagram(new LegDiagram(&library))
    , m_title(label(true))
    , m_countdown(label(true))
    , m_details(label())
    , m_pulse(new TempoPulse)
    , m_instruction(label())
    , m_next(label())
    , m_cue(label(true))
    , m_message(label())
    , m_previous(control(tr("Previous"), tr("Left arrow")))
    , m_pause(control(tr("Pause"), tr("Space")))
    , m_nextButton(control(tr("Next"), tr("Right arrow")))
    , m_restart(control(tr("Restart step"), tr("R")))
    , m_how(control(tr("How?"), tr("H")))
    , m_stop(control(tr("Stop"), tr("Esc")))
    , m_sound(control(tr("Sound on"), tr("M")))
    , m_voice(control(tr("Voice off"), tr("V")))
    , m_motion(new MotionTicker(m_diagram, this))
    , m_fullScreen(control(tr("Full screen"), tr("F11")))
{
    m_scaled = {{m_leg, 1.3}, {m_position, 1.0}, {m_timeLeft, 1.0}, {m_title, 1.5}, {m_countdown, 4.5},
        {m_details, 1.1}, {m_instruction, 1.35}, {m_next, 1.0}, {m_cue, 1.1}, {m_message, 1.0}};
    // A click away from the buttons gives the page itself focus, where Space pauses.
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Guided session"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    top->addWidget(m_leg);
    top->addSpacing(12);
    top->addWidget(m_position, 1);
    m_timeLeft->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timeLeft->setWordWrap(false);
    top->addWidget(m_timeLeft);
    layout->addLayout(top);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Session progress"));
    layout->addWidget(m_progress);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(24);
    m_diagram->setMinimumWidth(220);
    middle->addWidget(m_diagram, 2);
    auto* step = new QVBoxLayout;
    step->setSpacing(8);
    step->addWidget(m_title);
    m_countdown->setWordWrap(false);
    m_countdown->setAccessibleDescription(tr("Time left in this step"));
    step->addWidget(m_countdown);
    auto* detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details, 1);
    // How? sits with what it explains, the stroke; it comes before the controls below it.
    detailsRow->addWidget(m_how, 0, Qt::AlignVCenter);
    detailsRow->addWidget(m_pulse);
    step->addLayout(detailsRow);
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instruction->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    step->addWidget(m_instruction, 1);
    middle->addLayout(step, 3);
    layout->addLayout(middle, 1);

    m_next->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_next);
    auto* notices = new QHBoxLayout;
    m_cue->setWordWrap(false);
    m_cue->setMinimumWidth(160);
    notices->addWidget(m_cue);
    notices->addWidget(m_message, 1);
    layout->addLayout(notices);

    auto* controls = new QHBoxLayout;
    for (QPushButton* button : {m_previous, m_pause, m_nextButton, m_restart, m_stop})
        controls->addWidget(button);
    controls->addStretch();
    m_sound->setCheckable(true);
    m_voice->setCheckable(true);
    controls->addWidget(m_sound);
    controls->addWidget(m_voice);
    controls->addWidget(m_fullScreen);
    connect(m_fullScreen, &QPushButton::clicked, this, &SessionRunPage::fullScreenRequested);
    layout->addLayout(controls);
    auto* hurt = label();
    m_scaled.emplace_back(hurt, 0.9);
    hurt->setText(tr("Stop if anything hurts. Massage should only ever feel good."));
    hurt->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hurt);
    scaleText();
}

void SessionRunPage::showSegment(const core::SessionEngine& engine)
{
    const core::Segment& segment = engine.segment();
    const core::Step* step = engine.stepOf(segment);
    const auto& segments = engine.timeline().segments;

    int stepNumber = 0;
    for (int i = 0; i <= engine.segmentIndex() && std::size_t(i) < segments.size(); ++i)
        stepNumber += segments[std::size_t(i)].kind == core::Segment::Kind::Step ? 1 : 0;
    const int stepCount = engine.timeline().stepSegmentCount();

    m_leg->setText(legWords(segment.leg));
    m_title->setText(segmentTitle(segment, step, m_library));
    switch (segment.kind) {
    case core::Segment::Kind::GetReady:
        m_position->setText(tr("Starting soon"));
        m_details->setText(tr("Make yourself comfortable."));
        m_instruction->setText(tr("Sit or lie so you can reach %1 without straining. Warm your hands, "
                                  "and have a little oil or lotion nearby if you like.")
                                   .arg(legPhrase(segment.leg)));
        break;
    case core::Segment::Kind::SwitchLegs:
        m_position->setText(tr("Halfway there"));
        m_details->setText(tr("Time to change sides."));
        m_instruction->setText(tr("Gently shake out the leg you just finished and settle %1 where you can reach it.")
                                   .arg(legPhrase(segment.leg)));
        break;
    case core::Segment::Kind::Step:
        m_position->setText(tr("Step %1 of %2").arg(stepNumber).arg(stepCount));
        if (step) {
            QStringList details{pressureWords(step->pressure)};
            if (const QString direction = directionWords(step->direction); !direction.isEmpty())
                details << direction;
            if (step->tempo)
                details << tr("%1 strokes a minute").arg(*step->tempo);
            m_details->setText(details.join(QStringLiteral(" · ")));
            m_instruction->setText(step->instruction);
        }
        break;
    }
    m_pulse->setTempo(step && step->tempo ? *step->tempo : 0);

    m_engine = &engine;
    if (step) {
        const core::Region* region = m_library.region(step->region);
        m_diagram->highlight(step->region, region ? region->view : core::View::Front, segment.leg);
    } else {
        m_diagram->clearHighlight();
    }
    showMotion(segment, step);

    const core::Segment* next = engine.nextSegment();
    if (!next) {
        m_next->setText(tr("Next up: the end. Nearly there."));
    } else {
        const QString when = next->leg != segment.leg && next->leg != core::Leg::Both && segment.kind == core::Segment::Kind::Step
            ? QStringLiteral(" · %1").arg(legWords(next->leg))
            : QString();
        m_next->setText(tr("Next up: %1, %2%3")
                            .arg(segmentTitle(*next, engine.stepOf(*next), m_library), core::formatClock(next->seconds), when));
    }

    m_announcement = segmentAnnouncement(segment, step, m_library, stepNumber, stepCount);
    showTime(engine);
}

// The lit region shows the stroke moving, at the step's tempo and in its direction, in time with
// the session: the motion starts with the step and stands still while it is paused.
void SessionRunPage::showMotion(const core::Segment& segment, const core::Step* step)
{
    if (!step) {
        m_diagram->setMotion(std::nullopt);
        m_motion->setSource({});
        return;
    }
    const core::Stroke* stroke = m_library.stroke(step->stroke);
    const int tempo = core::stepTempo(*step, stroke);
    m_diagram->setMotion(stroke ? core::motionOf(*stroke) : core::motionForStrokeId(step->stroke), step->direction);
    m_motion->setSource([this, tempo] { return m_engine ? core::strokesAt(m_engine->segmentElapsedMs(), tempo) : 0.0; });
    // What the moving picture shows, for people who cannot see it.
    m_diagram->setAccessibleDescription(tr("%1, %2")
            .arg(strokeOnRegion(m_library, step->stroke, step->region, step->direction), legPhrase(segment.leg)));
}

void SessionRunPage::setReduceMotion(bool reduce)
{
    m_motion->setReduceMotion(reduce);
}

void SessionRunPage::showTime(const core::SessionEngine& engine)
{
    m_countdown->setText(countdownText(engine.segmentRemainingMs()));
    m_timeLeft->setText(tr("%1 left").arg(countdownText(engine.totalRemainingMs())));
    m_progress->setValue(int(engine.progress() * 1000));
    m_motion->tick();  // in step with the countdown, also when the motion is still or paused
}

void SessionRunPage::showState(core::SessionState state)
{
    const bool paused = state == core::SessionState::Paused;
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pulse->setRunning(state == core::SessionState::Running);
    m_motion->setRunning(state == core::SessionState::Running);
    // A finished session leaves for its summary with the buttons as they were, so focus does not
    // run through them one by one as they go grey.
    if (state == core::SessionState::Finished)
        return;
    const bool active = state == core::SessionState::Running || paused;
    for (QPushButton* button : {m_previous, m_pause, m_nextButton, m_restart, m_how, m_stop})
        button->setEnabled(active);
}

void SessionRunPage::showCue(const QString& text)
{
    m_cue->setText(text);
}

void SessionRunPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

void SessionRunPage::showSoundOn(bool on)
{
    m_sound->setChecked(on);
    m_sound->setText(on ? tr("Sound on") : tr("Sound off"));
}

void SessionRunPage::showVoiceOn(bool on)
{
    m_voice->setChecked(on);
    m_voice->setText(on ? tr("Voice on") : tr("Voice off"));
}

}  // namespace legease::ui

namespace legease::ui {

void SessionRunPage::showFullScreen(bool on)
{
    m_isFullScreen = on;
    m_fullScreen->setText(on ? tr("Leave full screen") : tr("Full screen"));
    scaleText();
}

void SessionRunPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scaleText();
}

// The step's text grows with the window, so that a full screen can be read from the sofa two
// metres away; sizes stay relative to the desktop's own font, so a larger desktop font makes all
// of it larger too.
void SessionRunPage::scaleText()
{
    const qreal zoom = std::clamp(std::min(width() / 1000.0, height() / 700.0), 1.0, 3.0) * (m_isFullScreen ? 1.3 : 1.0);
    const qreal base = QApplication::font(this).pointSizeF();
    for (const auto& [label, scale] : m_scaled) {
        QFont font = label->font();
        const qreal size = base * scale * zoom;
        if (std::abs(font.pointSizeF() - size) > 0.05) {
            font.setPointSizeF(size);
            label->setFont(font);
        }
    }
}

void SessionRunPage::showSoundUnavailable()
{
    m_sound->setChecked(false);
    m_sound->setEnabled(false);
    m_sound->setText(tr("No sound"));
    m_sound->setAccessibleDescription(tr("Sound is not available"));
}

void SessionRunPage::showVoiceUnavailable()
{
    m_voice->setChecked(false);
    m_voice->setEnabled(false);
    m_voice->setText(tr("No voice"));
    m_voice->setAccessibleDescription(tr("Spoken instructions are not available"));
}

}  // namespace legease::ui
