import {
  MAX_NAMED,
  readHead
} from "./chunk-TDJYSOY6.js";

// src/engine/stages/test-markers.ts
import { join } from "node:path";
var MAX_FILES = 2e4;
var MAX_BYTES = 2 * 1024 * 1024;
var JS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var PY = /\.py$/;
var JS_NAMED = /(?:\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$|(?:^|\/)__tests__\/.+\.(?:[cm]?[jt]s|[jt]sx)$)/;
var PY_NAMED = /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/;
var TEST_NAMED = new RegExp(`${JS_NAMED.source}|${PY_NAMED.source}`);
var FOCUS = /(?<![\w$])(?:(?:describe|context|suite|it|test|specify)\.only(?:\.each)?\s*[(`]|f(?:it|describe)\s*\(\s*['"`]|(?:describe|suite|it|test)\s*\(\s*(['"`]).*?\1\s*,\s*\{[^}]*\bonly\s*:(?!\s*false\b))/;
var JS_SKIP = /(?<![\w$])(?:(?:describe|context|suite|it|test|specify)(?:\.concurrent)?\.(?:skip|todo|failing|fails|fixme|skipIf|runIf)(?:\.each)?\s*[(`]|x(?:it|describe|test|context|specify)\s*\(\s*['"`]|(?:describe|suite|it|test)\s*\(\s*(['"`]).*?\1\s*,\s*\{[^}]*\b(?:skip|todo|fails)\s*:(?!\s*false\b)|(?:t|this|ctx|context)\.(?:skip|todo)\s*\()/;
var PY_SKIP = /(?:\bpytest\.mark\.(?:skip|skipif|xfail)\b|\bpytest\.(?:skip|xfail|importorskip)\s*\(|@(?:unittest\.)?(?:skip|skipIf|skipUnless|expectedFailure)\b|\.skipTest\s*\(|\braise\s+(?:unittest\.)?SkipTest\b)/;
var OTHER_SKIPS = [
  [
    /\.(?:java|kt|groovy|scala)$/,
    /(?:@(?:org\.junit\.(?:jupiter\.api\.)?)?(?:Disabled|Ignore)\b(?!\w)|@Test\s*\([^)]*\benabled\s*=\s*false\b|\bassume(?:True\s*\(\s*false|False\s*\(\s*true)\s*[,)]|\bAssumptions\.abort\s*\(|(?<![\w$])x(?:it|test|describe|context|should|feature|scenario|given|expect)\s*\(\s*["'`])/
  ],
  [/_test\.go$/, /(?:(?<![\w.])[tb]|\.T\(\))\.Skip(?:f|Now)?\s*\(/],
  [/\.rs$/, /#\[\s*ignore\b/],
  [/\.cs$/, /\[\s*(?:Fact|Theory|SkippableFact|SkippableTheory)\s*\([^\]]*\bSkip\s*=|\[\s*(?:NUnit\.Framework\.)?Ignore\b|\bAssert\.(?:Ignore|Inconclusive)\s*\(/]
];
function otherSkip(file) {
  return OTHER_SKIPS.find(([ext]) => ext.test(file))?.[1];
}
var COVERAGE_IGNORE = /(?:\/\*|\/\/)\s*(?:istanbul|c8|v8)\s+ignore\b|(?:\/\*|\/\/)\s*node:coverage\s+(?:ignore|disable)\b|#\s*pragma:\s*no\s*cover\b/i;
var IGNORE_FILE = /\b(?:istanbul|c8|v8)\s+ignore\s+file\b/i;
var IGNORE_START = /\b(?:c8|v8)\s+ignore\s+start\b|\bnode:coverage\s+disable\b/i;
var IGNORE_STOP = /\b(?:c8|v8)\s+ignore\s+stop\b|\bnode:coverage\s+enable\b/i;
function coverageIgnoresIn(file, text, only) {
  if (!JS.test(file) && !PY.test(file)) return [];
  const out = [];
  const lines = text.split(/\r\n?|\n/);
  let open = null;
  const shown = (line) => line.length > 120 ? `${line.slice(0, 119)}\u2026` : line;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!COVERAGE_IGNORE.test(line) && !IGNORE_STOP.test(line)) continue;
    const marker = { file, line: i + 1, text: shown(line) };
    if (IGNORE_STOP.test(line)) open = null;
    else if (IGNORE_START.test(line)) open ??= marker;
    if (IGNORE_FILE.test(line)) out.push({ ...marker, text: `${marker.text} (the whole file)` });
    else if (only?.has(i + 1) && !IGNORE_STOP.test(line)) out.push(marker);
  }
  if (open && !out.some((m) => m.line === open.line)) out.push({ ...open, text: `${open.text} (to the end of the file: no stop after it)` });
  else if (open) out.splice(out.findIndex((m) => m.line === open.line), 1, { ...open, text: `${open.text} (to the end of the file: no stop after it)` });
  return out.sort((a, b) => a.line - b.line);
}
var PYTEST_HOOK = /^(?:async\s+)?def\s+pytest_\w+\s*\(/;
function pytestHooksIn(file, text) {
  if (!PY.test(file)) return [];
  return text.split(/\r\n?|\n/).flatMap((raw, i) => {
    const line = raw.trim();
    return PYTEST_HOOK.test(line) ? [{ file, line: i + 1, text: line.length > 120 ? `${line.slice(0, 119)}\u2026` : line }] : [];
  });
}
function commented(line, python) {
  return python ? line.startsWith("#") : line.startsWith("//") || line.startsWith("/*") || line.startsWith("*");
}
function markersIn(file, text, pattern, only) {
  const python = PY.test(file);
  const other = python || JS.test(file) ? void 0 : otherSkip(file);
  if (!python && !JS.test(file) && other === void 0) return [];
  if (pattern === "focus" && (python || other)) return [];
  const re = pattern === "focus" ? FOCUS : python ? PY_SKIP : other ?? JS_SKIP;
  const out = [];
  const lines = text.split(/\r\n?|\n/);
  for (const [i, raw] of lines.entries()) {
    if (only && !only.has(i + 1)) continue;
    const line = raw.trim();
    if (commented(line, python) || !re.test(line)) continue;
    out.push({ file, line: i + 1, text: line.length > 120 ? `${line.slice(0, 119)}\u2026` : line });
  }
  return out;
}
function componentTestFiles(tracked, scope) {
  const under = (file, dirs) => dirs.some((d) => d === "." || file === d || file.startsWith(`${d}/`));
  const tests = (scope.tests ?? []).filter((t) => t !== ".");
  const sources = scope.sources ?? ["."];
  return tracked.filter((f) => (JS.test(f) || PY.test(f)) && (under(f, tests) || TEST_NAMED.test(f) && under(f, sources)));
}
async function findTestMarkers(workspace, files, scope, changed) {
  const tracked = await files.under(void 0, { whole: true });
  if (!tracked) return { focused: [] };
  const focused = [];
  const skipsAdded = [];
  const coverageIgnored = [];
  const testFiles = componentTestFiles(tracked, scope);
  const isTest = new Set(testFiles);
  const sources = scope.sources ?? ["."];
  for (const file of tracked.filter((f) => (JS.test(f) || PY.test(f)) && !isTest.has(f) && sources.some((d) => d === "." || f === d || f.startsWith(`${d}/`))).slice(0, MAX_FILES)) {
    const text = await readHead(join(workspace, file), MAX_BYTES);
    if (text !== null) coverageIgnored.push(...coverageIgnoresIn(file, text, changed?.get(file)));
  }
  for (const file of testFiles.slice(0, MAX_FILES)) {
    const lines = changed?.get(file);
    if (PY.test(file) && !lines?.size) continue;
    const text = await readHead(join(workspace, file), MAX_BYTES);
    if (text === null) continue;
    focused.push(...markersIn(file, text, "focus"));
    if (lines?.size) skipsAdded.push(...markersIn(file, text, "skip", lines));
  }
  const inTracked = new Set(tracked);
  const tests = scope.tests ?? [];
  const inComponent = (file) => [...sources, ...tests].some((d) => d === "." || file === d || file.startsWith(`${d}/`));
  for (const [file, lines] of changed ?? []) {
    if (!lines.size || !inTracked.has(file) || otherSkip(file) === void 0 || !inComponent(file)) continue;
    const text = await readHead(join(workspace, file), MAX_BYTES);
    if (text !== null) skipsAdded.push(...markersIn(file, text, "skip", lines));
  }
  const hooksChanged = [];
  for (const file of changed?.keys() ?? []) {
    if (!PY.test(file) || !inTracked.has(file)) continue;
    const text = await readHead(join(workspace, file), MAX_BYTES);
    if (text !== null) hooksChanged.push(...pytestHooksIn(file, text));
  }
  return { focused, ...changed ? { skipsAdded, hooksChanged } : {}, coverageIgnored };
}
var listed = (found) => found.slice(0, 10).map((m) => `${m.file}:${m.line} ${m.text}`).join("; ") + (found.length > 10 ? `; and ${found.length - 10} more` : "");
function testMarkerNotes(found) {
  const passRate = { warnings: [], details: {} };
  const coverage = { warnings: [], details: {} };
  if (found.focused.length > 0) {
    passRate.details.focused_tests = found.focused.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`);
    passRate.details.focused_tests_count = found.focused.length;
    passRate.warnings.push(
      `${found.focused.length} focused test(s) (.only, fit, fdescribe) in the component's test files: jest and vitest run only the focused tests of that file (the others reported as skipped), mocha only those of the whole run (the others left out of its report, measured with mocha 11), node --test so with --test-only, so the other tests are not checked and the pass rate is not the whole suite's \u2014 remove the focus: ${listed(found.focused)}`
    );
  }
  if (found.skipsAdded && found.skipsAdded.length > 0) {
    passRate.details.skips_added = found.skipsAdded.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`);
    passRate.details.skips_added_count = found.skipsAdded.length;
    passRate.warnings.push(
      `this change marks ${found.skipsAdded.length} test(s) not to run or not to count${found.base ? ` (against ${found.base.slice(0, 12)})` : ""} \u2014 skipped, todo, xfail or expected to fail, which the report counts as skipped or passed, never as failed, so what they test is not checked: ${listed(found.skipsAdded)}`
    );
  }
  if (found.hooksChanged && found.hooksChanged.length > 0) {
    passRate.details.pytest_hooks_changed = found.hooksChanged.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`);
    passRate.details.pytest_hooks_changed_count = found.hooksChanged.length;
    passRate.warnings.push(
      `this change modifies Python files that implement pytest hooks${found.base ? ` (against ${found.base.slice(0, 12)})` : ""}, which can deselect tests or rewrite their outcomes before the report is written, so what the report says is not checked against what ran: ${listed(found.hooksChanged)}`
    );
  }
  const ignored = found.coverageIgnored ?? [];
  if (ignored.length > 0) {
    coverage.details.coverage_ignored = ignored.slice(0, MAX_NAMED).map((m) => `${m.file}:${m.line} ${m.text}`);
    coverage.details.coverage_ignored_count = ignored.length;
    const whose = found.base !== void 0 ? `added by this change (against ${found.base.slice(0, 12)}) or reaching the end of their file` : "reaching the end of their file";
    coverage.warnings.push(
      `${ignored.length} coverage ignore comment(s) in the component's sources, ${whose}: the lines they cover are left out of the figure or counted as covered, so they are not measured: ${listed(ignored)}`
    );
  }
  return { passRate, coverage };
}

export {
  JS,
  JS_NAMED,
  PY_NAMED,
  coverageIgnoresIn,
  pytestHooksIn,
  markersIn,
  componentTestFiles,
  findTestMarkers,
  testMarkerNotes
};
