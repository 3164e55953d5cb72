import {
  coveragePlugins,
  coverageSetting,
  projectInstall,
  pytestOption,
  section,
  toxDeps
} from "./chunk-JSYRBXJ3.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  coveragePlugins,
  coverageSetting,
  projectInstall,
  pytestOption,
  section,
  toxDeps
};
