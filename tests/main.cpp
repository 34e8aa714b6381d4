// The doctest runner shared by the native and the node (wasm) test binaries.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include "test_support.hpp"
