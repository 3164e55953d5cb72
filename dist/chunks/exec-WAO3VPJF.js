import {
  exec,
  getExecOutput
} from "./chunk-ZQZK67PQ.js";
import "./chunk-HANBNIMK.js";
export {
  exec,
  getExecOutput
};
