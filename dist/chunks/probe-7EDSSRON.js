import {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile
} from "./chunk-ZKQZAT2Z.js";
import "./chunk-HANBNIMK.js";
export {
  RepositoryProbe,
  enclosingWorkspace,
  isExecutable,
  readTextFile
};
