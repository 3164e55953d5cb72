import {
  coveragePlugins,
  coverageSetting,
  fnmatchPattern,
  projectInstall,
  pytestOption,
  section,
  toxDeps
} from "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  coveragePlugins,
  coverageSetting,
  fnmatchPattern,
  projectInstall,
  pytestOption,
  section,
  toxDeps
};
