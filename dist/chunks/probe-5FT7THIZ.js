import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
} from "./chunk-XZHVDBBJ.js";
import "./chunk-V3ABNZTF.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
};
