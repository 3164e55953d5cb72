
// src/github/names.ts
import { createHash } from "node:crypto";
var FORBIDDEN_IN_ARTIFACT_NAME = /[":<>|*?\\/\x00-\x1f\x7f]/g;
var MAX_ARTIFACT_NAME_LENGTH = 200;
var MAX_CACHE_KEY_LENGTH = 512;
var shortHash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 8);
function cleanArtifactPart(part) {
  return part.replace(FORBIDDEN_IN_ARTIFACT_NAME, "_").trim();
}
function artifactName(component, jobIndex, suffix, maxLength = MAX_ARTIFACT_NAME_LENGTH) {
  const head = cleanArtifactPart(component) || "component";
  const tail = [jobIndex === void 0 || jobIndex === "" ? "" : cleanArtifactPart(String(jobIndex)), suffix ? cleanArtifactPart(suffix) : ""].filter(Boolean).map((part) => `-${part}`).join("");
  const name = `${head}${tail}`;
  if (name.length <= maxLength) return name;
  const hash = `~${shortHash(`${component}\0${jobIndex ?? ""}\0${suffix ?? ""}`)}`;
  const room = maxLength - tail.length - hash.length;
  if (room >= 1) return `${head.slice(0, room)}${hash}${tail}`;
  return `${name.slice(0, Math.max(1, maxLength - hash.length))}${hash}`.slice(0, maxLength);
}
var SEPARATOR = ":";
function escapeKeyPart(part) {
  return part.replace(/%/g, "%25").replace(/:/g, "%3A").replace(/,/g, "%2C").replace(/[\x00-\x1f\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}
function capKey(key) {
  if (key.length <= MAX_CACHE_KEY_LENGTH) return key;
  const hash = `~${shortHash(key)}`;
  return `${key.slice(0, MAX_CACHE_KEY_LENGTH - hash.length)}${hash}`;
}
var MAX_BRANCH_PART = 200;
function branchKeyPart(branch) {
  if (branch.length <= MAX_BRANCH_PART) return branch;
  const hash = `~${shortHash(branch)}`;
  return `${branch.slice(0, MAX_BRANCH_PART - hash.length)}${hash}`;
}
function cacheKey(parts) {
  return capKey(
    parts.filter((p) => p !== void 0 && p !== null && String(p) !== "").map((p) => escapeKeyPart(String(p))).join(SEPARATOR)
  );
}
function cacheKeyPrefix(parts) {
  const key = cacheKey(parts);
  return key.length < MAX_CACHE_KEY_LENGTH ? `${key}${SEPARATOR}` : key;
}

export {
  artifactName,
  branchKeyPart,
  cacheKey,
  cacheKeyPrefix
};
