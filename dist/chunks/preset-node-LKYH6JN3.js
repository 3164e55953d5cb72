import {
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
} from "./chunk-LGVTAY2O.js";
import "./chunk-HANBNIMK.js";
export {
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  fetchedSecretlint,
  nodePreset
};
