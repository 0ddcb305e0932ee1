// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What every command shares: where results go (standard output, or the file of `-o`, or nowhere
// with `-q`), diagnostics on standard error, colour only on a terminal that wants it, inputs read
// from files or from standard input (`-`, once), and files replaced without ever being left
// half written.

#include "command_line.hpp"

#include <ladder/build/load.hpp>
#include <ladder/core/diagnostic.hpp>

#include <sys/stat.h>  // stat, chmod: a replaced file keeps its permissions
#include <unistd.h>    // isatty, fsync, getpid

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace ladder_tool {

/// Keeps the worse of two exit codes in `status`.
inline void worsen(int& status, int now) {
    if (now > status) status = now;
}

/// Replaces (or creates) a file without ever leaving it half written: the new text goes to a
/// temporary file beside it (same directory, so the same file system), is flushed to disk, takes
/// the original's permissions, and only then is renamed over it. On any failure the original is
/// untouched and the temporary file removed. A file that already holds `content` is not touched.
inline bool replace_file(const std::string& path, std::string_view content) {
    // A file that already holds exactly this is left alone, its time too: a build that runs
    // `ladder embed -o` again recompiles nothing when the header is the same.
    if (std::FILE* old = std::fopen(path.c_str(), "rb")) {
        std::string held;
        char chunk[65536];
        std::size_t got = 0;
        while (held.size() <= content.size() && (got = std::fread(chunk, 1, sizeof chunk, old)) > 0) held.append(chunk, got);
        const bool same = !std::ferror(old) && held == content;
        std::fclose(old);
        if (same) return true;
    }
    std::string temporary = path;
    temporary += ".ladder-";
    temporary += std::to_string(::getpid());
    temporary += ".tmp";
    std::FILE* f = std::fopen(temporary.c_str(), "wb");
    if (f == nullptr) return false;
    bool written = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    written = std::fflush(f) == 0 && written;
    written = ::fsync(::fileno(f)) == 0 && written;
    written = std::fclose(f) == 0 && written;
    struct stat original {};
    if (written && ::stat(path.c_str(), &original) == 0) written = ::chmod(temporary.c_str(), original.st_mode & 07777) == 0;
    if (written && std::rename(temporary.c_str(), path.c_str()) == 0) return true;
    std::remove(temporary.c_str());
    return false;
}

/// Colour where a person reads: `--color always|never|auto`; auto means a terminal, not
/// TERM=dumb, and no NO_COLOR (https://no-color.org: set and not empty).
inline std::optional<bool> wants_colour(std::string_view choice, int fd) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    if (choice != "auto") return std::nullopt;
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour != nullptr && *no_colour != '\0') return false;
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::string_view(term) == "dumb") return false;
    return ::isatty(fd) != 0;
}

namespace paint {
inline constexpr std::string_view red = "\033[1;31m", magenta = "\033[1;35m", cyan = "\033[1;36m", green = "\033[32m",
                                  bold = "\033[1m", reset = "\033[0m";
}

/// An input read whole: its text and the name diagnostics give it.
struct input {
    std::string text;
    std::string name;
};

class session {
public:
    /// Settles the common options; an error message when one is wrong.
    std::optional<std::string> configure(const parsed_args& a) {
        const std::string_view colour = a.value("color").value_or("auto");
        output_path_ = a.value("output");
        quiet_ = a.has("quiet");
        const auto out_colour = wants_colour(colour, STDOUT_FILENO);
        const auto err_colour = wants_colour(colour, STDERR_FILENO);
        if (!out_colour || !err_colour) return "--color is auto, always or never";
        colour_out_ = *out_colour && !output_path_ && !quiet_;
        colour_err_ = *err_colour;
        return std::nullopt;
    }

    /// Where results go.
    std::ostream& out() { return output_path_ || quiet_ ? buffer_ : std::cout; }
    std::ostream& err() { return std::cerr; }

    [[nodiscard]] bool colour_out() const noexcept { return colour_out_; }

