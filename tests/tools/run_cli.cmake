# run_cli.cmake — runs the dbi CLI once and checks its exit code and output.
#
#   cmake -DDBI=<path to dbi> -DARGS=<arg%%arg%%…> -DEXPECT_EXIT=<n>
#         [-DSTDOUT_MATCH=<regex%%regex%%…>] [-DSTDERR_MATCH=<regex%%…>]
#         [-DSTDOUT_NOT_MATCH=<regex%%…>] [-DJSON_EQUAL_FILE=<file>] [-DCANONICAL=ON]
#         [-DENV_INDICES=<dir>] -P run_cli.cmake
#
# Lists are joined with "%%" because ";" does not survive add_test's command line.
# Every regex must match (CMake regex syntax, UTF-8 bytes). JSON_EQUAL_FILE: stdout must be
# the same JSON value as the file (string(JSON … EQUAL)). CANONICAL: stdout must be one line
# without the layout a pretty printer adds (byte equality of core's canonical result with the
# oracle's is proven by tests/core/test_golden.cpp).
cmake_minimum_required(VERSION 3.21)

foreach(var DBI EXPECT_EXIT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_cli.cmake: ${var} is required")
  endif()
endforeach()

foreach(list ARGS STDOUT_MATCH STDERR_MATCH STDOUT_NOT_MATCH)
  string(REPLACE "%%" ";" ${list} "${${list}}")
endforeach()

if(DEFINED ENV_INDICES)
  set(ENV{DBI_INDICES_DIR} "${ENV_INDICES}")
else()
  unset(ENV{DBI_INDICES_DIR})
endif()

execute_process(COMMAND "${DBI}" ${ARGS}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)

set(failed "")
if(NOT rc STREQUAL EXPECT_EXIT)
  string(APPEND failed "exit code ${rc}, expected ${EXPECT_EXIT}\n")
endif()
foreach(re IN LISTS STDOUT_MATCH)
  if(NOT out MATCHES "${re}")
    string(APPEND failed "stdout does not match: ${re}\n")
  endif()
endforeach()
foreach(re IN LISTS STDOUT_NOT_MATCH)
  if(out MATCHES "${re}")
    string(APPEND failed "stdout matches, but must not: ${re}\n")
  endif()
endforeach()
foreach(re IN LISTS STDERR_MATCH)
  if(NOT err MATCHES "${re}")
    string(APPEND failed "stderr does not match: ${re}\n")
  endif()
endforeach()
if(DEFINED JSON_EQUAL_FILE)
  file(READ "${JSON_EQUAL_FILE}" expected)
  string(JSON same ERROR_VARIABLE json_error EQUAL "${out}" "${expected}")
  if(json_error)
    string(APPEND failed "stdout is not JSON comparable with ${JSON_EQUAL_FILE}: ${json_error}\n")
  elseif(NOT same)
    string(APPEND failed "stdout is not the JSON value of ${JSON_EQUAL_FILE}\n")
  endif()
endif()
if(CANONICAL)
  # One line ending in exactly one newline, and no ": " / ", " / "{ " layout.
  string(REGEX REPLACE "\n$" "" body "${out}")
  if(body MATCHES "\n" OR body MATCHES "\": " OR body MATCHES "\\{ " OR body MATCHES "\t")
    string(APPEND failed "stdout is not in canonical (single-line, no layout) form\n")
  endif()
endif()

if(failed)
  string(REPLACE ";" " " shown "${ARGS}")
  message(FATAL_ERROR "dbi ${shown}\n${failed}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
