import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-BRWBLCOY.js";
import "./chunks/chunk-UXKITU7M.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-X3HMPC6E.js";
import "./chunks/chunk-4THPGDFH.js";
import "./chunks/chunk-GJMVF7HK.js";
import "./chunks/chunk-MQBGAWA6.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-FHEQNACH.js";
import "./chunks/chunk-37IL7UHX.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
