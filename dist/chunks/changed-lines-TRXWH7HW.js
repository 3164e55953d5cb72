import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DiffParser,
  changedLines,
  filterFindingsToChanged,
  unquote
} from "./chunk-UWJNR5OH.js";
import "./chunk-HANBNIMK.js";
export {
  DiffParser,
  changedLines,
  filterFindingsToChanged,
  unquote
};
