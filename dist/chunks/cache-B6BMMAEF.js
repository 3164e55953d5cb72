import {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-IIO52OVY.js";
import "./chunk-HANBNIMK.js";
export {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
