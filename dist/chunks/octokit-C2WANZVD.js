import {
  createOctokit,
  fetchWithDeadline
} from "./chunk-MEEFPU55.js";
import "./chunk-534O5AVS.js";
import "./chunk-PQADDHOS.js";
import "./chunk-HANBNIMK.js";
export {
  createOctokit,
  fetchWithDeadline
};
