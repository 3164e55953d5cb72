
// src/reports/read.ts
import { constants, readSync } from "node:fs";
import { open } from "node:fs/promises";
function fileKind(stats) {
  if (stats.isFile()) return "a regular file";
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
var NotARegularFileError = class extends Error {
  constructor(path, kind) {
    super(`${path} is ${kind}, not a regular file: not read`);
    this.path = path;
    this.kind = kind;
    this.name = "NotARegularFileError";
  }
  path;
  kind;
};
async function openRegularFile(path) {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error.code === "ENXIO") throw new NotARegularFileError(path, "a socket");
    throw error;
  }
  let stats;
  try {
    stats = await handle.stat();
  } catch (error) {
    await handle.close().catch(() => void 0);
    throw error;
  }
  if (!stats.isFile()) {
    await handle.close().catch(() => void 0);
    throw new NotARegularFileError(path, fileKind(stats));
  }
  return handle;
}
var CHUNK_SIZE = 256 * 1024;
async function* fileChunks(path, nextBuffer) {
  const handle = await openRegularFile(path);
  try {
    for (; ; ) {
      const buffer = nextBuffer();
      const bytesRead = readSync(handle.fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
function reusedChunks(path) {
  const buffer = Buffer.allocUnsafeSlow(CHUNK_SIZE);
  return fileChunks(path, () => buffer);
}

export {
  fileKind,
  NotARegularFileError,
  openRegularFile,
  CHUNK_SIZE,
  fileChunks,
  reusedChunks
};
