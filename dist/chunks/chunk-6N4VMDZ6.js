
// src/exec/environment.ts
var ACTION_ONLY = /* @__PURE__ */ new Set(["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RUNTIME_URL", "ACTIONS_RESULTS_URL", "ACTIONS_CACHE_URL"]);
function inheritedEnvironment(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("INPUT_") || ACTION_ONLY.has(key)) continue;
    out[key] = value;
  }
  return out;
}

export {
  inheritedEnvironment
};
