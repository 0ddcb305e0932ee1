/* ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
 *
 * A small C interface over the library, for a program that cannot call C++: the self-assessment
 * page calls it compiled to WebAssembly, and Node.js can too. Every function takes and returns
 * UTF-8 text; a returned string belongs to the session and stays valid until the next call on
 * that session (or its close). Nothing here throws or aborts on bad input: a broken ladder, a
 * broken people file, an unknown person or level is an answer in words.
 */
#ifndef LADDER_ASSESS_H
#define LADDER_ASSESS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ladder_session ladder_session;

/* Reads a ladder from `size` bytes of .ladder text; `source` names it in findings. Returns a
 * session whether or not the text holds a ladder (ladder_problems() tells), or NULL when
 * memory runs out. */
ladder_session* ladder_open(const char* text, size_t size, const char* source);

/* "" when the ladder was read; otherwise every finding, as `ladder check` prints them
 * (source:line:col: error[code]: message, the line, a caret). */
const char* ladder_problems(const ladder_session* s);

/* The ladder as one JSON object (ladder render --format json), or "null" when there is none. */
const char* ladder_describe(ladder_session* s);

/* One person's assessment as JSON (ladder::assessment_json): `person` in `size` bytes of people
 * CSV (docs/people-csv.md; NULL or "" takes the file's first person), judged for the next move
 * and, when `target` is a level id (not NULL or ""), for that move too. On a problem:
 * {"error": "..."} with the findings in words. */
const char* ladder_assess(ladder_session* s, const char* people_csv, size_t size, const char* person, const char* target);

/* The ladder's test blocks run, as `ladder test --verbose` prints them: every check with its
 * place and verdict, each failure explained, then "N passed, N failed". */
const char* ladder_test_blocks(ladder_session* s);

/* Frees the session and every string it returned. NULL is allowed. */
void ladder_close(ladder_session* s);

#ifdef __cplusplus
}
#endif

#endif
