// Shared by every core test: doctest configured for both trees, and file helpers.
// Under Emscripten the suite runs in node with NODERAWFS, so the same absolute paths work.
#pragma once

#ifdef __EMSCRIPTEN__
// Exception catching is off in the wasm tree (one exception model for all targets):
// a failed REQUIRE terminates the run, which ctest reports as a failure.
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#ifndef DBI_SOURCE_DIR
#error "DBI_SOURCE_DIR must be defined by the build"
#endif

namespace dbi::test {

inline std::string source_path(const std::string& relative) {
    return std::string(DBI_SOURCE_DIR) + "/" + relative;
}

// Reads a file of the source tree; fails the current test when it cannot.
inline std::string read_source_file(const std::string& relative) {
    std::ifstream in(source_path(relative), std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << relative);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace dbi::test
