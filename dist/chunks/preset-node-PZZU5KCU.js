import {
  JEST_INVOCATIONS_MODULE,
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  VITEST_RETRIES_MODULE,
  fetchedSecretlint,
  nodePreset,
  workspacePackage
} from "./chunk-YFCJCO56.js";
import {
  JEST_INVOCATIONS_FILE,
  VITEST_RETRIES_FILE
} from "./chunk-JYBEL37R.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  JEST_INVOCATIONS_FILE,
  JEST_INVOCATIONS_MODULE,
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  VITEST_RETRIES_FILE,
  VITEST_RETRIES_MODULE,
  fetchedSecretlint,
  nodePreset,
  workspacePackage
};
