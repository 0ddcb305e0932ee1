// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// Every renderer (docs/views.md): Markdown, CSV, JSON, Graphviz DOT, HTML (the matrices, a
// level, two levels, the team page, the self-assessment page) and the career map in SVG. Optional: the umbrella header
// <ladder/ladder.hpp> includes none of them.

#include <ladder/render/assess.hpp>
#include <ladder/render/cpp.hpp>
#include <ladder/render/csv.hpp>
#include <ladder/render/dot.hpp>
#include <ladder/render/html.hpp>
#include <ladder/render/json.hpp>
#include <ladder/render/map.hpp>
#include <ladder/render/markdown.hpp>
#include <ladder/render/team.hpp>
