import {
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
} from "./chunks/chunk-EXQYKM3H.js";
import "./chunks/chunk-4GQTXU4C.js";
import "./chunks/chunk-CIFC53FF.js";
import "./chunks/chunk-BGNS3ZSG.js";
import "./chunks/chunk-XBKYPAZG.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-TYWZHCTR.js";
import "./chunks/chunk-IYSRWP7Z.js";
import "./chunks/chunk-WBXXZJVE.js";
import "./chunks/chunk-XZHVDBBJ.js";
import "./chunks/chunk-V3ABNZTF.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-KTZM7YTH.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-Q3SWUYYB.js";
import "./chunks/chunk-R3XMCMD3.js";
import "./chunks/chunk-SB5SJHMK.js";
import "./chunks/chunk-UNBEHMKL.js";
import "./chunks/chunk-4GTCQ74A.js";
import {
  ConfigurationError
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-HANBNIMK.js";
export {
  ConfigurationError,
  refuseUnsupportedPlatform,
  runCommand,
  runWorkflow
};
