import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-XWHCXGOC.js";
import "./chunks/chunk-PWW3LDXW.js";
import "./chunks/chunk-TQDXKE7M.js";
import "./chunks/chunk-JOUZQ3LF.js";
import "./chunks/chunk-VZCHTACS.js";
import "./chunks/chunk-QDEQBNGY.js";
import "./chunks/chunk-2R5D4IJT.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-LLSBVFXH.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YJ4WECTM.js";
import "./chunks/chunk-JAHX4E5E.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-V5KI2VEC.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-4GTCQ74A.js";
import "./chunks/chunk-24GEDJX4.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-HYULKLIY.js";
import "./chunks/chunk-SKZ7FANQ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-IA6DIEBA.js";
import "./chunks/chunk-NP6TI2MO.js";
import "./chunks/chunk-IGIGMMYD.js";
import "./chunks/chunk-4CLWEP5D.js";
import "./chunks/chunk-Q3SWUYYB.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-TE4YH7PC.js";
import "./chunks/chunk-DAQTANZ3.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
};
