# One interface target carries the compiler settings every Dorfplatz target shares.
add_library(dorfplatz_settings INTERFACE)
target_compile_features(dorfplatz_settings INTERFACE cxx_std_20)
target_compile_definitions(dorfplatz_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DORFPLATZ_VERSION="${PROJECT_VERSION}")
target_compile_options(dorfplatz_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)

# CI builds (CI set in the environment, or -DDORFPLATZ_WERROR=ON) turn warnings into errors.
if(DEFINED ENV{CI})
    set(_dorfplatz_werror_default ON)
else()
    set(_dorfplatz_werror_default OFF)
endif()
option(DORFPLATZ_WERROR "Treat compiler warnings as errors" ${_dorfplatz_werror_default})
if(DORFPLATZ_WERROR)
    target_compile_options(dorfplatz_settings INTERFACE -Werror)
endif()
