import {
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
} from "./chunk-66BOJUOE.js";
import "./chunk-HXZPDVJ2.js";
import "./chunk-HANBNIMK.js";
export {
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
};
