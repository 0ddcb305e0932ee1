// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Every renderer (docs/views.md): Markdown, CSV, JSON, Graphviz DOT and HTML. Optional: the
// umbrella header <ladder/ladder.hpp> includes none of them.

#include <ladder/render/csv.hpp>
#include <ladder/render/dot.hpp>
#include <ladder/render/html.hpp>
#include <ladder/render/json.hpp>
#include <ladder/render/markdown.hpp>
