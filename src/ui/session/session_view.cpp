#include "ui/session/session_view.h"

#include "core/motion/technique.h"
#include "ui/announcer.h"
#include "ui/keyboard.h"
#include "ui/session/feeling_scale.h"
#include "ui/session/how_to_dialog.h"
#include "ui/session/session_intro_page.h"
#include "ui/session/session_run_page.h"
#include "ui/session/session_summary_page.h"
#include "ui/session/step_words.h"

#include <QMessageBox>
#include <QPixmapCache>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace legease::ui {

SessionView::SessionView(const core::ContentLibrary& library, const core::Routine& routine, const SessionOptions& options,
    const core::Clock& clock, core::CueSound* sound, core::CueVoice* voice, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_clock(clock)
    , m_engine(clock)
    , m_sound(sound)
    , m_voice(voice)
    , m_soundOn(options.soundOn && sound)
    , m_voiceOn(options.voiceOn && voice)
    , m_pages(new QStackedWidget)
    , m_reduceMotion(options.reduceMotion)
    , m_announcer(new Announcer(this))
{
    useButtonKeys();
    setWindowTitle(tr("%1 · LegEase").arg(routine.title));
    m_engine.load(routine, options.timeline);
    m_record.routineId = routine.id;
    m_record.routineTitle = routine.title;
    m_record.stepsTotal = m_engine.timeline().stepSegmentCount();

    m_intro = new SessionIntroPage(routine, m_engine.timeline());
    m_run = new SessionRunPage(library);
    m_run->setReduceMotion(options.reduceMotion);
    m_summary = new SessionSummaryPage;
    m_pages->addWidget(m_intro);
    m_pages->addWidget(m_run);
    m_pages->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusProxy(m_intro);

    m_confirmStop = [this] {
        return QMessageBox::question(this, tr("Stop the session?"),
                   tr("You are %1 into this session. Stop now? What you have done so far is kept.")
                       .arg(core::formatClock(int(m_engine.activeMs() / 1000))),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    if (m_sound) {
        m_sound->setVolume(options.volume);
        connect(m_sound, &core::CueSound::unavailable, this, [this](const QString& reason) {
            m_run->showMessage(reason);
            m_announcer->announce(reason);
            m_run->showSoundUnavailable();
        });
    }
    if (m_voice)
        connect(m_voice, &core::CueVoice::unavailable, this, [this](const QString& reason) {
            m_run->showMessage(reason);
            m_announcer->announce(reason);
            m_run->showVoiceUnavailable();
        });

    connect(m_intro, &SessionIntroPage::startRequested, this, &SessionView::start);
    connect(m_summary, &SessionSummaryPage::doneRequested, this, [this] {
        m_record.feelingAfter = m_summary->feeling()->value();
        Q_EMIT recordChanged(m_record);
        Q_EMIT done(m_record);
    });
    connect(&m_engine, &core::SessionEngine::segmentChanged, this, &SessionView::onSegmentChanged);
    connect(&m_engine, &core::SessionEngine::timeChanged, this, [this] { m_run->showTime(m_engine); });
    connect(&m_engine, &core::SessionEngine::stateChanged, this, &SessionView::onStateChanged);
    connect(&m_engine, &core::SessionEngine::cue, this, &SessionView::onCue);
    connect(&m_engine, &core::SessionEngine::finished, this, &SessionView::onFinished);
    connect(&m_engine, &core::SessionEngine::autoPaused, this, [this](const QString& why) {
        m_run->showMessage(why);
        m_announcer->announce(why);
    });

    connect(m_run->pauseButton(), &QPushButton::clicked, &m_engine, &core::SessionEngine::togglePause);
    connect(m_run->nextButton(), &QPushButton::clicked, &m_engine, &core::SessionEngine::next);
    connect(m_run->previousButton(), &QPushButton::clicked, &m_engine, &core::SessionEngine::previous);
    connect(m_run->restartButton(), &QPushButton::clicked, &m_engine, &core::SessionEngine::restartStep);
    connect(m_run->stopButton(), &QPushButton::clicked, this, &SessionView::requestStop);
    connect(m_run->howButton(), &QPushButton::clicked, this, &SessionView::showHowTo);
    connect(m_run->soundButton(), &QPushButton::clicked, this, &SessionView::toggleSound);
    connect(m_run->voiceButton(), &QPushButton::clicked, this, &SessionView::toggleVoice);
    m_run->soundButton()->setEnabled(m_sound);
    m_run->voiceButton()->setEnabled(m_voice);
    m_run->showSoundOn(m_soundOn);
    m_run->showVoiceOn(m_voiceOn);

    addShortcut(Qt::Key_Space, [](SessionView* view) { view->whileRunning(&core::SessionEngine::togglePause); });
    addShortcut(Qt::Key_Right, [](SessionView* view) { view->whileRunning(&core::SessionEngine::next); });
    addShortcut(Qt::Key_Left, [](SessionView* view) { view->whileRunning(&core::SessionEngine::previous); });
    addShortcut(Qt::Key_R, [](SessionView* view) { view->whileRunning(&core::SessionEngine::restartStep); });
    addShortcut(Qt::Key_M, [](SessionView* view) { view->toggleSound(); });
    addShortcut(Qt::Key_V, [](SessionView* view) { view->toggleVoice(); });
    addShortcut(Qt::Key_H, [](SessionView* view) {
        if (view->currentPage() == view->runPage())
            view->showHowTo();
    });
    addShortcut(Qt::Key_Escape, [](SessionView* view) { view->requestStop(); });
}

// Out of sight (the window hidden or minimised, which also hides this view) the engine wakes
// only for its cues; back in sight the time shown catches up at once.
void SessionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_engine.setWatched(true);
}

void SessionView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_engine.setWatched(false);
    // Qt's pixmap cache, which the style fills while it paints buttons, would wake the program
    // once more, 30 s after its last insert, to trim itself. Dropping it also stops that timer;
    // the next paint refills it.
    QPixmapCache::clear();
}

void SessionView::addShortcut(const QKeySequence& key, void (*action)(SessionView*))
{
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this, action] { action(this); });
}

