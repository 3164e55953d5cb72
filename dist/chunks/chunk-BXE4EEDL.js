import {
  info
} from "./chunk-PLYXDVHF.js";

// src/action/inert-log.ts
import { randomUUID } from "node:crypto";
var COMMAND_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/;
function logInert(message, write = info) {
  if (!COMMAND_LINE.test(message)) {
    write(message);
    return;
  }
  const token = randomUUID();
  write(`::stop-commands::${token}`);
  write(message);
  write(`::${token}::`);
}

export {
  logInert
};
