import {
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset,
  workspacePackage
} from "./chunk-H2DPTSYZ.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  RUN_OUTPUT_GLOBS,
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset,
  workspacePackage
};
