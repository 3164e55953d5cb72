import {
  createOctokit,
  fetchWithDeadline
} from "./chunk-TZEP4XW5.js";
import "./chunk-ZKW6OAFF.js";
import "./chunk-MDKOTDWZ.js";
import "./chunk-HANBNIMK.js";
export {
  createOctokit,
  fetchWithDeadline
};
