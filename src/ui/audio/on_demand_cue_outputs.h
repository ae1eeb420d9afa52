#pragma once

#include "core/session/cue_outputs.h"
#include "ui/audio/speech_voice.h"

#include <QPointer>

namespace legease::ui {

class CueOutputPlugin;

// Stand-ins for the real sound and voice that load the audio plugin only when a session first
// plays a cue or says a step (or the settings ask for the voices): opening the app, and even a
// session with sound and voice off, never loads Qt Multimedia or Qt TextToSpeech. When the plugin
// is missing they say so once through `unavailable`, like a computer without sound, and stay quiet.
class OnDemandCueSound : public core::CueSound {
    Q_OBJECT

public:
    explicit OnDemandCueSound(QObject* parent = nullptr);

    void play(core::Cue cue) override;
    void setVolume(double volume) override;

    bool isLoaded() const { return m_real != nullptr; }

private:
    core::CueSound* real();

    QPointer<core::CueSound> m_real;
    double m_volume = 1.0;
    bool m_missing = false;
};

class OnDemandVoice : public SpeechVoice {
    Q_OBJECT

public:
    explicit OnDemandVoice(QObject* parent = nullptr);

    void say(const QString& text) override;
    void stop() override;
    QStringList voiceNames() const override;
    void setVoiceName(const QString& name) override;

    bool isLoaded() const { return m_real != nullptr; }

private:
    SpeechVoice* real();

    QPointer<SpeechVoice> m_real;
    QString m_voiceName;
    bool m_missing = false;
};

// The audio plugin's interface, or nullptr with the reason in `problem`.
CueOutputPlugin* cueOutputPlugin(QString* problem);

}  // namespace legease::ui
