import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-42P6GZKB.js";
import "./chunks/chunk-NLCMYYYT.js";
import "./chunks/chunk-GCAUSXZE.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-QGVJWIO5.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-23VMDGJY.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-A5RKFQW4.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-KBGJQHLC.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-RNCRGQAW.js";
import "./chunks/chunk-WBXXZJVE.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-JQ2SAXAK.js";
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
