import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
} from "./chunk-RFM2NYGS.js";
import "./chunk-CME52BVJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-TGYDXOQN.js";
import "./chunk-JSYRBXJ3.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
};
