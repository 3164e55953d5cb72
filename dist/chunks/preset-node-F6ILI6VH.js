import {
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
} from "./chunk-INC4KP65.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-HANBNIMK.js";
export {
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
};
