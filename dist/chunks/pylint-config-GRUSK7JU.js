import {
  readTextFile
} from "./chunk-HYULKLIY.js";
import "./chunk-HANBNIMK.js";

// src/gates/pylint-config.ts
import { join } from "node:path";
var MAX_BYTES = 1024 * 1024;
function settings(text) {
  const out = [];
  let section = "";
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(?:[#;]|$)/.test(raw)) continue;
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*(?:[#;].*)?$/.exec(raw);
    if (header) {
      section = header[1].trim().toLowerCase().replace(/["']/g, "");
      current = null;
      continue;
    }
    const words = (s) => s.replace(/[#;].*$/, "").split(/[\s,"'[\]]+/).filter(Boolean);
    const entry = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(raw.trim());
    if (entry && !/^\s/.test(raw)) {
      current = { section, key: entry[1].toLowerCase(), values: words(entry[2]) };
      out.push(current);
    } else if (current) current.values.push(...words(raw));
  }
  return out;
}
var MESSAGES = /^(?:(?:tool\.)?pylint\.)?messages[ _]control$/;
async function pylintChecksNothing(workspace, command) {
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ""));
  const valueOf = (long, short) => words.flatMap((w, i) => w.startsWith(`${long}=`) ? [w.slice(long.length + 1)] : w === long || w === short ? [words[i + 1] ?? ""] : w.startsWith(short) && w.length > short.length && short.length === 2 ? [w.slice(2)] : []);
  const listed = (values) => values.flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase());
  const enabledOnLine = valueOf("--enable", "-e").length > 0;
  if (listed(valueOf("--disable", "-d")).includes("all") && !enabledOnLine) return "the command's --disable=all";
  if (enabledOnLine) return null;
  const rcfile = valueOf("--rcfile", "--rcfile")[0];
  const candidates = rcfile ? [rcfile] : ["pylintrc", "pylintrc.toml", ".pylintrc", ".pylintrc.toml", "pyproject.toml", "setup.cfg"];
  for (const file of candidates) {
    const text = await readTextFile(join(workspace, file), MAX_BYTES);
    if (text === null) continue;
    const all = settings(text);
    const shared = file === "pyproject.toml" || file === "setup.cfg";
    const pylints = shared ? all.filter((s) => /^(?:tool\.)?pylint(?:\.|$)/.test(s.section)) : all;
    if (shared && !rcfile && !/^\s*\[\[?(?:tool\.)?pylint(?:[.\]]|$)/m.test(text)) continue;
    const control = pylints.filter((s) => MESSAGES.test(s.section) || s.section === "tool.pylint" || s.section === "pylint");
    const disable = control.filter((s) => s.key === "disable").flatMap((s) => s.values.map((v) => v.toLowerCase()));
    const enable = control.filter((s) => s.key === "enable").flatMap((s) => s.values);
    const section = control.find((s) => s.key === "disable")?.section;
    return disable.includes("all") && enable.length === 0 ? `${file}${section ? ` [${section}]` : ""} disable=all` : null;
  }
  return null;
}
export {
  pylintChecksNothing
};
