
// src/config/retry-recorders.ts
var JEST_INVOCATIONS_FILE = "jest-junit-invocations.cjs";
var VITEST_RETRIES_FILE = "vitest-retries.mjs";
var PYTEST_RERUNS_MODULE = "spec_to_production_reruns";

export {
  JEST_INVOCATIONS_FILE,
  VITEST_RETRIES_FILE,
  PYTEST_RERUNS_MODULE
};
