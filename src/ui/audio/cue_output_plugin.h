#pragma once

#include "core/session/cue_outputs.h"
#include "ui/audio/speech_voice.h"

#include <QtPlugin>

namespace legease::ui {

// What the audio plugin (legease_audio.so, src/ui/audio.cmake) provides: the cue sounds and the
// spoken voice, made by code that links Qt Multimedia and Qt TextToSpeech so the app does not.
class CueOutputPlugin {
public:
    virtual ~CueOutputPlugin() = default;
    virtual core::CueSound* createSound(QObject* parent) = 0;
    virtual SpeechVoice* createVoice(QObject* parent) = 0;
};

}  // namespace legease::ui

#define LEGEASE_CUE_OUTPUT_PLUGIN_IID "org.legease.CueOutputPlugin/1"
Q_DECLARE_INTERFACE(legease::ui::CueOutputPlugin, LEGEASE_CUE_OUTPUT_PLUGIN_IID)
