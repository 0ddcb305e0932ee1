// Not a real module: what `ladder render --format assess` needs of one, for its tests.
var createLadderModule = function () { return Promise.reject(new Error("fake module marker")); };
