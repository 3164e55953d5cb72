import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-O2VYA6S2.js";
import "./chunks/chunk-URYCFC5I.js";
import "./chunks/chunk-S3CR7PYX.js";
import "./chunks/chunk-7CY5472I.js";
import "./chunks/chunk-XBKYPAZG.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-U2KU7GJ2.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-2OROTQQL.js";
import "./chunks/chunk-CME52BVJ.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-L5NPJB3T.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-BNVAI32A.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-2MQW3DUZ.js";
import "./chunks/chunk-4BCAUY6V.js";
import "./chunks/chunk-XAMYV3A6.js";
import "./chunks/chunk-UNBEHMKL.js";
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
