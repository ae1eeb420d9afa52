// The cue sounds and the spoken voice. Test machines usually have no sound card and may have no
// speech engine, and a developer's machine has both: every test here must give a real verdict
// either way, without sleeping and without making a noise.
#include "support/string_makers.h"

#include "plugins/audio/sound_effect_cue_sound.h"
#include "plugins/audio/text_to_speech_voice.h"

#include <QAudio>
#include <QAudioDevice>  // QMediaDevices returns a list of them but does not include it (Qt 6.4)
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QTest>
#include <QTextToSpeech>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using legease::core::Cue;
using legease::plugins::SoundEffectCueSound;
using legease::plugins::TextToSpeechVoice;

namespace {

// Long enough for a sound to load or a speech engine to start on a slow machine, also under the
// sanitizers with the other tests running beside; only spent when something is still pending.
constexpr int asyncTimeoutMs = 10'000;

bool hasAudioOutput()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

std::uint32_t le32(const QByteArray& bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return std::uint32_t(std::uint8_t(bytes.at(at + i))); };
    return byte(0) | byte(1) << 8 | byte(2) << 16 | byte(3) << 24;
}

std::uint16_t le16(const QByteArray& bytes, qsizetype at)
{
    return std::uint16_t(std::uint8_t(bytes.at(at)) | std::uint8_t(bytes.at(at + 1)) << 8);
}

struct WavInfo {
    bool riffWave = false;
    int format = 0;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    double seconds = 0.0;
    int peak = 0;           // largest absolute sample value
    int firstSample = 0;    // a sound that starts or ends away from zero clicks
    int lastSample = 0;
};

// Walks the RIFF chunks instead of assuming a 44-byte header, as a real decoder does.
WavInfo readWav(const QByteArray& bytes)
{
    WavInfo info;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return info;
    info.riffWave = true;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = qsizetype(le32(bytes, at + 4));
        const qsizetype body = at + 8;
        if (body + size > bytes.size())
            break;
        if (id == "fmt " && size >= 16) {
            info.format = le16(bytes, body);
            info.channels = le16(bytes, body + 2);
            info.sampleRate = int(le32(bytes, body + 4));
            info.bitsPerSample = le16(bytes, body + 14);
        } else if (id == "data" && info.bitsPerSample == 16 && info.channels == 1
                   && info.sampleRate > 0) {
            const qsizetype samples = size / 2;
            info.seconds = double(samples) / info.sampleRate;
            for (qsizetype i = 0; i < samples; ++i) {
                const int value = std::int16_t(le16(bytes, body + 2 * i));
                info.peak = std::max(info.peak, std::abs(value));
                if (i == 0)
                    info.firstSample = value;
                info.lastSample = value;
            }
        }
        at = body + size + (size % 2);  // chunks are padded to an even length
    }
    return info;
}

// Takes the path of a computer with a sound card, whatever this one has: loading and the error
// handling of QSoundEffect do not depend on a device (playing without one only logs).
class SoundWithOutput : public SoundEffectCueSound {
public:
    using SoundEffectCueSound::SoundEffectCueSound;

protected:
    bool hasAudioOutput() const override { return true; }
};

bool allSettled(const QList<QSoundEffect*>& effects)
{
    return std::all_of(effects.cbegin(), effects.cend(), [](const QSoundEffect* effect) {
        return effect->status() == QSoundEffect::Ready || effect->status() == QSoundEffect::Error;
    });
}

}  // namespace

TEST_CASE("the five cue sounds are compiled in as soft 16-bit mono PCM WAV files")
{
    // The sounds are registered by the class that plays them (they live in a static library).
    SoundEffectCueSound sound;

    struct Expected {
        const char* name;
        double minSeconds;
        double maxSeconds;
    };
    const Expected expected[] = {
        {"step", 0.45, 0.75},
        {"tick", 0.06, 0.18},
        {"halfway", 0.35, 0.65},
        {"switch", 0.7, 1.1},
        {"finish", 1.1, 1.7},
    };
    for (const Expected& e : expected) {
        const QString path = QStringLiteral(":/sounds/%1.wav").arg(QLatin1String(e.name));
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.size() < 150 * 1024);

        const WavInfo wav = readWav(bytes);
        REQUIRE(wav.riffWave);
        CHECK(wav.format == 1);  // plain PCM: every backend decodes it
        CHECK(wav.channels == 1);
        CHECK(wav.bitsPerSample == 16);
        CHECK((wav.sampleRate == 22050 || wav.sampleRate == 44100));
        CHECK(wav.seconds >= e.minSeconds);
        CHECK(wav.seconds <= e.maxSeconds);
        // Audible but with headroom: between about -20 dBFS and -1 dBFS.
        CHECK(wav.peak > 3277);
        CHECK(wav.peak < 29204);
        CHECK(std::abs(wav.firstSample) < 64);
        CHECK(std::abs(wav.lastSample) < 64);
    }
}