void SessionView::whileRunning(void (core::SessionEngine::*action)())
{
    if (m_pages->currentWidget() == m_run)
        (m_engine.*action)();
}

QWidget* SessionView::currentPage() const
{
    return m_pages->currentWidget();
}

core::SessionRecord SessionView::record() const
{
    return m_record;
}

void SessionView::start()
{
    if (m_engine.state() != core::SessionState::Idle)
        return;
    m_record.feelingBefore = m_intro->feeling()->value();
    m_record.startedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs());
    m_pages->setCurrentWidget(m_run);
    setFocusProxy(m_run->pauseButton());
    m_run->pauseButton()->setFocus();
    m_engine.start();  // its first segment change writes the record and announces the get-ready
    say(spokenIntro(m_engine.segment(), m_engine.stepOf(m_engine.segment()), m_library));
}

void SessionView::requestStop()
{
    const core::SessionState state = m_engine.state();
    if (m_pages->currentWidget() == m_intro) {
        Q_EMIT closeRequested();
        return;
    }
    if (state != core::SessionState::Running && state != core::SessionState::Paused)
        return;
    if (m_engine.activeMs() > kConfirmStopAfterMs && !m_confirmStop())
        return;
    m_engine.stop();
}

void SessionView::toggleSound()
{
    if (!m_sound)
        return;
    m_soundOn = !m_soundOn;
    m_run->showSoundOn(m_soundOn);
    Q_EMIT soundToggled(m_soundOn);
}

void SessionView::toggleVoice()
{
    if (!m_voice)
        return;
    m_voiceOn = !m_voiceOn;
    m_run->showVoiceOn(m_voiceOn);
    if (!m_voiceOn)
        m_voice->stop();
    Q_EMIT voiceToggled(m_voiceOn);
}

const core::Step* SessionView::howToStep() const
{
    if (const core::Step* step = m_engine.stepOf(m_engine.segment()))
        return step;
    const core::Segment* next = m_engine.nextSegment();
    return next ? m_engine.stepOf(*next) : nullptr;
}

