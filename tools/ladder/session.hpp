// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// What every command shares: where results go (standard output, or the file of `-o`, or nowhere
// with `-q`), diagnostics on standard error, colour only on a terminal that wants it, inputs read
// from files or from standard input (`-`, once), and files replaced without ever being left
// half written.

#include "command_line.hpp"

#include <ladder/build/load.hpp>
#include <ladder/core/diagnostic.hpp>

#include <fcntl.h>     // open: a replaced file is synced before it is renamed
#include <sys/stat.h>  // stat, chmod: a replaced file keeps its permissions
#include <unistd.h>    // isatty, fsync, getpid

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ladder_tool {

/// Keeps the worse of two exit codes in `status`.
inline void worsen(int& status, int now) {
    if (now > status) status = now;
}

/// A file replaced (or created) without ever being left half written: what is written goes to a
/// temporary file beside it (same directory, so the same file system), which commit() flushes
/// to disk, gives the original's permissions and only then renames over it. Whatever is not
/// committed (a failure, an error in the command) leaves the original untouched and the
/// temporary file removed. A file that already holds exactly what was written is not touched,
/// its time neither: a build that runs `ladder embed -o` again recompiles nothing.
class replacement {
public:
    explicit replacement(std::string path) : path_(std::move(path)) {
        temporary_ = path_ + ".ladder-" + std::to_string(::getpid()) + ".tmp";
    }
    replacement(const replacement&) = delete;
    replacement& operator=(const replacement&) = delete;
    ~replacement() { discard(); }

    /// Where the new content goes; opened on first use.
    std::ostream& stream() {
        if (!file_.is_open()) file_.open(temporary_, std::ios::binary | std::ios::trunc);
        return file_;
    }

    /// Puts what was written in place; false (the original untouched) when it cannot.
    bool commit() {
        stream().flush();
        bool written = file_.good();
        file_.close();
        written = written && !file_.fail();
        if (written && same_content(temporary_, path_)) {
            discard();
            return true;
        }
        written = written && synced(temporary_);  // only what will be renamed is worth a trip to the disk
        struct stat original {};
        if (written && ::stat(path_.c_str(), &original) == 0) written = ::chmod(temporary_.c_str(), original.st_mode & 07777) == 0;
        if (written && std::rename(temporary_.c_str(), path_.c_str()) == 0) {
            temporary_.clear();
            return true;
        }
        discard();
        return false;
    }

    /// Leaves the original as it was.
    void discard() noexcept {
        if (file_.is_open()) file_.close();
        if (!temporary_.empty()) std::remove(temporary_.c_str());
        temporary_.clear();
    }

private:
    static bool synced(const std::string& path) {
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0) return false;
        const bool done = ::fsync(fd) == 0;
        return ::close(fd) == 0 && done;
    }

    /// True when both files can be read and hold the same bytes.
    static bool same_content(const std::string& a, const std::string& b) {
        std::ifstream x(a, std::ios::binary), y(b, std::ios::binary);
        if (!x || !y) return false;
        char p[65536], q[65536];
        while (true) {
            x.read(p, sizeof p);
            y.read(q, sizeof q);
            if (x.gcount() != y.gcount() || std::memcmp(p, q, static_cast<std::size_t>(x.gcount())) != 0) return false;
            if (x.gcount() < static_cast<std::streamsize>(sizeof p)) return x.eof() && y.eof() && !x.bad() && !y.bad();
        }
    }

    std::string path_;
    std::string temporary_;
    std::ofstream file_;
};

/// Replaces (or creates) a file with `content`, as replacement does.
inline bool replace_file(const std::string& path, std::string_view content) {
    replacement r(path);
    r.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    return r.commit();
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

    /// Where results go: standard output, the file of `-o` as they are written (it replaces the
    /// file only at finish()), or nowhere with `-q`.
    std::ostream& out() {
        if (output_path_) {
            if (!output_) output_ = std::make_unique<replacement>(std::string(*output_path_));
            return output_->stream();
        }
        return quiet_ ? nowhere_ : std::cout;
    }
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

    /// A file's text, or standard input's for `-` (only once: a second `-` is an error), up to
    /// `max_bytes`. When it cannot be read, the error is reported and `status` becomes usage_error.
    std::optional<input> read(std::string_view path, int& status, std::size_t max_bytes = ladder::text_limits{}.max_input_bytes) {
        std::optional<ladder::result<std::string>> text;
        std::string name(path);
        if (path == "-") {
            if (stdin_taken_) {
                worsen(status, usage("", "standard input (-) can be read only once"));
                return std::nullopt;
            }
            stdin_taken_ = true;
            name = "<stdin>";
            text.emplace(ladder::read_stream(stdin, name, max_bytes));
        } else {
            text.emplace(ladder::read_file(name, max_bytes));
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

    /// Puts what was written for `-o` in place (nothing is written after a usage error); the
    /// exit code.
    int finish(int status) {
        if (output_path_ && status != usage_error && !write_nothing_) {
            out();  // a command that printed nothing leaves an empty file
            if (!output_->commit()) {
                std::cerr << "ladder: cannot write " << *output_path_ << "\n";
                return usage_error;
            }
        } else if (output_) {
            output_->discard();
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
    std::unique_ptr<replacement> output_;  ///< `-o`: the file being written
    std::ostream nowhere_{nullptr};        ///< `-q` without `-o`: results are dropped
};

}  // namespace ladder_tool
