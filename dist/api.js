import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-4JNWFBFA.js";
import "./chunks/chunk-ARZZCLB3.js";
import "./chunks/chunk-YRZC6TD5.js";
import "./chunks/chunk-TQDXKE7M.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-WRN3IPNL.js";
import "./chunks/chunk-2R5D4IJT.js";
import "./chunks/chunk-IGIGMMYD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-BSIC2WVH.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-KDNDN4WI.js";
import "./chunks/chunk-CME52BVJ.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-NM2HD2SD.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-HYULKLIY.js";
import "./chunks/chunk-6YXUXDK5.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-4BCAUY6V.js";
import "./chunks/chunk-XAMYV3A6.js";
import "./chunks/chunk-V5KI2VEC.js";
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
