# DbiWasm — the Emscripten half of the build (included by the top level only when EMSCRIPTEN).
#
# Provides:
#   DBI_NODE      node, to run wasm tests under ctest (cache; found on PATH)
#   dbi_imgui     Dear ImGui 1.86 core + GLFW and OpenGL3 (WebGL2 / GLSL ES 3.00) backends, static
#   dbi_sodium    libsodium 1.0.18 (all of src/libsodium), static, public include dir attached
#
# ImGui and libsodium come from Debian's source packages, fetched at configure time with
# `apt-get source` into DBI_DEB_SOURCE_CACHE and pinned by version and by the sha256 of the .dsc
# (apt checks the tarballs against the signed Sources index, the .dsc pin closes the loop).
# `dpkg-source -x` applies Debian's patches (libsodium: CVE-2025-69277). Offline or vendored
# builds pass -DDBI_IMGUI_SOURCE_DIR=… -DDBI_SODIUM_SOURCE_DIR=… instead; those trees are checked
# for the right version. Every failure stops configure with one line that says what to do.
#
# Node (Debian 12's node 18 and NodeSource's node 20 must both work):
#   - emcmake passes `--experimental-wasm-threads` in CMAKE_CROSSCOMPILING_EMULATOR; node 20
#     rejects it, and nothing here uses threads: dropped.
#   - NodeSource's node does not search /usr/share/nodejs, where Debian's node-acorn lives; every
#     optimised em++ link needs acorn. When emscripten's node cannot require('acorn'), links run
#     through `env NODE_PATH=/usr/share/nodejs`.
#   - node >= 18 has a global fetch(), which 3.1.6's loader prefers and which fails on file
#     paths: node-run targets link with -sWASM_ASYNC_COMPILATION=0 (done where they are defined).

include_guard(GLOBAL)

# ---------------------------------------------------------------------------------------------
# Node

set(DBI_NODE "" CACHE FILEPATH "node used to run wasm tests (found on PATH when empty)")
if(NOT DBI_NODE)
  find_program(DBI_NODE_FOUND NAMES node nodejs NO_CMAKE_FIND_ROOT_PATH)
  if(NOT DBI_NODE_FOUND)
    message(FATAL_ERROR "DBI: node not found — install it with: apt-get install nodejs")
  endif()
  set(DBI_NODE "${DBI_NODE_FOUND}" CACHE FILEPATH
      "node used to run wasm tests (found on PATH when empty)" FORCE)
endif()

if(CMAKE_CROSSCOMPILING_EMULATOR MATCHES "--experimental-wasm-threads")
  set(_dbi_emulator ${CMAKE_CROSSCOMPILING_EMULATOR})
  list(FILTER _dbi_emulator EXCLUDE REGEX "^--experimental-wasm-threads$")
  set(CMAKE_CROSSCOMPILING_EMULATOR "${_dbi_emulator}" CACHE FILEPATH
      "Path to the emulator for the target system." FORCE)
  unset(_dbi_emulator)
endif()

# The node em++ itself runs: EM_NODE_JS, else NODE_JS from emscripten's config, else DBI_NODE.
set(_dbi_em_node "$ENV{EM_NODE_JS}")
if(NOT _dbi_em_node)
  set(_dbi_em_config "$ENV{EM_CONFIG}")
  if(NOT _dbi_em_config AND EMSCRIPTEN_ROOT_PATH)
    set(_dbi_em_config "${EMSCRIPTEN_ROOT_PATH}/.emscripten")
  endif()
  if(_dbi_em_config AND EXISTS "${_dbi_em_config}")
    file(STRINGS "${_dbi_em_config}" _dbi_node_line REGEX "^NODE_JS *=")
    if(_dbi_node_line MATCHES "^NODE_JS *= *['\"]([^'\"]+)['\"]")
      set(_dbi_em_node "${CMAKE_MATCH_1}")
    endif()
  endif()
endif()
if(NOT _dbi_em_node OR NOT EXISTS "${_dbi_em_node}")
  set(_dbi_em_node "${DBI_NODE}")
endif()

