import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-Z3JA3TST.js";
import "./chunks/chunk-GCAUSXZE.js";
import "./chunks/chunk-KQCGELZZ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-W47ZH2SM.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-ZO4KS26U.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-ZKQZAT2Z.js";
import "./chunks/chunk-KBGJQHLC.js";
import "./chunks/chunk-RNCRGQAW.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-WBXXZJVE.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-5N55JIEL.js";
import "./chunks/chunk-XAMYV3A6.js";
import "./chunks/chunk-S5FHVQSP.js";
import "./chunks/chunk-4GTCQ74A.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
};
