import {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-NQN7RONV.js";
import "./chunk-HANBNIMK.js";
export {
  Timeout,
  beforeDeadline,
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
