
// src/reports/read.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync } from "node:fs";
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
var FileTooLargeError = class extends Error {
  constructor(path, size, max) {
    super(`${path} is ${size} bytes, more than the ${max} accepted`);
    this.path = path;
    this.size = size;
    this.max = max;
    this.name = "FileTooLargeError";
  }
  path;
  size;
  max;
};
async function readRegularFile(path, max) {
  const handle = await openRegularFile(path);
  try {
    const { size } = await handle.stat();
    if (size > max) throw new FileTooLargeError(path, size, max);
    const bytes = await handle.readFile();
    if (bytes.length > max) throw new FileTooLargeError(path, bytes.length, max);
    return bytes;
  } finally {
    await handle.close();
  }
}
function workingTreeContent(path) {
  try {
    const info = lstatSync(path, { throwIfNoEntry: false });
    if (info === void 0) return null;
    if (info.isSymbolicLink()) return Buffer.from(readlinkSync(path));
    if (!info.isFile()) return null;
    return readRegularFileSync(path, MAX_BUFFER_BYTES, true);
  } catch {
    return null;
  }
}
var MAX_BUFFER_BYTES = 2 ** 31 - 1;
function readTextFile(path, max = 1024 * 1024) {
  return readRegularFileSync(path, max)?.toString("utf8") ?? null;
}
function readRegularFileSync(path, max, noFollow = false) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > max) return null;
    const bytes = readFileSync(fd);
    return bytes.length > max ? null : bytes;
  } catch {
    return null;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function hasUtf16Bom(bytes) {
  return bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255);
}
function reportText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.toString("utf16le", 0, bytes.length - bytes.length % 2);
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const even = Buffer.from(bytes.subarray(0, bytes.length - bytes.length % 2));
    return even.swap16().toString("utf16le");
  }
  return bytes.toString("utf8");
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
  FileTooLargeError,
  readRegularFile,
  workingTreeContent,
  readTextFile,
  readRegularFileSync,
  hasUtf16Bom,
  reportText,
  CHUNK_SIZE,
  fileChunks,
  reusedChunks
};
