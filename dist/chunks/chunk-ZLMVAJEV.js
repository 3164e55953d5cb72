
// src/plan/paths.ts
import { posix } from "node:path";
var ROOT_PATH = ".";
var GLOB_MAGIC = /[*?[\]{}]/;
function normalizeRelative(raw) {
  const slashed = raw.replace(/\\/g, "/").trim();
  if (slashed === "") return { error: "is empty" };
  if (/[\u0000-\u001f\u007f]/.test(slashed)) return { error: "contains a control character" };
  if (slashed.startsWith("/") || /^[A-Za-z]:\//.test(slashed)) return { error: "is absolute; give it relative to the repository root" };
  let path = posix.normalize(slashed);
  while (path.endsWith("/") && path.length > 1) path = path.slice(0, -1);
  if (path === ".." || path.startsWith("../")) return { error: "reaches outside the repository" };
  return { path: path === "" ? ROOT_PATH : path };
}
function matchPrefix(path) {
  if (!GLOB_MAGIC.test(path)) return path;
  const literal = [];
  for (const segment of path.split("/")) {
    if (GLOB_MAGIC.test(segment)) break;
    literal.push(segment);
  }
  return literal.length === 0 ? ROOT_PATH : literal.join("/");
}
function isUnder(file, path) {
  const prefix = matchPrefix(path);
  return prefix === ROOT_PATH || file === prefix || file.startsWith(`${prefix}/`);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  ROOT_PATH,
  normalizeRelative,
  matchPrefix,
  isUnder,
  compareStrings
};
