import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  captureSdkLog,
  restoreFromCache,
  saveToCache
} from "./chunk-EGHC3QXZ.js";
import "./chunk-HANBNIMK.js";
export {
  captureSdkLog,
  restoreFromCache,
  saveToCache
};
