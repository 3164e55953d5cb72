import {
  runCommand,
  runWorkflow
} from "./chunks/chunk-VAFGPPUX.js";
import "./chunks/chunk-PNWNXVSZ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-L345TEF6.js";
import "./chunks/chunk-OJUA3WGN.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-GCHVC7YK.js";
import "./chunks/chunk-QORUNHXP.js";
import "./chunks/chunk-52Y4MCPZ.js";
import "./chunks/chunk-366W3JI3.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-WBXXZJVE.js";
import "./chunks/chunk-FHEQNACH.js";
import "./chunks/chunk-OXW3FLQS.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  runCommand,
  runWorkflow
};
