# Choosing the interface language and loading its translations (Qt Core only).
target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/language/language.cpp
    ${CMAKE_CURRENT_LIST_DIR}/language/language.h
)
target_include_directories(legease_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR}/language)
