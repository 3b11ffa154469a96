// The WASM schema engine leaves ref'd 10 s / 60 s setTimeouts behind, so every migrate
// command idles 10–60 s after finishing. Unref only timers created from WASM frames.
const orig = global.setTimeout;
global.setTimeout = (fn, ms, ...args) => {
  const t = orig(fn, ms, ...args);
  if (
    ms >= 5000 &&
    t &&
    typeof t.unref === "function" &&
    /wasm-function/.test(new Error().stack || "")
  )
    t.unref();
  return t;
};
