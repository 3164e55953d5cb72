import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-AGGNRLGX.js";
import "./chunks/chunk-G7L74IEQ.js";
import "./chunks/chunk-GCAUSXZE.js";
import "./chunks/chunk-W47ZH2SM.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-HFTJRMAX.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-FYRB3BIU.js";
import "./chunks/chunk-RNCRGQAW.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-U3XGLHFI.js";
import "./chunks/chunk-INVGORFM.js";
import "./chunks/chunk-WBXXZJVE.js";
import "./chunks/chunk-FT3NKJ4E.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-XAMYV3A6.js";
import "./chunks/chunk-HXZPDVJ2.js";
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
