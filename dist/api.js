import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-O2PDDNV6.js";
import "./chunks/chunk-QJ23TXMC.js";
import "./chunks/chunk-S3CR7PYX.js";
import "./chunks/chunk-ANDOKIBV.js";
import "./chunks/chunk-XBKYPAZG.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-II6WLSSD.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YGN7UKGT.js";
import "./chunks/chunk-CME52BVJ.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-J5FNZRHM.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-BNVAI32A.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-FLJIU4LE.js";
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
