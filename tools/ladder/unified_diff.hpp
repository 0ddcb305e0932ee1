// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// A unified diff of two texts by lines, as `ladder fmt --diff` prints it (and `patch -p0`
// applies it). The shortest edit script is found with Myers' O((N+M)D) algorithm after the common
// head and tail are set aside; past `max_edits` differences the middle is shown as one
// replacement, so a hostile input costs linear time and bounded memory.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ladder_tool {

/// A text's lines, each with its line break: a last line without one differs from the same
/// line with one, as a diff must show.
inline std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        out.push_back(text.substr(start, next - start));
        start = next;
    }
    return out;
}

/// One step of an edit script: keep a line of both, remove a line of the old, add one of the new.
enum class edit : unsigned char { keep, remove, add };

/// The shortest edit script turning `a` into `b`, or, past `max_edits` differences, removing
/// every line of `a` and adding every line of `b`.
inline std::vector<edit> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b,
                                     std::size_t max_edits) {
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    const auto n = static_cast<std::ptrdiff_t>(a.size() - head - tail);
    const auto m = static_cast<std::ptrdiff_t>(b.size() - head - tail);
    const auto same = [&](std::ptrdiff_t x, std::ptrdiff_t y) {
        return a[head + static_cast<std::size_t>(x)] == b[head + static_cast<std::size_t>(y)];
    };

    std::vector<edit> middle;  // built backwards
    const auto limit = static_cast<std::ptrdiff_t>(std::min<std::size_t>(max_edits, static_cast<std::size_t>(n + m)));
    // trace[d] holds the furthest x on each diagonal k = x - y, for k in [-d, d], after d edits.
    std::vector<std::vector<std::ptrdiff_t>> trace;
    std::vector<std::ptrdiff_t> v(3, 0);  // for d = -1: diagonal 1 starts at x = 0
    bool found = n == 0 && m == 0;
    for (std::ptrdiff_t d = 0; d <= limit && !found; ++d) {
        std::vector<std::ptrdiff_t> next(static_cast<std::size_t>(2 * d + 3), 0);
        const auto at = [](std::vector<std::ptrdiff_t>& row, std::ptrdiff_t width, std::ptrdiff_t k) -> std::ptrdiff_t& {
            return row[static_cast<std::size_t>(k + width)];
        };
        for (std::ptrdiff_t k = -d; k <= d; k += 2) {
            const std::ptrdiff_t w = d - 1 + 1;  // the previous row spans [-(d-1)-1, (d-1)+1]
            std::ptrdiff_t x = (k == -d || (k != d && at(v, w, k - 1) < at(v, w, k + 1))) ? at(v, w, k + 1) : at(v, w, k - 1) + 1;
            std::ptrdiff_t y = x - k;
            while (x < n && y < m && same(x, y)) ++x, ++y;
            at(next, d + 1, k) = x;
            if (x >= n && y >= m) found = true;
        }
        trace.push_back(next);
        v = std::move(next);
    }
    if (!found) {
        middle.assign(static_cast<std::size_t>(m), edit::add);
        middle.insert(middle.end(), static_cast<std::size_t>(n), edit::remove);  // reversed below: removes first
    } else {
        std::ptrdiff_t x = n, y = m;
        for (auto d = static_cast<std::ptrdiff_t>(trace.size()) - 1; d >= 0; --d) {
            const std::ptrdiff_t k = x - y;
            std::ptrdiff_t prev_k = k;
            if (d > 0) {
                auto& before = trace[static_cast<std::size_t>(d - 1)];
                const auto get = [&](std::ptrdiff_t kk) { return before[static_cast<std::size_t>(kk + d)]; };
                prev_k = (k == -d || (k != d && get(k - 1) < get(k + 1))) ? k + 1 : k - 1;
                const std::ptrdiff_t prev_x = get(prev_k);
                const std::ptrdiff_t prev_y = prev_x - prev_k;
                while (x > prev_x && y > prev_y) middle.push_back(edit::keep), --x, --y;
                if (prev_k == k + 1) middle.push_back(edit::add);  // down: y moved
                else middle.push_back(edit::remove);                // right: x moved
                x = prev_x;
                y = prev_y;
            } else {
                while (x > 0 && y > 0) middle.push_back(edit::keep), --x, --y;
            }
        }
    }
    std::vector<edit> script(head, edit::keep);
    script.insert(script.end(), middle.rbegin(), middle.rend());
    script.insert(script.end(), tail, edit::keep);
    return script;
}

/// `before` and `after` as a unified diff with `context` lines around each change, headed
/// `--- old_name` and `+++ new_name`; empty when the texts are equal.
inline std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                                std::string_view new_name, std::size_t context = 3, std::size_t max_edits = 2000) {
    if (before == after) return {};
    const std::vector<std::string_view> a = split_lines(before), b = split_lines(after);
    const std::vector<edit> script = edit_script(a, b, max_edits);
    std::string out = "--- " + std::string(old_name) + "\n+++ " + std::string(new_name) + "\n";
    const auto line = [&](char mark, const std::vector<std::string_view>& t, std::size_t i) {
        out += mark;
        out += t[i];
        if (!t[i].ends_with('\n')) out += "\n\\ No newline at end of file\n";
    };
    // A line count as unified diffs write it: the start is the line before an empty range.
    const auto range = [](std::size_t first, std::size_t count) {
        return std::to_string(count == 0 ? first : first + 1) + (count == 1 ? "" : "," + std::to_string(count));
    };
    std::size_t i = 0, ai = 0, bi = 0;  // a place in the script and the line numbers (from 0) there
    while (i < script.size()) {
        if (script[i] == edit::keep) {
            ++i, ++ai, ++bi;
            continue;
        }
        // A hunk: the changes from i on, up to the first run of more than 2 * context kept lines,
        // with `context` kept lines before and after (the previous hunk ended farther back).
        std::size_t last_change = i;
        for (std::size_t j = i; j < script.size();) {
            if (script[j] != edit::keep) {
                last_change = j++;
                continue;
            }
            std::size_t run_end = j;
            while (run_end < script.size() && script[run_end] == edit::keep) ++run_end;
            if (run_end == script.size() || run_end - j > 2 * context) break;
            j = run_end;
        }
        const std::size_t lead = std::min(context, i);
        const std::size_t start = i - lead, end = std::min(script.size(), last_change + 1 + context);
        std::size_t x = ai - lead, y = bi - lead, removed = 0, added = 0, kept = 0;
        for (std::size_t s = start; s != end; ++s) {
            if (script[s] == edit::keep) ++kept;
            else if (script[s] == edit::remove) ++removed;
            else ++added;
        }
        out += "@@ -" + range(x, kept + removed) + " +" + range(y, kept + added) + " @@\n";
        for (std::size_t s = start; s != end; ++s) {
            if (script[s] == edit::keep) line(' ', a, x++), ++y;
            else if (script[s] == edit::remove) line('-', a, x++);
            else line('+', b, y++);
        }
        i = end, ai = x, bi = y;
    }
    return out;
}

}  // namespace ladder_tool
