import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-3VBRBGDY.js";
import "./chunks/chunk-QYEBU6CG.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-BPW7JIC5.js";
import "./chunks/chunk-SMKNRI2L.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-FHEQNACH.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
