import {
  preflight,
  preflightReason,
  simpleCommands
} from "./chunk-PTZTZWFV.js";
import "./chunk-QFJOODSQ.js";
import "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  preflight,
  preflightReason,
  simpleCommands
};
