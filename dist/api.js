import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-UVQ47K5M.js";
import "./chunks/chunk-M4PG7LIV.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-UGKT6OK3.js";
import "./chunks/chunk-P2IOOMUL.js";
import "./chunks/chunk-GJMVF7HK.js";
import "./chunks/chunk-MQBGAWA6.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-FHEQNACH.js";
import "./chunks/chunk-4DZHXECN.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
