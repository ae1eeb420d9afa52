#include "plugins/audio/sound_effect_cue_sound.h"

#include <QAudio>
#include <QAudioDevice>  // QMediaDevices returns a list of them but does not include it (Qt 6.4)
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

#include <algorithm>

// The sounds live in a static library, where the linker drops a resource object file nothing
// refers to; this reference keeps them in every program that plays cues. Global scope, because
// Q_INIT_RESOURCE declares a function of the global namespace.
static void registerSoundResources()
{
    Q_INIT_RESOURCE(sounds);
}

namespace legease::plugins {

SoundEffectCueSound::SoundEffectCueSound(QObject* parent)
    : SoundEffectCueSound(QStringLiteral("qrc:/sounds/"), parent)
{
}

SoundEffectCueSound::SoundEffectCueSound(const QString& soundFolder, QObject* parent)
    : core::CueSound(parent)
    , m_soundFolder(soundFolder)
{
    static const bool registered = [] {
        registerSoundResources();
        return true;
    }();
    Q_UNUSED(registered);
}

void SoundEffectCueSound::play(core::Cue cue)
{
    if (m_unavailable)
        return;
    if (!m_deviceChecked) {
        // Asked here rather than in the constructor: it loads the audio backend, which start-up
        // should not pay for when a session is never run.
        m_deviceChecked = true;
        if (!hasAudioOutput()) {
            giveUp(tr("Sound is not available on this computer, so cues are shown on screen only."));
            return;
        }
    }
    if (QSoundEffect* effect = effectFor(soundFor(cue))) {
        // While the sound is still loading, play() is remembered and happens once it is ready.
        effect->play();
    }
}

void SoundEffectCueSound::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    for (QSoundEffect* effect : m_effects) {
        if (effect)
            applyVolume(effect);
    }
}

bool SoundEffectCueSound::hasAudioOutput() const
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

SoundEffectCueSound::Sound SoundEffectCueSound::soundFor(core::Cue cue)
{
    switch (cue) {
    case core::Cue::StepStarted:
        return Sound::Step;
    case core::Cue::CountdownThree:
    case core::Cue::CountdownTwo:
    case core::Cue::CountdownOne:
        return Sound::Tick;
    case core::Cue::Halfway:
        return Sound::Halfway;
    case core::Cue::SwitchLegs:
        return Sound::Switch;
    case core::Cue::Finished:
        return Sound::Finish;
    }
    return Sound::Step;  // unreachable for valid enum values; keeps -Wreturn-type quiet
}

QString SoundEffectCueSound::fileNameOf(Sound sound)
{
    switch (sound) {
    case Sound::Step:
        return QStringLiteral("step.wav");
    case Sound::Tick:
        return QStringLiteral("tick.wav");
    case Sound::Halfway:
        return QStringLiteral("halfway.wav");
    case Sound::Switch:
        return QStringLiteral("switch.wav");
    case Sound::Finish:
    case Sound::Count:
        break;
    }
    return QStringLiteral("finish.wav");
}

QSoundEffect* SoundEffectCueSound::effectFor(Sound sound)
{
    QSoundEffect*& effect = m_effects[static_cast<std::size_t>(sound)];
    if (effect)
        return effect;
    effect = new QSoundEffect(this);
    applyVolume(effect);
    // A broken or undecodable sound shows up as Error: usually later, as loading runs on Qt's
    // loader thread, but before setSource() returns if that thread has already given up.
    connect(effect, &QSoundEffect::statusChanged, this, [this, effect] {
        if (effect->status() == QSoundEffect::Error)
            giveUp(tr("Sound could not be played, so cues are shown on screen only."));
    });
    effect->setSource(QUrl(m_soundFolder + fileNameOf(sound)));
    return m_unavailable ? nullptr : effect;
}

void SoundEffectCueSound::applyVolume(QSoundEffect* effect) const
{
    // QSoundEffect's volume is a linear amplitude; a settings slider should feel even in loudness.
    effect->setVolume(static_cast<float>(QAudio::convertVolume(
        m_volume, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
}

void SoundEffectCueSound::giveUp(const QString& reason)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    for (QSoundEffect* effect : m_effects) {
        if (effect)
            effect->stop();
    }
    Q_EMIT unavailable(reason);
}

}  // namespace legease::plugins
