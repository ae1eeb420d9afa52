#include "plugins/audio/text_to_speech_voice.h"

#include <QDebug>
#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>

namespace legease::plugins {

TextToSpeechVoice::TextToSpeechVoice(QObject* parent)
    : SpeechVoice(parent)
{
}

void TextToSpeechVoice::say(const QString& text)
{
    QTextToSpeech* speech = engine();
    if (!speech || text.trimmed().isEmpty())
        return;
    // A new cue makes the old sentence stale: cut it off rather than queue behind it.
    if (speech->state() == QTextToSpeech::Speaking || speech->state() == QTextToSpeech::Paused)
        speech->stop();
    speech->say(text);
}

void TextToSpeechVoice::stop()
{
    if (m_speech && !m_unavailable)
        m_speech->stop();
}

QStringList TextToSpeechVoice::voiceNames() const
{
    QStringList names;
    if (QTextToSpeech* speech = const_cast<TextToSpeechVoice*>(this)->engine()) {
        const QList<QVoice> voices = speech->availableVoices();
        for (const QVoice& voice : voices)
            names.append(voice.name());
    }
    return names;
}

void TextToSpeechVoice::setVoiceName(const QString& name)
{
    m_voiceName = name;
    if (m_speech && !m_unavailable)
        applyVoice();
}

void TextToSpeechVoice::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_speech && !m_unavailable)
        m_speech->setVolume(m_volume);
}

void TextToSpeechVoice::setRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (m_speech && !m_unavailable)
        m_speech->setRate(m_rate);
}

QTextToSpeech* TextToSpeechVoice::engine()
{
    if (m_unavailable)
        return nullptr;
    if (m_speech)
        return m_speech;

    const QString notAvailable = tr(
        "Spoken instructions are not available on this computer, so they are shown on screen only.");
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        giveUp(notAvailable, QStringLiteral("no text-to-speech engine plugin is installed"));
        return nullptr;
    }
    // flite is bundled and needs no speech daemon; the platform default may be speech-dispatcher,
    // which can be missing or misconfigured.
    const QString flite = QStringLiteral("flite");
    m_speech = engines.contains(flite) ? new QTextToSpeech(flite, this) : new QTextToSpeech(this);

    const QString stoppedWorking =
        tr("Spoken instructions stopped working, so they are shown on screen only.");
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
        [this, stoppedWorking](QTextToSpeech::ErrorReason, const QString& detail) {
            giveUp(stoppedWorking, detail);
        });
    connect(m_speech, &QTextToSpeech::stateChanged, this,
        [this, stoppedWorking](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Error)
                giveUp(stoppedWorking, m_speech->errorString());
        });

    // Qt 6.4's flite engine without an audio device reports the problem only through
    // errorReason() while state() still says Ready; the first say() would fail a moment later.
    if (m_speech->state() == QTextToSpeech::Error
        || m_speech->errorReason() != QTextToSpeech::ErrorReason::NoError
        || m_speech->engine().isEmpty()) {
        giveUp(notAvailable, m_speech->errorString());
        return nullptr;
    }

    m_speech->setVolume(m_volume);
    m_speech->setRate(m_rate);
    applyVoice();
    return m_unavailable ? nullptr : m_speech;
}

void TextToSpeechVoice::applyVoice()
{
    if (m_voiceName.isEmpty())
        return;
    const QList<QVoice> voices = m_speech->availableVoices();
    const auto found = std::find_if(voices.cbegin(), voices.cend(),
        [this](const QVoice& voice) { return voice.name() == m_voiceName; });
    if (found != voices.cend())
        m_speech->setVoice(*found);
}

void TextToSpeechVoice::giveUp(const QString& reason, const QString& detail)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    // The reason is for people; the engine's own words are for whoever reads a bug report.
    qWarning().noquote() << "Speech is off:" << detail;
    if (m_speech)
        m_speech->stop();
    Q_EMIT unavailable(reason);
}

}  // namespace legease::plugins
