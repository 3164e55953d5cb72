import {
  globProblem,
  splitPatterns
} from "./chunk-I6DMVYMR.js";
import {
  MAX_FLOW_DEPTH,
  MAX_FRONTMATTER_CHARS,
  nestsTooDeep
} from "./chunk-KEV4FWKC.js";
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-4LSZ7FBK.js";

// src/instructions/validate.ts
import { lstat, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
var DEFAULT_INSTRUCTION_GLOBS = [".github/instructions/**/*.instructions.md"];
var MAX_INSTRUCTION_FILE_BYTES = 1024 * 1024;
var MIN_CONTENT_CHARS = 100;
async function validateInstructions(opts) {
  const globs = opts.globs.length > 0 ? opts.globs : [...DEFAULT_INSTRUCTION_GLOBS];
  for (const pattern of globs) {
    const slashed = pattern.replace(/\\/g, "/");
    if (slashed.startsWith("/") || /^[A-Za-z]:\//.test(slashed) || slashed.split("/").includes("..")) {
      throw new Error(`instruction glob "${pattern}" reaches outside the workspace; use a pattern relative to it`);
    }
    const problem = globProblem(pattern);
    if (problem) throw new Error(`instruction glob "${pattern}" ${problem}`);
  }
  const workspace = path.resolve(opts.workspace);
  if (!await anyBaseExists(workspace, globs)) return { files: [], findings: [], error_count: 0, warning_count: 0 };
  const { glob } = await import("./dist-4CZYXE77.js");
  const matched = await glob(globs, {
    cwd: workspace,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ["**/node_modules/**", "**/.git/**"]
  });
  const files = [...new Set(matched.map((f) => f.replace(/\\/g, "/")))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const root = await realpath(workspace);
  const findings = [];
  for (const file of files) findings.push(...await checkFile(root, workspace, file));
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { files, findings, error_count: errors, warning_count: warnings };
}
async function anyBaseExists(workspace, globs) {
  for (const pattern of globs) {
    const segments = pattern.replace(/\\/g, "/").split("/");
    const base = [];
    for (const segment of segments.slice(0, -1)) {
      if (/[*?[\]{}()!+@\\]/.test(segment)) break;
      base.push(segment);
    }
    if (pattern.startsWith("!") || base.length === 0 || base.some((x) => x === "" || x === ".")) return true;
    try {
      await lstat(path.join(workspace, ...base));
      return true;
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") return true;
    }
  }
  return false;
}
function finding(file, line, severity, rule, message) {
  return { tool: "instructions", rule, severity, file, line, message };
}
async function checkFile(root, workspace, file) {
  const full = path.join(workspace, file);
  try {
    const info = await lstat(full);
    if (info.isSymbolicLink()) {
      const target = await realpath(full);
      if (target !== root && !target.startsWith(root + path.sep)) {
        return [finding(file, 1, "error", "outside-workspace", "is a symbolic link to a file outside the workspace; not read")];
      }
    }
    const size = info.isSymbolicLink() ? (await stat(full)).size : info.size;
    if (size > MAX_INSTRUCTION_FILE_BYTES) {
      return [finding(file, 1, "error", "file-too-large", `is ${size} bytes; instruction files may have at most ${MAX_INSTRUCTION_FILE_BYTES}`)];
    }
    const bytes = await readFile(full);
    if (bytes.length > MAX_INSTRUCTION_FILE_BYTES) {
      return [finding(file, 1, "error", "file-too-large", `is over ${MAX_INSTRUCTION_FILE_BYTES} bytes; instruction files may have at most that`)];
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      const line = bytes.subarray(0, nul).toString("latin1").split("\n").length;
      return [finding(file, line, "error", "binary-file", "contains a NUL byte: not a text file")];
    }
    return checkText(file, bytes.toString("utf8"));
  } catch (error) {
    return [finding(file, 1, "error", "unreadable", `could not be read: ${error.message}`)];
  }
}
function checkText(file, raw) {
  const text = (raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw).replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const findings = [];
  let bodyStart = 0;
  if (!/^---[ \t]*$/.test(lines[0] ?? "")) {
    findings.push(finding(file, 1, "error", "missing-frontmatter", "does not start with a YAML frontmatter between --- lines"));
  } else {
    let close = -1;
    for (let i = 1; i < lines.length; i++) {
      if (/^---[ \t]*$/.test(lines[i])) {
        close = i;
        break;
      }
    }
    if (close === -1) {
      findings.push(finding(file, 1, "error", "missing-frontmatter", "the frontmatter opened on line 1 is never closed by a --- line"));
      return findings;
    } else {
      findings.push(...checkFrontmatter(file, lines.slice(1, close).join("\n"), 2));
      bodyStart = close + 1;
    }
  }
  findings.push(...checkBody(file, lines.slice(bodyStart), bodyStart + 1));
  return findings;
}
function checkFrontmatter(file, yamlText, firstLine) {
  const findings = [];
  if (yamlText.length > MAX_FRONTMATTER_CHARS) {
    return [finding(file, firstLine, "error", "invalid-yaml", `frontmatter is ${yamlText.length} characters; at most ${MAX_FRONTMATTER_CHARS} are parsed`)];
  }
  if (nestsTooDeep(yamlText)) {
    return [finding(file, firstLine, "error", "invalid-yaml", `frontmatter nests [ or { more than ${MAX_FLOW_DEPTH} levels deep: not parsed`)];
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset) => offset === void 0 ? firstLine - 1 : counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 5)) {
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      findings.push(finding(file, lineAt(error.pos[0]), "error", "invalid-yaml", `frontmatter is not valid YAML: ${message}`));
    }
    return findings;
  }
  const contents = doc.contents;
  const opening = firstLine - 1;
  if (contents !== null && !isMap(contents)) {
    findings.push(finding(file, lineAt(contents.range?.[0]), "error", "invalid-yaml", "frontmatter must be a YAML mapping (key: value lines)"));
    return findings;
  }
  const pairs = contents?.items ?? [];
  const get = (key) => pairs.find((p) => isScalar(p.key) && p.key.value === key);
  const valueLine = (pair) => {
    const node = pair.value;
    return lineAt(node?.range?.[0] ?? pair.key.range?.[0]);
  };
  const applyTo = get("applyTo");
  if (!applyTo) {
    findings.push(finding(file, opening, "error", "apply-to", "frontmatter has no applyTo (a glob pattern or a list of them)"));
  } else {
    const value = applyTo.value;
    if (isScalar(value) && typeof value.value === "string") {
      findings.push(...checkPatterns(file, value.value, valueLine(applyTo)));
    } else if (isSeq(value)) {
      if (value.items.length === 0) {
        findings.push(finding(file, valueLine(applyTo), "error", "apply-to", "applyTo is an empty list; give at least one glob pattern"));
      }
      for (const item of value.items) {
        const line = lineAt(item?.range?.[0] ?? value.range?.[0]);
        if (isScalar(item) && typeof item.value === "string") findings.push(...checkPatterns(file, item.value, line));
        else findings.push(finding(file, line, "error", "apply-to", `applyTo list item is ${describe(item)}, expected a glob pattern string`));
      }
    } else {
      findings.push(finding(file, valueLine(applyTo), "error", "apply-to", `applyTo is ${describe(value)}, expected a glob pattern string or a list of them`));
    }
  }
  const description = get("description");
  if (!description) {
    findings.push(finding(file, opening, "error", "description", "frontmatter has no description"));
  } else {
    const value = description.value;
    if (!(isScalar(value) && typeof value.value === "string")) {
      findings.push(finding(file, valueLine(description), "error", "description", `description is ${describe(value)}, expected a non-empty string`));
    } else if (value.value.trim() === "") {
      findings.push(finding(file, valueLine(description), "error", "description", "description is empty"));
    }
  }
  return findings;
}
function checkPatterns(file, value, line) {
  const findings = [];
  const parts = splitPatterns(value);
  for (const pattern of parts) {
    const problem = pattern === "" && parts.length > 1 ? "is empty (a stray comma?)" : globProblem(pattern);
    if (problem) {
      const shown = JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 79)}\u2026` : pattern);
      findings.push(finding(file, line, "error", "apply-to", `applyTo pattern ${shown} ${problem}`));
    }
  }
  return findings;
}
function describe(node) {
  if (node === null || node === void 0) return "empty";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "empty";
    if (typeof v === "string") return "a string";
    return `the ${typeof v} ${String(v)}`;
  }
  return "not a string";
}
function checkBody(file, body, firstLine) {
  const findings = [];
  let fence;
  let section = false;
  for (const line2 of body) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line2);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === void 0) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line2.trim() === marker) fence = void 0;
      continue;
    }
    if (fence === void 0 && /^ {0,3}#{2,6}(?:[ \t]|$)/.test(line2)) {
      section = true;
      break;
    }
  }
  const firstContent = body.findIndex((l) => l.trim() !== "");
  const line = firstLine + Math.max(firstContent, 0);
  if (!section) findings.push(finding(file, line, "warning", "no-section", "has no ## section; organize the instructions under headings"));
  const chars = [...body.join("\n").trim()].length;
  if (chars < MIN_CONTENT_CHARS) {
    findings.push(finding(file, line, "warning", "short-content", `has ${chars} characters of content; at least ${MIN_CONTENT_CHARS} are expected`));
  }
  return findings;
}
function formatInstructionsResult(result) {
  const out = [];
  for (const f of result.findings) {
    out.push(`${f.file}:${f.line ?? 1}: ${f.severity} ${f.rule ?? f.tool}: ${f.message}`);
  }
  const n = result.files.length;
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  out.push(`${plural(n, "instruction file")} checked: ${plural(result.error_count, "error")}, ${plural(result.warning_count, "warning")}`);
  return out.join("\n");
}

export {
  DEFAULT_INSTRUCTION_GLOBS,
  validateInstructions,
  formatInstructionsResult
};
