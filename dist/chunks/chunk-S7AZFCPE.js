import {
  writeInert
} from "./chunk-5RXFTMH7.js";
import {
  info
} from "./chunk-PLYXDVHF.js";

// src/action/inert-log.ts
function logInert(message, write = info) {
  writeInert(message, write);
}

export {
  logInert
};
