import {
  pairSafeEnd
} from "./chunk-4CLWEP5D.js";

// src/github/leg.ts
import { createHash } from "node:crypto";
var MAX_LEG_CHARS = 100;
var UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function cleanLeg(text) {
  const clean = text.replace(UNSHOWABLE, " ").replace(/\s+/g, " ").trim();
  if (!clean) return null;
  if (clean.length <= MAX_LEG_CHARS) return clean;
  const hash = createHash("sha256").update(clean).digest("hex").slice(0, 8);
  return `${clean.slice(0, pairSafeEnd(clean, MAX_LEG_CHARS - hash.length - 2))}\u2026~${hash}`;
}
function leaves(value, out = []) {
  if (value === null || value === void 0 || value === "") return out;
  if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (typeof value === "object") for (const v of Object.values(value)) leaves(v, out);
  else out.push(String(value));
  return out;
}
function legIdentity(raw, shared) {
  const text = raw.trim();
  if (!text || text === "null") return null;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return cleanLeg(text);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return cleanLeg(text);
  const own = new Set(shared.filter((s) => typeof s === "string" && s.trim() !== "").map((s) => s.trim()));
  const values = leaves(parsed).filter((v) => !own.has(v.trim()));
  return values.length ? cleanLeg(values.join(", ")) : null;
}

export {
  cleanLeg,
  legIdentity
};
