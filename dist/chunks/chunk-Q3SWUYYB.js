
// src/hosts/workflow-commands.ts
import { randomUUID } from "node:crypto";
import { fstatSync } from "node:fs";
var COMMAND_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/;
function readsAsWorkflowCommand(text) {
  return COMMAND_LINE.test(text);
}
function writeInert(message, write) {
  if (!readsAsWorkflowCommand(message)) {
    write(message);
    return;
  }
  const token = randomUUID();
  write(`::stop-commands::${token}`);
  write(message);
  write(`::${token}::`);
}
function isJobLog(fd) {
  if (process.env.GITHUB_ACTIONS !== "true") return false;
  try {
    return !fstatSync(fd).isFile();
  } catch {
    return true;
  }
}
function printInert(stream, text) {
  if (!isJobLog(stream.fd)) {
    stream.write(text);
    return;
  }
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  writeInert(body, (line) => void stream.write(`${line}
`));
}

export {
  readsAsWorkflowCommand,
  writeInert,
  isJobLog,
  printInert
};