    /// `text` in `colour` on standard output when it is coloured.
    [[nodiscard]] std::string painted(std::string_view text, std::string_view colour) const {
        if (!colour_out_) return std::string(text);
        return std::string(colour) + std::string(text) + std::string(paint::reset);
    }

    /// Findings on standard error, at most the first 100 (a hostile file can hold thousands),
    /// the severity and the caret coloured on a terminal.
    void report(const ladder::diagnostic_list& found) {
        constexpr std::size_t shown = 100;
        const std::string text = found.to_string("<ladder>", shown);
        if (!colour_err_) {
            std::cerr << text;
            return;
        }
        std::string_view rest = text;
        while (!rest.empty()) {
            const std::size_t end = rest.find('\n');
            const std::string_view line = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
            rest.remove_prefix(line.size());
            std::cerr << coloured_line(line);
        }
    }

    /// A usage error: `ladder: COMMAND: message`, and where to read more.
    int usage(std::string_view command, std::string_view message) {
        std::cerr << "ladder: " << command << (command.empty() ? "" : ": ") << message << "\n"
                  << "Run 'ladder " << command << (command.empty() ? "" : " ") << "--help' for its usage.\n";
        return usage_error;
    }

    /// A file's text, or standard input's for `-` (only once: a second `-` is an error). When
    /// it cannot be read, the error is reported and `status` becomes usage_error.
    std::optional<input> read(std::string_view path, int& status) {
        std::optional<ladder::result<std::string>> text;
        std::string name(path);
        if (path == "-") {
            if (stdin_taken_) {
                worsen(status, usage("", "standard input (-) can be read only once"));
                return std::nullopt;
            }
            stdin_taken_ = true;
            name = "<stdin>";
            text.emplace(ladder::read_stream(stdin, name));
        } else {
            text.emplace(ladder::read_file(name));
        }
        if (!*text) {
            report(text->diagnostics());
            worsen(status, usage_error);
            return std::nullopt;
        }
        return input{std::move(**text), std::move(name)};
    }

    /// -o FILE is left as it was, whatever the exit code.
    void write_nothing() noexcept { write_nothing_ = true; }

    /// Writes what was kept for `-o` (nothing is written after a usage error); the exit code.
    int finish(int status) {
        if (output_path_ && status != usage_error && !write_nothing_) {
            if (!replace_file(std::string(*output_path_), buffer_.str())) {
                std::cerr << "ladder: cannot write " << *output_path_ << "\n";
                return usage_error;
            }
        }
        // Output that did not reach its file (a full disk, a closed pipe) is an error, never a
        // silent success.
        std::cout.flush();
        if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
            std::cerr << "ladder: cannot write the output\n";
            return usage_error;
        }
        return status;
    }

private:
    [[nodiscard]] static std::string coloured_line(std::string_view line) {
        if (line.starts_with(" ")) {
            // The caret under the place.
            const std::size_t caret = line.rfind('^');
            if (caret != std::string_view::npos && line.substr(caret).find_first_not_of("^\n") == std::string_view::npos) {
                return std::string(line.substr(0, caret)) + std::string(paint::green) + "^" + std::string(paint::reset) + "\n";
            }
            return std::string(line);
        }
        constexpr std::pair<std::string_view, std::string_view> labels[] = {
            {": error[", paint::red}, {": warning[", paint::magenta}, {": note[", paint::cyan}};
        for (const auto& [label, colour] : labels) {
            const std::size_t at = line.find(label);
            if (at == std::string_view::npos) continue;
            const std::size_t word = at + 2, close = line.find(']', word);
            if (close == std::string_view::npos) continue;
            return std::string(paint::bold) + std::string(line.substr(0, word)) + std::string(paint::reset) +
                   std::string(colour) + std::string(line.substr(word, close + 1 - word)) + std::string(paint::reset) +
                   std::string(line.substr(close + 1));
        }
        return std::string(line);
    }

    std::optional<std::string_view> output_path_;
    bool quiet_ = false;
    bool colour_out_ = false;
    bool colour_err_ = false;
    bool stdin_taken_ = false;
    bool write_nothing_ = false;
    std::ostringstream buffer_;
};

}  // namespace ladder_tool
