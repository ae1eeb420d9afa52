#pragma once

#include "ui/audio/speech_voice.h"

#include <QStringList>

class QTextToSpeech;

namespace legease::plugins {

// Speaks instructions through QTextToSpeech, preferring the bundled flite engine (it works
// offline and without a speech daemon). The engine is created on the first say() or when the
// settings ask for voices, never at start-up. When speech cannot work it says so once through
// `unavailable` and then stays quiet; the instructions are always on screen as well.
class TextToSpeechVoice : public ui::SpeechVoice {
    Q_OBJECT

public:
    explicit TextToSpeechVoice(QObject* parent = nullptr);

    void say(const QString& text) override;  // replaces whatever is being said
    void stop() override;

    // For the settings dialog. Creating the engine to list its voices is logically const: the
    // voice says and plays nothing until asked to.
    QStringList voiceNames() const override;
    void setVoiceName(const QString& name) override;  // empty or unknown: the engine's default voice
    void setVolume(double volume);           // 0.0 to 1.0
    void setRate(double rate);               // -1.0 (slower) to 1.0 (faster), 0.0 is normal

    QString voiceName() const { return m_voiceName; }
    double volume() const { return m_volume; }
    double rate() const { return m_rate; }
    bool isAvailable() const { return !m_unavailable; }

private:
    QTextToSpeech* engine();  // nullptr once speech is known not to work
    void applyVoice();
    void giveUp(const QString& reason, const QString& detail);

    QTextToSpeech* m_speech = nullptr;
    QString m_voiceName;
    double m_volume = 1.0;
    double m_rate = 0.0;
    bool m_unavailable = false;
};

}  // namespace legease::plugins
