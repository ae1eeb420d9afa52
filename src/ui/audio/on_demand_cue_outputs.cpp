#include "ui/audio/on_demand_cue_outputs.h"

#include "ui/audio/cue_output_plugin.h"
#include "ui/plugin_loader.h"

#include <QDebug>

namespace legease::ui {

CueOutputPlugin* cueOutputPlugin(QString* problem)
{
    return loadPlugin<CueOutputPlugin>(QStringLiteral("legease_audio"), problem);
}

OnDemandCueSound::OnDemandCueSound(QObject* parent)
    : core::CueSound(parent)
{
}

void OnDemandCueSound::play(core::Cue cue)
{
    if (core::CueSound* sound = real())
        sound->play(cue);
}

void OnDemandCueSound::setVolume(double volume)
{
    m_volume = volume;
    if (m_real)
        m_real->setVolume(volume);
}

core::CueSound* OnDemandCueSound::real()
{
    if (m_real || m_missing)
        return m_real;
    QString problem;
    CueOutputPlugin* plugin = cueOutputPlugin(&problem);
    if (!plugin) {
        m_missing = true;
        // The file name is for whoever reads a bug report; people get the sentence.
        qWarning().noquote() << "Sound is off:" << problem;
        Q_EMIT unavailable(tr("Sound is not available because a part of LegEase is missing from this "
                              "installation, so cues are shown on screen only."));
        return nullptr;
    }
    m_real = plugin->createSound(this);
    m_real->setVolume(m_volume);
    connect(m_real, &core::CueSound::unavailable, this, &core::CueSound::unavailable);
    return m_real;
}

OnDemandVoice::OnDemandVoice(QObject* parent)
    : SpeechVoice(parent)
{
}

void OnDemandVoice::say(const QString& text)
{
    if (SpeechVoice* voice = real())
        voice->say(text);
}

void OnDemandVoice::stop()
{
    if (m_real)  // nothing can be playing before the first say()
        m_real->stop();
}

QStringList OnDemandVoice::voiceNames() const
{
    // Loading the plugin to list the voices is logically const, as in the real voice.
    SpeechVoice* voice = const_cast<OnDemandVoice*>(this)->real();
    return voice ? voice->voiceNames() : QStringList();
}

void OnDemandVoice::setVoiceName(const QString& name)
{
    m_voiceName = name;
    if (m_real)
        m_real->setVoiceName(name);
}

SpeechVoice* OnDemandVoice::real()
{
    if (m_real || m_missing)
        return m_real;
    QString problem;
    CueOutputPlugin* plugin = cueOutputPlugin(&problem);
    if (!plugin) {
        m_missing = true;
        qWarning().noquote() << "Speech is off:" << problem;
        Q_EMIT unavailable(tr("Spoken instructions are not available because a part of LegEase is missing from "
                              "this installation, so they are shown on screen only."));
        return nullptr;
    }
    m_real = plugin->createVoice(this);
    m_real->setVoiceName(m_voiceName);
    connect(m_real, &core::CueVoice::unavailable, this, &core::CueVoice::unavailable);
    return m_real;
}

}  // namespace legease::ui
