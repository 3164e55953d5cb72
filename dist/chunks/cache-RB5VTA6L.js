import {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-G3TEXZ3P.js";
import "./chunk-HANBNIMK.js";
export {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
