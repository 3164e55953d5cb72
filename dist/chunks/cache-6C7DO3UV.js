import {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-UUQ6MIXD.js";
import "./chunk-HANBNIMK.js";
export {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