execute_process(COMMAND "${_dbi_em_node}" -e "require('acorn')"
                RESULT_VARIABLE _dbi_acorn_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _dbi_acorn_rc EQUAL 0)
  set(_dbi_node_path "/usr/share/nodejs")
  if(DEFINED ENV{NODE_PATH} AND NOT "$ENV{NODE_PATH}" STREQUAL "")
    set(_dbi_node_path "/usr/share/nodejs:$ENV{NODE_PATH}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env "NODE_PATH=${_dbi_node_path}"
                          "${_dbi_em_node}" -e "require('acorn')"
                  RESULT_VARIABLE _dbi_acorn_rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT _dbi_acorn_rc EQUAL 0)
    message(FATAL_ERROR "DBI: ${_dbi_em_node} cannot load the JavaScript module 'acorn' that "
                        "em++ needs — install it with: apt-get install node-acorn")
  endif()
  # Targets created from here on link through the launcher (dbi_core is a static library:
  # archiving needs no node).
  set(CMAKE_C_LINKER_LAUNCHER env "NODE_PATH=${_dbi_node_path}")
  set(CMAKE_CXX_LINKER_LAUNCHER env "NODE_PATH=${_dbi_node_path}")
  message(STATUS "DBI: ${_dbi_em_node} lacks /usr/share/nodejs; em++ links run with "
                 "NODE_PATH=${_dbi_node_path}")
endif()
unset(_dbi_acorn_rc)
unset(_dbi_em_config)
unset(_dbi_node_line)

# ---------------------------------------------------------------------------------------------
# Debian source packages

set(DBI_IMGUI_DEB_VERSION "1.86+ds-1")
set(DBI_IMGUI_DSC_SHA256 "a8023a69501688316566ecd615fe98ecc53b11d305205a6636593f7066bdb7c3")
set(DBI_SODIUM_DEB_VERSION "1.0.18-1+deb12u1")
set(DBI_SODIUM_DSC_SHA256 "2c23c57b5a9385dab5a1916014c9b5f2cdd7dadeb8a35b28c1bfb603ce7095c4")

