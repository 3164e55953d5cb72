import {
  info
} from "./chunk-PLYXDVHF.js";
import {
  writeInert
} from "./chunk-Q3SWUYYB.js";

// src/action/inert-log.ts
function logInert(message, write = info) {
  writeInert(message, write);
}

export {
  logInert
};
