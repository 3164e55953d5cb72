
// src/context/fs.ts
import * as fs from "node:fs";
async function mkdir(path, options) {
  fs.mkdirSync(path, options);
}
async function writeFile(path, data, options) {
  fs.writeFileSync(path, data, options);
}
async function readFile(path, encoding) {
  return readRegularFileSync(path).toString(encoding);
}
function readRegularFileSync(path) {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`${path}: not a regular file`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
async function rename(from, to) {
  fs.renameSync(from, to);
}
function replaceFileSync(from, path) {
  try {
    fs.unlinkSync(path);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  fs.renameSync(from, path);
}
async function link(existing, path) {
  fs.linkSync(existing, path);
}
async function rm(path, options) {
  fs.rmSync(path, options);
}
async function stat(path) {
  return fs.statSync(path);
}
async function readdir(path, options) {
  return options ? fs.readdirSync(path, options) : fs.readdirSync(path);
}
async function open(path, flags, mode) {
  const fd = fs.openSync(path, flags, mode);
  return {
    stat: async () => fs.fstatSync(fd),
    read: async (buffer, offset, length, position) => {
      let bytesRead = 0;
      while (bytesRead < length) {
        const n = fs.readSync(fd, buffer, offset + bytesRead, length - bytesRead, position + bytesRead);
        if (n === 0) break;
        bytesRead += n;
      }
      return { bytesRead };
    },
    readFile: async (encoding) => fs.readFileSync(fd, encoding),
    writeFile: async (data) => fs.writeFileSync(fd, data),
    close: async () => fs.closeSync(fd)
  };
}

export {
  mkdir,
  writeFile,
  readFile,
  readRegularFileSync,
  rename,
  replaceFileSync,
  link,
  rm,
  stat,
  readdir,
  open
};