void SessionView::showHowTo()
{
    const core::Step* step = howToStep();
    const core::SessionState state = m_engine.state();
    if (!step || (state != core::SessionState::Running && state != core::SessionState::Paused))
        return;
    if (!m_howTo) {
        m_howTo = new HowToDialog(m_library, this);
        m_howTo->setReduceMotion(m_reduceMotion);
    }
    m_howTo->showExample(core::techniqueExample(m_library, *step));
    m_howTo->show();
    m_howTo->raise();
    m_howTo->activateWindow();
}

void SessionView::say(const QString& text)
{
    if (m_voiceOn && m_voice && !text.isEmpty())
        m_voice->say(text);
}

void SessionView::onSegmentChanged()
{
    m_run->showSegment(m_engine);
    m_run->showCue(QString());
    // An open card follows the session to the next stroke.
    if (m_howTo && m_howTo->isVisible()) {
        if (const core::Step* step = howToStep())
            m_howTo->showExample(core::techniqueExample(m_library, *step));
    }
    // Screen readers hear each new step once, as a sighted person sees it change; the countdown
    // is there to read, never spoken second by second.
    if (m_engine.state() != core::SessionState::Finished)
        m_announcer->announce(m_run->announcement());
    if (m_engine.state() == core::SessionState::Running || m_engine.state() == core::SessionState::Paused)
        captureProgress();
}

void SessionView::captureProgress()
{
    // An end time only once it has ended: a session cut off by a crash stays visibly unfinished.
    if (m_engine.state() == core::SessionState::Finished && !m_record.endedAt.isValid())
        m_record.endedAt = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs());
    m_record.activeSeconds = int(m_engine.activeMs() / 1000);
    m_record.stepsDone = m_engine.stepsDone();
    m_record.completed = m_engine.state() == core::SessionState::Finished && m_engine.completed();
    Q_EMIT recordChanged(m_record);
}

void SessionView::showHistoryProblem(const QString& message)
{
    m_summary->showHistoryProblem(message);
    if (m_historyProblemShown || message.isEmpty())
        return;
    m_historyProblemShown = true;
    m_run->showMessage(message);
}

void SessionView::onStateChanged(core::SessionState state)
{
    m_run->showState(state);
    if (state == core::SessionState::Paused) {
        m_run->showCue(tr("Paused"));
        m_announcer->announce(tr("Paused."));
        m_wasPaused = true;
    } else if (state == core::SessionState::Running) {
        m_run->showCue(QString());
        if (std::exchange(m_wasPaused, false))
            m_announcer->announce(tr("Carrying on."));
    }
}

void SessionView::onCue(core::Cue cue)
{
    if (m_soundOn && m_sound)
        m_sound->play(cue);
    switch (cue) {
    case core::Cue::StepStarted:
    case core::Cue::SwitchLegs:
        say(spokenIntro(m_engine.segment(), m_engine.stepOf(m_engine.segment()), m_library));
        break;
    case core::Cue::CountdownThree:
        m_run->showCue(tr("Next in 3"));
        if (m_soundOn)  // the cue people hear, said once rather than second by second
            m_announcer->announce(m_engine.nextSegment() ? tr("Next step in 3 seconds.") : tr("3 seconds to the end."));
        break;
    case core::Cue::CountdownTwo:
        m_run->showCue(tr("Next in 2"));
        break;
    case core::Cue::CountdownOne:
        m_run->showCue(tr("Next in 1"));
        break;
    case core::Cue::Halfway:
        m_run->showCue(tr("Halfway"));
        m_announcer->announce(tr("Halfway through this step."));
        break;
    case core::Cue::Finished:
        say(tr("Well done. Your session is complete."));
        break;
    }
}

void SessionView::onFinished()
{
    if (m_howTo)
        m_howTo->hide();
    captureProgress();
    m_summary->showResult(m_record.completed, m_record.activeSeconds, m_record.stepsDone, m_record.stepsTotal);
    // Focus goes straight to the summary's first control, not through the run page's buttons
    // as they disappear, and the summary is read out.
    if (QWidget* focused = focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    m_pages->setCurrentWidget(m_summary);
    setFocusProxy(m_summary);
    m_summary->setFocus();
    m_announcer->announce(m_summary->inWords());
}

}  // namespace legease::ui