TEST_CASE("constructing the cue sound loads nothing")
{
    SoundEffectCueSound sound;
    sound.setVolume(0.5);
    CHECK(sound.findChildren<QSoundEffect*>().isEmpty());
    CHECK(sound.volume() == 0.5);
    CHECK(sound.isAvailable());

    sound.setVolume(3.0);
    CHECK(sound.volume() == 1.0);
    sound.setVolume(-1.0);
    CHECK(sound.volume() == 0.0);
}

TEST_CASE("a cue sound that fails to load says so once and then stays quiet")
{
    SoundWithOutput sound(QStringLiteral("qrc:/no-such-sounds/"));
    sound.setVolume(0.0);
    QSignalSpy spy(&sound, &legease::core::CueSound::unavailable);

    sound.play(Cue::StepStarted);
    CHECK(sound.findChildren<QSoundEffect*>().size() == 1);
    // Usually the failure shows up a moment later, but Qt's loader thread may already have given
    // up before setSource() returns.
    REQUIRE(QTest::qWaitFor([&] { return spy.count() > 0; }, asyncTimeoutMs));

    sound.play(Cue::CountdownThree);
    sound.play(Cue::Finished);
    sound.play(Cue::StepStarted);
    QCoreApplication::processEvents();

    CHECK(spy.count() == 1);
    CHECK_FALSE(sound.isAvailable());
    CHECK(spy.at(0).at(0).toString()
          == QStringLiteral("Sound could not be played, so cues are shown on screen only."));
    // Once given up, later cues load nothing more.
    CHECK(sound.findChildren<QSoundEffect*>().size() == 1);
}

