import {
  createOctokit,
  fetchWithDeadline
} from "./chunk-ZYJEZ22W.js";
import "./chunk-534O5AVS.js";
import "./chunk-PQADDHOS.js";
import "./chunk-HANBNIMK.js";
export {
  createOctokit,
  fetchWithDeadline
};
