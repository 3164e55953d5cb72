import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
} from "./chunk-2OROTQQL.js";
import "./chunk-CME52BVJ.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-L5NPJB3T.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  requirementPattern
};
