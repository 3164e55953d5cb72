import {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-C6OSL2UA.js";
import "./chunk-JOUZQ3LF.js";
import "./chunk-HANBNIMK.js";
export {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
