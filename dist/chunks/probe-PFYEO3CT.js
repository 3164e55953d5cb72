import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
} from "./chunk-A5RKFQW4.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile,
  requirementPattern
};
