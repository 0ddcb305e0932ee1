// Catch2 v2 is header-only: this translation unit provides main().
#define CATCH_CONFIG_MAIN
#include "catch.hpp"
