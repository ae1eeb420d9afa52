# Leg diagram widget and its SVG (see src/ui/leg_diagram.*).
find_package(Qt6 REQUIRED COMPONENTS Svg Xml)

# The classic form of qt_add_resources gives a plain source file; LegDiagram calls
# Q_INIT_RESOURCE(diagram) because nothing else would pull it out of the static library.
qt_add_resources(legease_diagram_resources ${PROJECT_SOURCE_DIR}/resources/diagram.qrc)

target_sources(legease_ui PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/leg_diagram.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/leg_diagram.h
    ${legease_diagram_resources})
target_link_libraries(legease_ui PUBLIC Qt6::Svg Qt6::Xml)
