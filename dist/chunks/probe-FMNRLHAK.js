import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
} from "./chunk-OJ3AL7GD.js";
import "./chunk-V3MPMHDK.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
};
