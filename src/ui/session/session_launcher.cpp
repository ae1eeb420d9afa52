#include "session_launcher.h"

#include "audio/sound_effect_cue_sound.h"
#include "audio/text_to_speech_voice.h"
#include "session/clock.h"
#include "session_window.h"

namespace legease::ui {

SessionLauncher::SessionLauncher(const core::ContentLibrary& library, SessionOptions options, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_options(options)
{
}

SessionLauncher::~SessionLauncher() = default;

void SessionLauncher::ensureOutputs()
{
    if (!m_clock)
        m_clock = std::make_unique<core::SystemClock>();
    if (!m_sound)
        m_sound = new SoundEffectCueSound(this);
    if (!m_voice)
        m_voice = new TextToSpeechVoice(this);
}

QWidget* SessionLauncher::open(const QString& routineId)
{
    const core::Routine* routine = m_library.routine(routineId);
    if (!routine)
        return nullptr;
    ensureOutputs();
    auto* view = new SessionView(m_library, *routine, m_options, *m_clock, m_sound, m_voice);
    auto* window = new SessionWindow(view);
    // Sound and voice choices made during a session carry over to the next one.
    connect(view, &SessionView::soundToggled, this, [this](bool on) { m_options.soundOn = on; });
    connect(view, &SessionView::voiceToggled, this, [this](bool on) { m_options.voiceOn = on; });
    connect(window, &SessionWindow::ended, this, &SessionLauncher::sessionEnded);
    window->show();
    window->setFocus();
    return window;
}

}  // namespace legease::ui
