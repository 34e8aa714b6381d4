// Fixture for the boundary check's own test: a "core" file that must be refused.
#include <sodium.h>
#include <fstream>
