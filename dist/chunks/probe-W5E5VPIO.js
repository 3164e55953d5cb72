import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
} from "./chunk-YGN7UKGT.js";
import "./chunk-CME52BVJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-J5FNZRHM.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
};
