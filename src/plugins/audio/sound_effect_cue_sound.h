#pragma once

#include "core/session/cue_outputs.h"

#include <array>

class QSoundEffect;

namespace legease::plugins {

// Plays the cue sounds compiled in under :/sounds through QSoundEffect. Start-up must stay lean,
// so nothing from Qt Multimedia is touched until the first cue is played; each sound is loaded
// the first time it is needed. When sound cannot work (no output device, a sound that fails to
// load) it says so once through `unavailable` and then ignores every later cue: the session shows
// every cue on screen anyway.
class SoundEffectCueSound : public core::CueSound {
    Q_OBJECT

public:
    explicit SoundEffectCueSound(QObject* parent = nullptr);

    // `soundFolder` is a URL prefix that the sound names ("step.wav", ...) are appended to; tests
    // point it somewhere empty to see how a sound that cannot load is handled.
    explicit SoundEffectCueSound(const QString& soundFolder, QObject* parent = nullptr);

    void play(core::Cue cue) override;
    void setVolume(double volume) override;  // 0.0 to 1.0 on a loudness scale, as a slider feels

    double volume() const { return m_volume; }
    bool isAvailable() const { return !m_unavailable; }

protected:
    // Whether the computer has any audio output at all. Virtual so that tests can take the path
    // of a machine with a sound card on one without.
    virtual bool hasAudioOutput() const;

private:
    enum class Sound { Step, Tick, Halfway, Switch, Finish, Count };

    static Sound soundFor(core::Cue cue);
    static QString fileNameOf(Sound sound);

    QSoundEffect* effectFor(Sound sound);
    void applyVolume(QSoundEffect* effect) const;
    void giveUp(const QString& reason);

    QString m_soundFolder;
    std::array<QSoundEffect*, static_cast<std::size_t>(Sound::Count)> m_effects{};
    double m_volume = 1.0;
    bool m_deviceChecked = false;
    bool m_unavailable = false;
};

}  // namespace legease::plugins