# dbi_deb_source(<package> <version> <dsc-sha256> <out-var>)
# Sets <out-var> to the unpacked, patched source tree `${DBI_DEB_SOURCE_CACHE}/<package>_<version>`.
# A tree is reused only when its stamp records the pinned .dsc hash and the .dsc still matches,
# so a re-configure neither downloads nor unpacks again.
function(dbi_deb_source package version sha256 out_var)
  get_filename_component(cache "${DBI_DEB_SOURCE_CACHE}" ABSOLUTE BASE_DIR "${CMAKE_BINARY_DIR}")
  set(dsc "${cache}/${package}_${version}.dsc")
  set(tree "${cache}/${package}_${version}")
  set(stamp "${tree}.stamp")
  string(TOUPPER "${package}" upper)
  if(package STREQUAL "libsodium")
    set(override_var DBI_SODIUM_SOURCE_DIR)
  else()
    set(override_var DBI_${upper}_SOURCE_DIR)
  endif()

  if(EXISTS "${dsc}" AND EXISTS "${stamp}" AND IS_DIRECTORY "${tree}")
    file(SHA256 "${dsc}" actual)
    file(READ "${stamp}" stamped)
    string(STRIP "${stamped}" stamped)
    if(actual STREQUAL sha256 AND stamped STREQUAL sha256)
      set(${out_var} "${tree}" PARENT_SCOPE)
      return()
    endif()
  endif()

  find_program(DBI_APT_GET apt-get NO_CMAKE_FIND_ROOT_PATH)
  if(NOT DBI_APT_GET)
    message(FATAL_ERROR "DBI: apt-get not found (package apt, Debian only) — fetching ${package} "
                        "needs it; or pass -D${override_var}=<unpacked ${package} source tree>")
  endif()
  find_program(DBI_DPKG_SOURCE dpkg-source NO_CMAKE_FIND_ROOT_PATH)
  if(NOT DBI_DPKG_SOURCE)
    message(FATAL_ERROR "DBI: dpkg-source not found — install it with: apt-get install dpkg-dev")
  endif()

  file(MAKE_DIRECTORY "${cache}")
  message(STATUS "DBI: apt-get source ${package}=${version} → ${cache}")
  execute_process(COMMAND "${DBI_APT_GET}" source --download-only "${package}=${version}"
                  WORKING_DIRECTORY "${cache}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    if(err MATCHES "deb-src")
      message(FATAL_ERROR "DBI: apt has no deb-src entries, so `apt-get source ${package}` cannot "
              "work — enable them as root with: sed -i 's/^Types: deb$/Types: deb deb-src/' "
              "/etc/apt/sources.list.d/debian.sources && apt-get update — or pass "
              "-D${override_var}=<unpacked ${package} source tree>")
    elseif(err MATCHES "[Cc]an ?not find version|Unable to find a source package")
      string(REGEX REPLACE "\n+" " " err "${err}")
      message(FATAL_ERROR "DBI: ${package} ${version} is not in apt's source lists (after "
              "`apt-get update`, mirrors keep only the current version: re-pin it in "
              "cmake/DbiWasm.cmake or pass -D${override_var}=…): ${err}")
    else()
      string(REGEX REPLACE "\n+" " " err "${err}")
      message(FATAL_ERROR "DBI: `apt-get source --download-only ${package}=${version}` failed "
                          "in ${cache}: ${err}")
    endif()
  endif()
  if(NOT EXISTS "${dsc}")
    message(FATAL_ERROR "DBI: apt-get source succeeded but ${dsc} is missing")
  endif()
  file(SHA256 "${dsc}" actual)
  if(NOT actual STREQUAL sha256)
    message(FATAL_ERROR "DBI: ${dsc} does not match its pin: expected sha256 ${sha256}, "
                        "actual ${actual}")
  endif()

  file(REMOVE_RECURSE "${tree}" "${stamp}")
  execute_process(COMMAND "${DBI_DPKG_SOURCE}" -x "${dsc}" "${tree}"
                  WORKING_DIRECTORY "${cache}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REGEX REPLACE "\n+" " " err "${err}")
    message(FATAL_ERROR "DBI: `dpkg-source -x ${dsc}` failed: ${err}")
  endif()
  file(WRITE "${stamp}" "${sha256}\n")
  set(${out_var} "${tree}" PARENT_SCOPE)
endfunction()

if(DBI_IMGUI_SOURCE_DIR)
  set(DBI_IMGUI_DIR "${DBI_IMGUI_SOURCE_DIR}")
else()
  dbi_deb_source(imgui ${DBI_IMGUI_DEB_VERSION} ${DBI_IMGUI_DSC_SHA256} DBI_IMGUI_DIR)
endif()
if(NOT EXISTS "${DBI_IMGUI_DIR}/imgui.h"
   OR NOT EXISTS "${DBI_IMGUI_DIR}/backends/imgui_impl_glfw.cpp")
  message(FATAL_ERROR "DBI: ${DBI_IMGUI_DIR} is not a Dear ImGui source tree (imgui.h or "
                      "backends/imgui_impl_glfw.cpp missing); DBI_IMGUI_SOURCE_DIR must point "
                      "at an unpacked imgui 1.86")
endif()
file(STRINGS "${DBI_IMGUI_DIR}/imgui.h" _dbi_imgui_version REGEX "^#define IMGUI_VERSION ")
if(NOT _dbi_imgui_version MATCHES "\"1\\.86\"")
  message(FATAL_ERROR "DBI: ${DBI_IMGUI_DIR}/imgui.h is not Dear ImGui 1.86 "
                      "(found: ${_dbi_imgui_version})")
endif()

if(DBI_SODIUM_SOURCE_DIR)
  set(DBI_SODIUM_DIR "${DBI_SODIUM_SOURCE_DIR}")
else()
  dbi_deb_source(libsodium ${DBI_SODIUM_DEB_VERSION} ${DBI_SODIUM_DSC_SHA256} DBI_SODIUM_DIR)
endif()
if(NOT EXISTS "${DBI_SODIUM_DIR}/src/libsodium/include/sodium.h"
   OR NOT EXISTS "${DBI_SODIUM_DIR}/configure.ac")
  message(FATAL_ERROR "DBI: ${DBI_SODIUM_DIR} is not a libsodium source tree "
                      "(src/libsodium/include/sodium.h or configure.ac missing); "
                      "DBI_SODIUM_SOURCE_DIR must point at an unpacked libsodium 1.0.18")
endif()
file(STRINGS "${DBI_SODIUM_DIR}/configure.ac" _dbi_sodium_init REGEX "^AC_INIT\\(")
if(NOT _dbi_sodium_init MATCHES "\\[libsodium\\],\\[1\\.0\\.18\\]")
  message(FATAL_ERROR "DBI: ${DBI_SODIUM_DIR} is not libsodium 1.0.18 (configure.ac says: "
                      "${_dbi_sodium_init})")
endif()
unset(_dbi_imgui_version)
unset(_dbi_sodium_init)

# ---------------------------------------------------------------------------------------------
# dbi_imgui — small beats fast here: the UI draws a few frames per input event.

add_library(dbi_imgui STATIC
  "${DBI_IMGUI_DIR}/imgui.cpp"
  "${DBI_IMGUI_DIR}/imgui_draw.cpp"
  "${DBI_IMGUI_DIR}/imgui_tables.cpp"
  "${DBI_IMGUI_DIR}/imgui_widgets.cpp"
  "${DBI_IMGUI_DIR}/imgui_demo.cpp"  # empty under IMGUI_DISABLE_DEMO_WINDOWS, keeps the symbols
  "${DBI_IMGUI_DIR}/backends/imgui_impl_glfw.cpp"
  "${DBI_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(dbi_imgui SYSTEM PUBLIC "${DBI_IMGUI_DIR}" "${DBI_IMGUI_DIR}/backends")
target_compile_definitions(dbi_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_DEMO_WINDOWS
                                            IMGUI_DISABLE_FILE_FUNCTIONS)
target_compile_options(dbi_imgui PRIVATE -Oz)
# GLFW is Emscripten's JS library (library_glfw.js); its header is in the sysroot already.
target_link_options(dbi_imgui INTERFACE -sUSE_GLFW=3)

# ---------------------------------------------------------------------------------------------
# dbi_sodium — CMake over all of src/libsodium instead of autotools (toolchain.md §8): no
# configure run, no autoconf/automake/libtool, no node during configure.

set(_dbi_sodium_src "${DBI_SODIUM_DIR}/src/libsodium")
file(GLOB_RECURSE DBI_SODIUM_SOURCES "${_dbi_sodium_src}/*.c")
set(_dbi_sodium_inc "${CMAKE_BINARY_DIR}/sodium-include")
# Public headers, copied so that the generated version.h sits beside export.h (it includes
# "export.h" in quotes).
file(GLOB_RECURSE _dbi_sodium_headers RELATIVE "${_dbi_sodium_src}/include"
     "${_dbi_sodium_src}/include/*.h")
foreach(h IN LISTS _dbi_sodium_headers)
  configure_file("${_dbi_sodium_src}/include/${h}" "${_dbi_sodium_inc}/${h}" COPYONLY)
endforeach()
set(VERSION 1.0.18)
set(SODIUM_LIBRARY_VERSION_MAJOR 10)
set(SODIUM_LIBRARY_VERSION_MINOR 3)
set(SODIUM_LIBRARY_MINIMAL_DEF "")  # full build
configure_file("${_dbi_sodium_src}/include/sodium/version.h.in"
               "${_dbi_sodium_inc}/sodium/version.h" @ONLY)
unset(VERSION)

add_library(dbi_sodium STATIC ${DBI_SODIUM_SOURCES})
target_include_directories(dbi_sodium SYSTEM PUBLIC "${_dbi_sodium_inc}")
target_include_directories(dbi_sodium PRIVATE "${_dbi_sodium_inc}/sodium")
# What libsodium's configure would find for wasm32 with --disable-asm --without-pthreads:
# no SIMD intrinsics, no 128-bit "TI mode" (wasm32 emulates it: the 32-bit ref10 field code is
# faster), no mmap/mprotect page guards (sodium_malloc falls back to plain allocation).
target_compile_definitions(dbi_sodium PRIVATE
  CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1
  HAVE_ALLOCA=1 HAVE_ALLOCA_H=1 HAVE_C_VARARRAYS=1 HAVE_POSIX_MEMALIGN=1 HAVE_GETPID=1
  HAVE_NANOSLEEP=1 HAVE_WEAK_SYMBOLS=1)
target_compile_options(dbi_sodium PRIVATE -Oz -Wno-unused-function -Wno-unknown-pragmas)
set_target_properties(dbi_sodium PROPERTIES C_STANDARD 99 C_EXTENSIONS ON)
unset(_dbi_sodium_src)
unset(_dbi_sodium_inc)
unset(_dbi_sodium_headers)
