// The audio plugin's entry point: Qt loads this library on the first cue or the first look at
// the voices, and asks it for the real outputs.
#include "plugins/audio/sound_effect_cue_sound.h"
#include "plugins/audio/text_to_speech_voice.h"
#include "ui/audio/cue_output_plugin.h"

#include <QObject>

namespace legease::plugins {

class AudioPlugin : public QObject, public ui::CueOutputPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LEGEASE_CUE_OUTPUT_PLUGIN_IID)
    Q_INTERFACES(legease::ui::CueOutputPlugin)

public:
    core::CueSound* createSound(QObject* parent) override { return new SoundEffectCueSound(parent); }
    ui::SpeechVoice* createVoice(QObject* parent) override { return new TextToSpeechVoice(parent); }
};

}  // namespace legease::plugins

#include "audio_plugin.moc"