TEST_CASE("each cue sound is loaded on its first cue, once, with the chosen volume")
{
    SoundWithOutput sound;
    QSignalSpy spy(&sound, &legease::core::CueSound::unavailable);
    // Not silent, to see the volume arrive. Nothing is heard: the sounds are muted below before
    // the event loop runs.
    sound.setVolume(0.25);
    const auto linear = [](double volume) {
        return static_cast<float>(QAudio::convertVolume(
            volume, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    };

    sound.play(Cue::StepStarted);
    CHECK(sound.findChildren<QSoundEffect*>().size() == 1);
    sound.play(Cue::CountdownThree);
    sound.play(Cue::CountdownTwo);
    sound.play(Cue::CountdownOne);
    sound.play(Cue::StepStarted);
    QList<QSoundEffect*> effects = sound.findChildren<QSoundEffect*>();
    CHECK(effects.size() == 2);  // the three countdown cues share one tick
    sound.play(Cue::Halfway);
    sound.play(Cue::SwitchLegs);
    sound.play(Cue::Finished);
    effects = sound.findChildren<QSoundEffect*>();
    CHECK(effects.size() == 5);

    // Once a sound has loaded, Qt 6.4's QSoundEffect::volume() reports its audio sink's volume
    // instead (1.0 on a machine without a sound card), and Qt's loader thread may finish a small
    // sound before setSource() returns. A muted effect reports the volume it was given.
    for (QSoundEffect* effect : std::as_const(effects))
        effect->setMuted(true);
    CHECK(linear(0.25) < 0.25f);  // a loudness scale, not the raw amplitude
    for (const QSoundEffect* effect : std::as_const(effects))
        CHECK(effect->volume() == Approx(linear(0.25)).margin(1e-4));
    sound.setVolume(0.0);  // reaches the sounds that already exist
    for (const QSoundEffect* effect : std::as_const(effects))
        CHECK(effect->volume() == 0.0f);

    REQUIRE(QTest::qWaitFor([&] { return allSettled(effects); }, asyncTimeoutMs));
    CHECK(spy.count() == 0);
    QStringList sources;
    for (const QSoundEffect* effect : std::as_const(effects)) {
        CHECK(effect->status() == QSoundEffect::Ready);  // the compiled-in WAVs decode
        sources.append(effect->source().toString());
    }
    sources.sort();
    CHECK(sources
          == QStringList({QStringLiteral("qrc:/sounds/finish.wav"),
                          QStringLiteral("qrc:/sounds/halfway.wav"),
                          QStringLiteral("qrc:/sounds/step.wav"),
                          QStringLiteral("qrc:/sounds/switch.wav"),
                          QStringLiteral("qrc:/sounds/tick.wav")}));
}

TEST_CASE("the cue sound asks for an audio device on the first cue and reports a missing one once")
{
    SoundEffectCueSound sound;
    sound.setVolume(0.0);
    QSignalSpy spy(&sound, &legease::core::CueSound::unavailable);

    for (int i = 0; i < 3; ++i) {
        sound.play(Cue::StepStarted);
        sound.play(Cue::CountdownOne);
    }
    QCoreApplication::processEvents();

    if (!hasAudioOutput()) {
        CHECK(spy.count() == 1);
        CHECK(spy.at(0).at(0).toString()
              == QStringLiteral("Sound is not available on this computer, so cues are shown on "
                                "screen only."));
        CHECK_FALSE(sound.isAvailable());
        // Given up before anything was loaded: no decoder or audio stream set up for nothing.
        CHECK(sound.findChildren<QSoundEffect*>().isEmpty());
    } else {
        const QList<QSoundEffect*> effects = sound.findChildren<QSoundEffect*>();
        CHECK(effects.size() == 2);
        REQUIRE(QTest::qWaitFor([&] { return allSettled(effects); }, asyncTimeoutMs));
        CHECK(spy.count() == 0);
        CHECK(sound.isAvailable());
    }
}

TEST_CASE("constructing the voice starts no speech engine")
{
    TextToSpeechVoice voice;
    voice.setVolume(0.4);
    voice.setRate(2.0);
    voice.setVoiceName(QStringLiteral("kal16"));
    voice.stop();
    CHECK(voice.findChildren<QTextToSpeech*>().isEmpty());
    CHECK(voice.volume() == 0.4);
    CHECK(voice.rate() == 1.0);
    CHECK(voice.voiceName() == QStringLiteral("kal16"));
    CHECK(voice.isAvailable());
}

TEST_CASE("the voice starts one engine on the first say, or reports once that it cannot speak")
{
    TextToSpeechVoice voice;
    voice.setVolume(0.0);  // silent on a developer's machine
    QSignalSpy spy(&voice, &legease::core::CueVoice::unavailable);

    voice.say(QStringLiteral("Calf, long strokes toward the knee."));
    voice.say(QStringLiteral("Switch legs."));

    const QStringList engines = QTextToSpeech::availableEngines();
    const QList<QTextToSpeech*> speeches = voice.findChildren<QTextToSpeech*>();
    CHECK(speeches.size() == (engines.isEmpty() ? 0 : 1));  // one engine, reused
    if (!speeches.isEmpty() && engines.contains(QStringLiteral("flite")))
        CHECK(speeches.front()->engine() == QStringLiteral("flite"));

    if (engines.isEmpty() || !hasAudioOutput()) {
        // Every engine Qt 6.4 ships speaks through an audio device.
        REQUIRE(QTest::qWaitFor([&] { return spy.count() > 0; }, asyncTimeoutMs));
        voice.say(QStringLiteral("Done."));
        voice.stop();
        QCoreApplication::processEvents();
        CHECK(spy.count() == 1);
        CHECK_FALSE(voice.isAvailable());
        CHECK(spy.at(0).at(0).toString().endsWith(QStringLiteral("shown on screen only.")));
        CHECK(voice.voiceNames().isEmpty());
        return;
    }

    QTextToSpeech* speech = speeches.front();
    REQUIRE(QTest::qWaitFor(
        [&] { return spy.count() > 0 || speech->state() == QTextToSpeech::Speaking; },
        asyncTimeoutMs));
    voice.say(QStringLiteral("Done."));
    QCoreApplication::processEvents();
    CHECK(spy.count() == 0);
    CHECK(voice.isAvailable());
    CHECK(voice.findChildren<QTextToSpeech*>().size() == 1);
    CHECK_FALSE(voice.voiceNames().isEmpty());
    voice.stop();
}

TEST_CASE("asking for the voices starts the engine, and only once")
{
    TextToSpeechVoice voice;
    QSignalSpy spy(&voice, &legease::core::CueVoice::unavailable);
    const QStringList first = voice.voiceNames();
    const QStringList second = voice.voiceNames();
    CHECK(first == second);
    CHECK(voice.findChildren<QTextToSpeech*>().size()
          == (QTextToSpeech::availableEngines().isEmpty() ? 0 : 1));
    // At most one notice, however often the settings dialog asks.
    CHECK(spy.count() == (voice.isAvailable() ? 0 : 1));
    CHECK(first.isEmpty() == !voice.isAvailable());
}
