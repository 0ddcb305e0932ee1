// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// The C interface of ladder_assess.h over the public headers.

#include "ladder_assess.h"

#include <ladder/io/people_csv.hpp>
#include <ladder/ladder.hpp>
#include <ladder/render/json.hpp>

#include <new>
#include <optional>
#include <string>
#include <string_view>

struct ladder_session {
    std::string source;
    std::optional<ladder::runtime_ladder> ladder;
    std::string problems;
    std::string answer;  ///< the last string returned
};

namespace {
std::string_view text_of(const char* s) { return s == nullptr ? std::string_view() : std::string_view(s); }

const char* answer(ladder_session* s, std::string text) {
    s->answer = std::move(text);
    return s->answer.c_str();
}

const char* error(ladder_session* s, std::string_view why) { return answer(s, "{\"error\": " + ladder::quote_json(why) + "}\n"); }

/// `f()`'s text as the session's answer; a failure (memory ran out) is an answer too, where
/// exceptions are on. Built without them (the WebAssembly module), running out of memory aborts.
template <class F>
const char* guarded(ladder_session* s, F&& f) {
#if LADDER_HAS_EXCEPTIONS
    try {
        return answer(s, f());
    } catch (const std::exception& e) {
        return error(s, e.what());
    }
#else
    return answer(s, f());
#endif
}

std::string assess(const ladder_session& s, std::string_view csv, std::string_view person, std::string_view target) {
    const ladder::ladder_view v = *s.ladder;
    const auto people = ladder::read_people_csv(v, csv, "<people>");
    if (!people) return "{\"error\": " + ladder::quote_json(people.diagnostics().to_string("<people>", 50)) + "}\n";
    if (people->size() == 0) return "{\"error\": \"the people file holds nobody\"}\n";
    std::optional<ladder::person_ref> who = person.empty() ? std::optional((*people)[0]) : people->find(person);
    if (!who) return "{\"error\": " + ladder::quote_json("no person '" + std::string(person) + "' in the people file") + "}\n";
    std::optional<ladder::level_ref> to;
    if (!target.empty()) {
        const auto found = ladder::find_level(v, target);
        if (!found) return "{\"error\": " + ladder::quote_json(found.diagnostics().to_string("<target>")) + "}\n";
        to = *found;
    }
    return ladder::assessment_json(v, *who, to);
}
}  // namespace

extern "C" {

ladder_session* ladder_open(const char* text, size_t size, const char* source) {
    auto* s = new (std::nothrow) ladder_session;
    if (s == nullptr) return nullptr;
    s->source = source == nullptr || *source == '\0' ? "<ladder>" : source;
    const auto read = [&] {
        auto loaded = ladder::load(text == nullptr ? std::string_view() : std::string_view(text, size), s->source);
        if (loaded) {
            s->ladder.emplace(std::move(*loaded));
        } else {
            s->problems = loaded.diagnostics().to_string(s->source, 100);
        }
    };
#if LADDER_HAS_EXCEPTIONS
    try {
        read();
    } catch (const std::exception& e) {
        s->ladder.reset();
        s->problems = s->source + ": error: " + e.what() + "\n";
    }
#else
    read();
#endif
    return s;
}

const char* ladder_problems(const ladder_session* s) { return s == nullptr ? "no session\n" : s->problems.c_str(); }

const char* ladder_describe(ladder_session* s) {
    if (s == nullptr) return "null";
    if (!s->ladder) return answer(s, "null");
    return guarded(s, [&] { return ladder::to_json(ladder::ladder_view(*s->ladder)); });
}

const char* ladder_assess(ladder_session* s, const char* people_csv, size_t size, const char* person, const char* target) {
    if (s == nullptr) return "{\"error\": \"no session\"}\n";
    if (!s->ladder) return error(s, "no ladder: " + s->problems);
    return guarded(s, [&] {
        return assess(*s, people_csv == nullptr ? std::string_view() : std::string_view(people_csv, size), text_of(person), text_of(target));
    });
}

const char* ladder_test_blocks(ladder_session* s) {
    if (s == nullptr) return "no session\n";
    if (!s->ladder) return answer(s, s->source + " not loaded: its tests did not run\n");
    return guarded(s, [&] {
        const ladder::ladder_view v = *s->ladder;
        return ladder::to_text(v, ladder::run_tests(v), s->source, true);
    });
}

void ladder_close(ladder_session* s) { delete s; }

}  // extern "C"
