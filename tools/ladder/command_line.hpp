// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The arguments of one `ladder` command: its options (each command names its own; every
// command also takes the common ones) and its operands, in order. `--name value`,
// `--name=value` and `-x value` are accepted; `--` ends the options; `-` is an operand (standard
// input). An unknown option is refused with the closest known one as a suggestion.

#include <ladder/core/suggest.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ladder_tool {

/// Exit codes, the same for every command.
inline constexpr int ok = 0, findings = 1, usage_error = 2;

struct option_spec {
    std::string_view name;   ///< the long name, without its dashes
    char short_name = 0;     ///< `-o` for `--output`; 0 for none
    bool takes_value = false;
};

/// The options every command takes.
inline constexpr option_spec common_options[] = {
    {"help", 'h', false},
    {"output", 'o', true},
    {"quiet", 'q', false},
    {"color", 0, true},
};

/// What was given: the options by their long name (a flag's value is empty), and the operands.
struct parsed_args {
    std::vector<std::pair<std::string_view, std::string_view>> options;
    std::vector<std::string_view> operands;

    [[nodiscard]] bool has(std::string_view name) const noexcept {
        for (const auto& o : options) {
            if (o.first == name) return true;
        }
        return false;
    }
    /// The value given last for `name`.
    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const {
        std::optional<std::string_view> found;
        for (const auto& o : options) {
            if (o.first == name) found = o.second;
        }
        return found;
    }
    /// Every value given for `name`, in order (`--anchor A=B --anchor C=D`).
    [[nodiscard]] std::vector<std::string_view> values(std::string_view name) const {
        std::vector<std::string_view> found;
        for (const auto& o : options) {
            if (o.first == name) found.push_back(o.second);
        }
        return found;
    }
};

/// " (did you mean 'x'?)" for the closest of `candidates` to `wanted`, or nothing.
template <class Range>
std::string did_you_mean(std::string_view wanted, const Range& candidates) {
    ladder::detail::suggestion_finder finder(wanted);
    for (const auto& c : candidates) finder.consider(c);
    if (finder.best().empty()) return {};
    return "; did you mean '" + std::string(finder.best()) + "'?";
}

/// The arguments parsed against `own` and the common options, or the message saying what is wrong.
inline std::variant<parsed_args, std::string> parse_args(std::span<const std::string_view> args,
                                                         std::span<const option_spec> own) {
    const auto find = [&](auto matches) -> const option_spec* {
        for (const auto& o : own) {
            if (matches(o)) return &o;
        }
        for (const auto& o : common_options) {
            if (matches(o)) return &o;
        }
        return nullptr;
    };
    parsed_args out;
    bool options_done = false;
    for (std::size_t i = 0; i != args.size(); ++i) {
        const std::string_view a = args[i];
        if (options_done || a == "-" || a.empty() || a[0] != '-') {
            out.operands.push_back(a);
            continue;
        }
        if (a == "--") {
            options_done = true;
            continue;
        }
        const bool long_form = a.starts_with("--");
        std::string_view name = long_form ? a.substr(2) : a.substr(1);
        std::optional<std::string_view> inline_value;
        if (long_form && name.find('=') != std::string_view::npos) {
            inline_value = name.substr(name.find('=') + 1);
            name = name.substr(0, name.find('='));
        }
        const option_spec* spec = long_form ? find([&](const option_spec& o) { return o.name == name; })
                                            : find([&](const option_spec& o) { return name.size() == 1 && o.short_name == name[0]; });
        if (spec == nullptr) {
            std::vector<std::string> known;
            for (const auto& o : own) known.push_back("--" + std::string(o.name));
            for (const auto& o : common_options) known.push_back("--" + std::string(o.name));
            return "unknown option " + std::string(a) + did_you_mean(long_form ? "--" + std::string(name) : std::string(a), known);
        }
        if (!spec->takes_value) {
            if (inline_value) return "--" + std::string(spec->name) + " takes no value";
            out.options.emplace_back(spec->name, std::string_view{});
            continue;
        }
        if (!inline_value) {
            if (i + 1 == args.size()) return "--" + std::string(spec->name) + " needs a value";
            inline_value = args[++i];
        }
        out.options.emplace_back(spec->name, *inline_value);
    }
    return out;
}

}  // namespace ladder_tool
