import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-H45Y6IDB.js";
import "./chunks/chunk-NONGC26B.js";
import {
  ConfigurationError
} from "./chunks/chunk-UBBZE3T4.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-PY5VAGIZ.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
