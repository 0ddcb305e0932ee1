// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
// The self-assessment page's WebAssembly module (tools/assess) from Node.js: the calls of
// ladder_assess.h with JavaScript strings, as the page makes them.
'use strict';

async function open(modulePath) {
  const M = await require(modulePath)();
  // Each string is copied into the module's memory as UTF-8 and freed after the call.
  const withStrings = (list, f) => {
    const sizes = list.map((s) => M.lengthBytesUTF8(s));
    const ptrs = list.map((s, i) => {
      const p = M._malloc(sizes[i] + 1);
      M.stringToUTF8(s, p, sizes[i] + 1);
      return p;
    });
    try { return f(ptrs, sizes); } finally { ptrs.forEach((p) => M._free(p)); }
  };
  return {
    load(text, source) {
      const s = withStrings([text, source], ([t, n], [size]) => M._ladder_open(t, size, n));
      return {
        problems: () => M.UTF8ToString(M._ladder_problems(s)),
        describe: () => M.UTF8ToString(M._ladder_describe(s)),
        tests: () => M.UTF8ToString(M._ladder_test_blocks(s)),
        assess: (csv, person, target) =>
          withStrings([csv, person, target], ([c, p, t], [size]) => M.UTF8ToString(M._ladder_assess(s, c, size, p, t))),
        close: () => M._ladder_close(s),
      };
    },
  };
}

module.exports = { open };
