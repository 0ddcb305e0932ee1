// A model header that reaches up into the rules layer: check_layers.cmake must refuse it.
#pragma once
#include <ladder/rules/compile.hpp>
