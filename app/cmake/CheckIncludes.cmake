# Checks the #include lines of one target's files against the layers (see DorfplatzLayers.cmake).
# Run as: cmake -DRULES=<file> -P CheckIncludes.cmake
# RULES is a CMake file that sets TARGET, APP_DIR, ALLOW (app-relative folder prefixes the target
# may include, e.g. "core/;ui/kit/"), FORBID_SYSTEM (a regex of <...> headers the layer must not
# use), FILES (the target's own sources) and STAMP (written on success).
#
# Quoted includes are resolved against the including file's folder first, then against app/; an
# include that lands in core/, media/, sync/ or ui/ must start with one of ALLOW. Some system
# headers belong to the one place that wraps them: <vlc/...> to media/vlc/, <libical/...> to the
# iCalendar adapter (core/events/icsadapter and ical/), Qt WebEngine to ui/calls/web/.
include("${RULES}")

# Each entry: a regex of headers, "=>", the app-relative paths (prefixes) that may include them.
set(confined
    "^vlc/=>media/vlc/"
    "^libical/=>core/events/ical/,core/events/icsadapter."
    "^(QtWebEngine[A-Za-z]*/|QWebEngine)=>ui/calls/web/")

# Sets `out` to TRUE when `path` starts with one of the `prefixes`.
function(starts_with_any out path prefixes)
    foreach(prefix IN LISTS prefixes)
        string(FIND "${path}" "${prefix}" at)
        if(at EQUAL 0)
            set(${out} TRUE PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${out} FALSE PARENT_SCOPE)
endfunction()

set(problems "")
foreach(file IN LISTS FILES)
    if(NOT file MATCHES "\\.(h|cpp)$")
        continue()
    endif()
    file(RELATIVE_PATH file_rel "${APP_DIR}" "${file}")
    get_filename_component(dir "${file}" DIRECTORY)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
        if(line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
            set(include "${CMAKE_MATCH_1}")
            if(EXISTS "${dir}/${include}")
                get_filename_component(resolved "${dir}/${include}" ABSOLUTE)
                file(RELATIVE_PATH rel "${APP_DIR}" "${resolved}")
            else()
                set(rel "${include}")
            endif()
            if(NOT rel MATCHES "^(core|media|sync|ui)/")
                continue() # generated files (.moc), or outside the app
            endif()
            starts_with_any(allowed "${rel}" "${ALLOW}")
            if(NOT allowed)
                string(REPLACE ";" " " allow_text "${ALLOW}")
                string(APPEND problems
                    "  ${file_rel}: #include \"${include}\" (${rel}): ${TARGET} may include only ${allow_text}\n")
            endif()
        elseif(line MATCHES "#[ \t]*include[ \t]*<([^>]+)>")
            set(include "${CMAKE_MATCH_1}")
            if(FORBID_SYSTEM AND include MATCHES "${FORBID_SYSTEM}")
                string(APPEND problems
                    "  ${file_rel}: #include <${include}>: not in ${TARGET}'s layer\n")
            endif()
            foreach(rule IN LISTS confined)
                string(FIND "${rule}" "=>" arrow)
                string(SUBSTRING "${rule}" 0 ${arrow} pattern)
                math(EXPR arrow "${arrow} + 2")
                string(SUBSTRING "${rule}" ${arrow} -1 places)
                if(NOT include MATCHES "${pattern}")
                    continue()
                endif()
                string(REPLACE "," ";" places "${places}")
                starts_with_any(inside "${file_rel}" "${places}")
                if(NOT inside)
                    string(REPLACE ";" " " places "${places}")
                    string(APPEND problems
                        "  ${file_rel}: #include <${include}>: only ${places} may use this library\n")
                endif()
            endforeach()
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "Layer check failed for ${TARGET} (app/cmake/DorfplatzLayers.cmake):\n${problems}")
endif()
if(STAMP)
    file(WRITE "${STAMP}" "ok\n")
endif()
