# Fails, naming file and line, when anything under core/ includes a platform library or an
# I/O / OS header. Natively every Debian header sits in /usr/include, so a stray include
# would otherwise compile unnoticed.
if(NOT DBI_CORE_DIR)
  message(FATAL_ERROR "usage: cmake -DDBI_CORE_DIR=<core> -P check_core.cmake")
endif()
set(forbidden
  "emscripten" "imgui" "GLFW" "sqlite3" "sodium" "httplib" "libpq" "postgres"
  "fstream" "iostream" "cstdio" "stdio.h" "filesystem" "thread" "chrono" "random"
  "unistd.h" "windows.h" "sys/" "ctime" "time.h")
file(GLOB_RECURSE files "${DBI_CORE_DIR}/*.hpp" "${DBI_CORE_DIR}/*.cpp" "${DBI_CORE_DIR}/*.h"
                        "${DBI_CORE_DIR}/*.inc")
set(violations "")
set(checked 0)
foreach(f IN LISTS files)
  math(EXPR checked "${checked} + 1")
  file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    foreach(word IN LISTS forbidden)
      string(REGEX MATCH "#[ \t]*include[ \t]*[<\"]([^>\"]*/)?${word}" hit "${line}")
      if(hit)
        file(RELATIVE_PATH rel "${DBI_CORE_DIR}/.." "${f}")
        string(APPEND violations "  ${rel}: ${line}\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(checked EQUAL 0)
  message(FATAL_ERROR "check_core: no files found under ${DBI_CORE_DIR}")
endif()
if(violations)
  message(FATAL_ERROR "core/ includes forbidden headers:\n${violations}")
endif()
message(STATUS "check_core: ${checked} files, no forbidden include")
