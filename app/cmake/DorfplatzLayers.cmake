# The layers of the kiosk, enforced at build time. A target links only what is below it:
#
#   dorfplatz_core            core/       Qt Core, Network, Sql; libical. No GUI.
#   dorfplatz_media           media/      + Qt Gui, Qt Multimedia, libVLC. No widgets.
#   dorfplatz_kit             ui/kit/     + Qt Widgets, Svg: theme, screens, navigator, widgets
#   dorfplatz_ui_<feature>    ui/<feature>/  one per feature; never another feature
#   dorfplatz_shell           ui/shell/   the composition root: may use every feature
#   dorfplatz-sync            sync/       core only
#
# Linking keeps the symbols apart; dorfplatz_check_includes() keeps the headers apart: a build
# step before each target's compilation reads its #include lines (CheckIncludes.cmake) and fails
# the build on an include from a layer or feature the target may not use.

# Qt modules and headers above the domain core (the regex runs on the text between < and >).
set(DORFPLATZ_GUI_HEADERS
    "^(Qt(Gui|Widgets|Multimedia|MultimediaWidgets|Svg|SvgWidgets|WebEngine[A-Za-z]*|WebChannel)/|Q(Widget|Application|GuiApplication|Window|Screen|Image|Pixmap|Painter|Color|Font|FontMetrics|Icon|Label|MediaPlayer|AudioOutput|SoundEffect|VideoSink)$)")
set(DORFPLATZ_WIDGET_HEADERS
    "^(Qt(Widgets|MultimediaWidgets|SvgWidgets|WebEngineWidgets)/|Q(Widget|Application|Label|PushButton|StackedWidget|VideoWidget)$)")

# dorfplatz_check_includes(TARGET ALLOW prefix... [FORBID_SYSTEM regex])
function(dorfplatz_check_includes target)
    cmake_parse_arguments(arg "" "FORBID_SYSTEM" "ALLOW" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(files "")
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.(h|cpp)$")
            continue()
        endif()
        if(NOT IS_ABSOLUTE "${source}")
            set(source "${source_dir}/${source}")
        endif()
        list(APPEND files "${source}")
    endforeach()
    set(rules "${CMAKE_CURRENT_BINARY_DIR}/${target}_layers.cmake")
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_layers.stamp")
    file(CONFIGURE OUTPUT "${rules}" CONTENT [=[
set(TARGET "@target@")
set(APP_DIR "@DORFPLATZ_APP_DIR@")
set(ALLOW "@arg_ALLOW@")
set(FORBID_SYSTEM "@arg_FORBID_SYSTEM@")
set(FILES "@files@")
set(STAMP "@stamp@")
]=] @ONLY)
    add_custom_command(OUTPUT "${stamp}"
        COMMAND ${CMAKE_COMMAND} -DRULES=${rules} -P ${DORFPLATZ_APP_DIR}/cmake/CheckIncludes.cmake
        DEPENDS ${files} "${rules}" ${DORFPLATZ_APP_DIR}/cmake/CheckIncludes.cmake
        COMMENT "Checking the layers of ${target}"
        VERBATIM)
    add_custom_target(${target}_layers DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layers)
endfunction()

# dorfplatz_add_feature(NAME SOURCES...): one screen feature (ui/NAME/), linking kit, media and
# core, and including nothing of another feature.
function(dorfplatz_add_feature name)
    qt_add_library(dorfplatz_ui_${name} STATIC ${ARGN})
    target_link_libraries(dorfplatz_ui_${name} PUBLIC dorfplatz_kit dorfplatz_media)
    dorfplatz_check_includes(dorfplatz_ui_${name} ALLOW core/ media/ ui/kit/ ui/${name}/)
endfunction()
