#include "ui/session/session_launcher.h"

#include "core/history/history_store.h"
#include "core/session/clock.h"
#include "core/settings/app_settings.h"
#include "ui/audio/on_demand_cue_outputs.h"
#include "ui/session/session_window.h"

namespace legease::ui {

SessionLauncher::SessionLauncher(const core::ContentLibrary& library, core::AppSettings& settings, core::HistoryStore& history,
    QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_settings(settings)
    , m_history(history)
{
}

void SessionLauncher::keep(SessionView* view, const core::SessionRecord& record)
{
    // A history that can be read but not written (a read-only file or folder, a full disk) says
    // so here, at the start and again at the end of every session.
    if (!m_history.ensureOpen() || !m_history.canSave()) {
        view->showHistoryProblem(m_history.problem());
        return;
    }
    if (!m_history.notice().isEmpty())
        view->showHistoryProblem(m_history.notice());  // a damaged file was set aside: say where, once
    bool saved = true;
    if (record.id == 0) {
        core::SessionRecord first = record;
        saved = m_history.add(first);
        if (saved)
            view->setRecordId(first.id);
    } else {
        saved = m_history.update(record);
    }
    view->showHistoryProblem(saved ? QString() : m_history.problem());
}

SessionLauncher::~SessionLauncher() = default;

void SessionLauncher::ensureOutputs()
{
    if (!m_clock)
        m_clock = std::make_unique<core::SystemClock>();
    // Stand-ins: the audio plugin (Qt Multimedia, Qt TextToSpeech) loads on the first cue.
    if (!m_sound)
        m_sound = new OnDemandCueSound(this);
    if (!m_voice)
        m_voice = new OnDemandVoice(this);
}

QStringList SessionLauncher::voiceNames()
{
    ensureOutputs();
    return m_voice->voiceNames();
}

QWidget* SessionLauncher::open(const QString& routineId)
{
    const core::Routine* routine = m_library.routine(routineId);
    if (!routine)
        return nullptr;
    ensureOutputs();
    SessionOptions options;
    options.timeline = m_settings.timelineOptions();
    options.soundOn = m_settings.soundEnabled();
    options.voiceOn = m_settings.voiceEnabled();
    options.volume = m_settings.soundVolume() / 100.0;
    options.reduceMotion = m_settings.reduceMotion();
    m_voice->setVoiceName(m_settings.voiceName());
    auto* view = new SessionView(m_library, *routine, options, *m_clock, m_sound, m_voice);
    auto* window = new SessionWindow(view);
    // Muting or unmuting during a session is a preference too: the next session keeps it.
    connect(view, &SessionView::soundToggled, this, [this](bool on) { m_settings.setSoundEnabled(on); });
    connect(view, &SessionView::voiceToggled, this, [this](bool on) { m_settings.setVoiceEnabled(on); });
    connect(view, &SessionView::recordChanged, this, [this, view](const core::SessionRecord& record) {
        // The first record is the start: remembered in the settings so the daily reminder can
        // offer this routine again without opening the history at start-up.
        if (record.id == 0)
            m_settings.setLastRoutine(record.routineId);
        keep(view, record);
    });
    connect(window, &SessionWindow::ended, this, &SessionLauncher::sessionEnded);
    window->show();
    // To the front, also when a reminder or another `legease` asked for it (see bringToFront).
    window->activateWindow();
    window->setFocus();
    return window;
}

}  // namespace legease::ui
