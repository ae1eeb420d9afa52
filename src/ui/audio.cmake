# Cue sounds (QSoundEffect) and spoken instructions (QTextToSpeech). Their objects and plugins
# are only created when a session first plays a cue, but linking the libraries still loads them
# at start-up (about 4 ms and some MiB, see docs/performance.md); moving them behind a plugin
# loaded on first use is the planned fix.
find_package(Qt6 REQUIRED COMPONENTS Multimedia TextToSpeech)

# Qt 6.4's qt_standard_project_setup turns on AUTOMOC and AUTOUIC but not AUTORCC, so the .qrc is
# compiled explicitly. In a static library its object file is only kept because
# SoundEffectCueSound refers to it through Q_INIT_RESOURCE(sounds).
qt_add_resources(legease_sound_resources ${PROJECT_SOURCE_DIR}/resources/sounds.qrc)

target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/audio/sound_effect_cue_sound.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audio/sound_effect_cue_sound.h
    ${CMAKE_CURRENT_LIST_DIR}/audio/text_to_speech_voice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audio/text_to_speech_voice.h
    ${legease_sound_resources}
)
target_link_libraries(legease_ui PUBLIC Qt6::Multimedia Qt6::TextToSpeech)
