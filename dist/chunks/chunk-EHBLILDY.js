import {
  filterFindingsToChanged
} from "./chunk-CH4V4NRA.js";
import {
  readJson,
  walkCobertura
} from "./chunk-27QPBA24.js";
import {
  toWorkspacePath
} from "./chunk-LVE5LOEJ.js";
import {
  reusedChunks
} from "./chunk-HYULKLIY.js";
import {
  truncatedPercent
} from "./chunk-S5VWDAK6.js";
import {
  ReportError
} from "./chunk-6G4JLRTB.js";

// src/diff/patch-coverage.ts
function patchCoverage(changed, lineHits) {
  const files = [];
  let covered = 0;
  let total = 0;
  const names = [...changed.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const file of names) {
    const hits = lineHits.get(file);
    if (!hits) continue;
    let fileCovered = 0;
    let fileTotal = 0;
    for (const line of changed.get(file) ?? []) {
      const count = hits.get(line);
      if (count === void 0) continue;
      fileTotal++;
      if (count > 0) fileCovered++;
    }
    if (fileTotal === 0) continue;
    files.push({ file, covered: fileCovered, total: fileTotal });
    covered += fileCovered;
    total += fileTotal;
  }
  return { covered, total, percent: total > 0 ? truncatedPercent(covered, total) : null, files };
}

// src/reports/line-coverage.ts
import { StringDecoder } from "node:string_decoder";
var MAX_LINE = 64 * 1024;
async function readLineHits(path, opts) {
  const result = /* @__PURE__ */ new Map();
  if (opts.files.size === 0) return result;
  switch (opts.format) {
    case "lcov":
      await lcovHits(reusedChunks(path), path, opts, result);
      break;
    case "cobertura":
      await coberturaHits({ path }, path, opts, result);
      break;
    case "coverage.py-json":
      coveragePyHits(await readJson(path, path, "coverage.py-json"), path, opts, result);
      break;
    case "istanbul-final":
      istanbulFinalHits(await readJson(path, path, "istanbul-final"), path, opts, result);
      break;
    case "jacoco":
      await jacocoHits(path, opts, result);
      break;
    default:
      throw new ReportError(path, String(opts.format), "format", "no per-line data in this format; use lcov, cobertura, coverage.py-json, istanbul-final or jacoco");
  }
  return result;
}
function linesOf(result, file) {
  let lines = result.get(file);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    result.set(file, lines);
  }
  return lines;
}
async function lcovHits(input, file, opts, result) {
  let current;
  let lineNo = 0;
  const fail = (detail) => {
    throw new ReportError(file, "lcov", `line ${lineNo}`, detail);
  };
  const handle = (text) => {
    lineNo++;
    const raw = lineNo === 1 && text.startsWith("\uFEFF") ? text.slice(1) : text;
    if (raw.startsWith("SF:")) {
      const name = toWorkspacePath(raw.slice(3).replace(/\r$/, ""), opts.workspace);
      current = opts.files.has(name) ? linesOf(result, name) : void 0;
    } else if (raw.startsWith("end_of_record")) {
      current = void 0;
    } else if (current && raw.startsWith("DA:")) {
      const match = /^DA:(\d+),(\d+(?:\.\d+)?)(?:,|\r?$)/.exec(raw);
      if (!match) fail(`"${raw.slice(0, 60)}" is not DA:<line>,<hits>`);
      const [, lineText, hitsText] = match;
      const line = Number(lineText);
      current.set(line, (current.get(line) ?? 0) + Number(hitsText));
    }
  };
  const decoder = new StringDecoder("utf8");
  let rest = "";
  const feed = (text) => {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      handle(rest === "" ? text.slice(start, nl) : rest + text.slice(start, nl));
      rest = "";
      start = nl + 1;
    }
    rest += text.slice(start);
    if (rest.length > MAX_LINE) {
      lineNo++;
      fail(`a line longer than ${MAX_LINE} characters`);
    }
  };
  for await (const chunk of input) feed(decoder.write(chunk));
  feed(decoder.end());
  if (rest !== "") handle(rest);
}
async function coberturaHits(input, file, opts, result) {
  await walkCobertura(input, file, {
    // The requested file a Cobertura filename stands for: relative names are tried against each <source>.
    klass(filename, sources) {
      const candidates = sources.map((source) => toWorkspacePath(filename, opts.workspace, source));
      candidates.push(toWorkspacePath(filename, opts.workspace));
      const wanted = candidates.find((c) => opts.files.has(c));
      return wanted === void 0 ? void 0 : linesOf(result, wanted);
    },
    line(current, line, hits) {
      current.set(line, Math.max(current.get(line) ?? 0, hits));
    }
  });
}
async function jacocoHits(path, opts, result) {
  const { SourceIndex, walkJacoco } = await import("./coverage-jacoco-TBAEKSD6.js");
  const index = new SourceIndex(opts.files);
  const found = /* @__PURE__ */ new Map();
  const wanted = (name, groups) => {
    const key = `${groups.join("\0")}\0\0${name}`;
    let file = found.get(key);
    if (file === void 0) {
      const match = index.resolve(name, groups);
      file = match && "file" in match ? match.file : null;
      found.set(key, file);
    }
    return file;
  };
  const { sources, lineless } = await walkJacoco({ path }, path, (source, line, mi, ci) => {
    if (mi + ci === 0) return;
    const file = wanted(source.name, source.groups);
    if (file === null) return;
    const lines = linesOf(result, file);
    lines.set(line, Math.max(lines.get(line) ?? 0, ci));
  });
  if (opts.noLineData) {
    for (const source of [...sources, ...lineless]) {
      if (source.per_line) continue;
      const file = wanted(source.class_only ? `${source.name.replace(/\$.*$/, "")}.java` : source.name, source.groups);
      if (file !== null && !result.has(file) && !opts.noLineData.includes(file)) opts.noLineData.push(file);
    }
  }
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function lineNumbers(value, file, format, where) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n > 0)) {
    throw new ReportError(file, format, where, "expected an array of line numbers");
  }
  return value;
}
function coveragePyHits(data, file, opts, result) {
  if (!isObject(data) || !isObject(data.files)) throw new ReportError(file, "coverage.py-json", "$.files", "expected an object");
  for (const [name, entry] of Object.entries(data.files)) {
    const wanted = toWorkspacePath(name, opts.workspace);
    if (!opts.files.has(wanted)) continue;
    const where = `$.files[${JSON.stringify(name)}]`;
    if (!isObject(entry)) throw new ReportError(file, "coverage.py-json", where, "expected an object");
    const lines = linesOf(result, wanted);
    for (const n of lineNumbers(entry.missing_lines, file, "coverage.py-json", `${where}.missing_lines`)) lines.set(n, lines.get(n) ?? 0);
    for (const n of lineNumbers(entry.executed_lines, file, "coverage.py-json", `${where}.executed_lines`)) lines.set(n, 1);
  }
}
function istanbulFinalHits(data, file, opts, result) {
  if (!isObject(data)) throw new ReportError(file, "istanbul-final", "$", "expected an object");
  for (const [name, entry] of Object.entries(data)) {
    let where = `$[${JSON.stringify(name)}]`;
    if (!isObject(entry)) throw new ReportError(file, "istanbul-final", where, "expected an object");
    let coverage = entry;
    if (isObject(coverage.data) && coverage.statementMap === void 0) {
      coverage = coverage.data;
      where = `${where}.data`;
    }
    const wanted = toWorkspacePath(typeof coverage.path === "string" ? coverage.path : name, opts.workspace);
    if (!opts.files.has(wanted)) continue;
    const statementMap = coverage.statementMap;
    const statements = coverage.s;
    if (!isObject(statementMap) || !isObject(statements)) {
      throw new ReportError(file, "istanbul-final", where, "expected statementMap and s objects");
    }
    const lines = linesOf(result, wanted);
    for (const [id, hits] of Object.entries(statements)) {
      if (!Object.hasOwn(statementMap, id)) continue;
      const location = statementMap[id];
      const start = isObject(location) ? location.start : void 0;
      const line = isObject(start) ? start.line : void 0;
      if (typeof line !== "number" || !Number.isInteger(line) || line < 1 || typeof hits !== "number") {
        throw new ReportError(file, "istanbul-final", `${where}.statementMap[${JSON.stringify(id)}]`, "expected a start line and a hit count");
      }
      const seen = lines.get(line);
      if (seen === void 0 || seen < hits) lines.set(line, hits);
    }
  }
}

