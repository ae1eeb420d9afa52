# Cue sounds (QSoundEffect) and spoken instructions (QTextToSpeech) live in the audio plugin,
# legease_audio.so: linking Qt Multimedia and Qt TextToSpeech into the app would load them, and
# Qt Network, PulseAudio and the codecs behind them, before main() on every start (see
# docs/performance.md). The app has stand-ins that load the plugin on the first cue.
find_package(Qt6 REQUIRED COMPONENTS Multimedia TextToSpeech)

target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/audio/cue_output_plugin.h
    ${CMAKE_CURRENT_LIST_DIR}/audio/on_demand_cue_outputs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audio/on_demand_cue_outputs.h
    ${CMAKE_CURRENT_LIST_DIR}/audio/speech_voice.h
)

# Qt 6.4's qt_standard_project_setup turns on AUTOMOC and AUTOUIC but not AUTORCC, so the .qrc is
# compiled explicitly. In a static library its object file is only kept because
# SoundEffectCueSound refers to it through Q_INIT_RESOURCE(sounds).
qt_add_resources(legease_sound_resources ${PROJECT_SOURCE_DIR}/resources/sounds.qrc)

# The real outputs, as a static library: the plugin wraps it, and the tests link it directly.
add_library(legease_audio_outputs STATIC
    ${CMAKE_CURRENT_LIST_DIR}/audio/sound_effect_cue_sound.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audio/sound_effect_cue_sound.h
    ${CMAKE_CURRENT_LIST_DIR}/audio/text_to_speech_voice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audio/text_to_speech_voice.h
    ${legease_sound_resources}
)
target_link_libraries(legease_audio_outputs PUBLIC legease_ui Qt6::Multimedia Qt6::TextToSpeech PRIVATE legease_warnings)

legease_add_plugin(legease_audio SOURCES ${CMAKE_CURRENT_LIST_DIR}/audio/audio_plugin.cpp LINK legease_audio_outputs)
