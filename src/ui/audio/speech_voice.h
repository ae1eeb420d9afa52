#pragma once

#include "core/session/cue_outputs.h"

#include <QStringList>

namespace legease::ui {

// A voice that can be chosen in the settings. The real one (Qt TextToSpeech) lives in the audio
// plugin; the app only knows it through this interface, so it never links Qt TextToSpeech.
class SpeechVoice : public core::CueVoice {
public:
    using core::CueVoice::CueVoice;

    // May start the speech engine; only asked for when the settings dialog opens.
    virtual QStringList voiceNames() const = 0;
    virtual void setVoiceName(const QString& name) = 0;  // empty or unknown: the engine's default
};

}  // namespace legease::ui