// src/engine/changed.ts
function onChangedLines(report, changed) {
  const findings = filterFindingsToChanged(report.findings, changed);
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const vulnerabilities = report.vulnerabilities && { critical: 0, high: 0, medium: 0, low: 0 };
  if (vulnerabilities) {
    for (const f of findings) if (f.security_severity) vulnerabilities[f.security_severity]++;
  }
  const kept = report.suppressed?.kept.filter((s) => changed.has(s.file.replace(/\\/g, "/").replace(/^\.\//, "")));
  const suppressed = kept && kept.length > 0 ? { suppressed: { count: kept.length, kept } } : {};
  const { suppressed: _all, ...rest } = report;
  return { ...rest, findings, counts, ...vulnerabilities ? { vulnerabilities } : {}, ...suppressed };
}
var LINE_FORMATS = {
  lcov: "lcov",
  cobertura: "cobertura",
  "coverage.py-json": "coverage.py-json",
  "istanbul-final": "istanbul-final",
  jacoco: "jacoco"
};
async function patchCoverageOf(coveragePath, format, workspace, changed) {
  const lineFormat = LINE_FORMATS[format];
  if (!lineFormat) return { unavailable: `${format} has no per-line data; use lcov, Cobertura, JaCoCo XML, coverage.py JSON or coverage-final.json` };
  const noLineData = [];
  const hits = await readLineHits(coveragePath, { workspace, format: lineFormat, files: new Set(changed.keys()), noLineData });
  const patch = patchCoverage(changed, hits);
  return noLineData.length > 0 ? { ...patch, no_line_data: noLineData.sort() } : patch;
}

export {
  onChangedLines,
  patchCoverageOf
};
