# Sanitizers and fuzzing for the native tree (docs/testing.md).
#
#  DBI_SANITIZE=address,undefined  -fsanitize=<list> on every target compiled and linked from
#    here on (project libraries, CLI, server, tests), with -fno-sanitize-recover=all so that a
#    UBSan finding ends the program — a test fails — instead of printing and going on.
#    libstdc++'s own checks (_GLIBCXX_ASSERTIONS: bounds of operator[], front() of an empty
#    vector…) come with it. Sanitizers must cover every object that shares STL containers, so
#    this is the one place that uses directory-wide flags.
#  DBI_FUZZ=ON  clang only: every target is compiled with libFuzzer's coverage instrumentation
#    (-fsanitize=fuzzer-no-link) and the targets of tests/fuzz link libFuzzer's main.
#    Without it, tests/fuzz builds the same targets with a replay main that runs the corpus.
# Neither exists in the WebAssembly tree.
if(NOT DBI_SANITIZE AND NOT DBI_FUZZ)
  return()
endif()
if(EMSCRIPTEN)
  message(FATAL_ERROR "DBI: DBI_SANITIZE and DBI_FUZZ are for the native tree only")
endif()
if(DBI_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DBI: DBI_FUZZ needs clang (libFuzzer): configure with "
                      "-DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14")
endif()

if(DBI_SANITIZE)
  add_compile_options(-fsanitize=${DBI_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS)
  add_link_options(-fsanitize=${DBI_SANITIZE} -fno-sanitize-recover=all)
endif()
if(DBI_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=fuzzer-no-link)
endif()
