import {
  blobsAt
} from "./chunk-OFVU2N4T.js";
import {
  JS,
  JS_NAMED,
  PY_NAMED
} from "./chunk-A5IT62VB.js";
import {
  MAX_NAMED
} from "./chunk-TDJYSOY6.js";
import {
  fnmatchPattern
} from "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/engine/stages/tests-removed.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var CONFIG = ["-c", "core.quotePath=false", "-c", "diff.renames=true"];
var MAX_FILES = 2e3;
var MAX_BYTES = 2 * 1024 * 1024;
var PYTEST_NORECURSE = /^(?:.*\.egg|\..*|_darcs|build|CVS|dist|node_modules|venv|\{arch\})$/;
var DECLARATIONS = [
  // pytest's default python_functions (`test*`), methods of test classes included.
  [/\.py$/, /^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\(/g, /^[ \t]*#/],
  // it(, test(, specify(, with their modifiers (it.each(…)(, test.concurrent(, it.skip(), and jasmine's xit(/fit(.
  [JS, /(?<![\w$.])(?:[xf]?it|test|specify)(?:\.(?:only|skip|todo|failing|fixme|concurrent|each|skipIf|runIf))*[ \t]*[(`]/g, /^[ \t]*(?:\/\/|\/\*|\*)/],
  [/_test\.go$/, /^func[ \t]+Test\w*[ \t]*\(/g, /^[ \t]*\/\//],
  [/\.(?:java|kt|groovy|scala)$/, /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/g, /^[ \t]*(?:\/\/|\/\*|\*)/],
  [/\.rs$/, /#\[[ \t]*(?:\w+::)*test\b/g, /^[ \t]*\/\//],
  [/\.cs$/, /\[[ \t]*(?:Fact|Theory|Test|TestCase|TestMethod|DataTestMethod)\b/g, /^[ \t]*\/\//]
];
function countTests(file, text) {
  const found = DECLARATIONS.find(([name]) => name.test(file));
  if (!found) return 0;
  const [, declaration, comment] = found;
  let count = 0;
  for (const line of text.split(/\r\n?|\n/)) {
    if (comment.test(line)) continue;
    count += line.match(declaration)?.length ?? 0;
  }
  return count;
}
function noRecursePattern(globs) {
  return fnmatchPattern(globs) ?? PYTEST_NORECURSE;
}
function isComponentTestFile(file, scope, noRecurse = PYTEST_NORECURSE) {
  const under = (dirs2) => dirs2.some((d) => d === "." || file === d || file.startsWith(`${d}/`));
  const tests = (scope.tests ?? []).filter((t) => t !== ".");
  const sources = scope.sources ?? ["."];
  const dirs = file.split("/").slice(0, -1);
  if (/\.py$/.test(file)) return PY_NAMED.test(file) && !dirs.some((d) => noRecurse.test(d)) && (under(tests) || under(sources));
  if (JS.test(file)) return !dirs.some((d) => d.startsWith(".") || d === "node_modules") && (under(tests) || JS_NAMED.test(file) && under(sources));
  if (/\.go$/.test(file)) return /_test\.go$/.test(file) && (under(tests) || under(sources));
  if (DECLARATIONS.some(([name]) => name.test(file))) return under(tests) || under(sources);
  return false;
}
async function testsRemovedSince(workspace, base, scope, noRecurse) {
  const isTest = (file) => isComponentTestFile(file, scope, noRecurse);
  if (base === "" || base.startsWith("-") || /[\0\n]/.test(base)) return null;
  const git = async (args) => (await run("git", [...CONFIG, ...args], { cwd: workspace, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
  let from;
  let listing;
  try {
    from = (await git(["merge-base", base, "HEAD"]).catch(() => base)).trim() || base;
    listing = await git(["diff", "--name-status", "-z", "-M", "--no-ext-diff", "--relative", from, "HEAD"]);
  } catch {
    return null;
  }
  const fields = listing.split("\0");
  const pairs = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i];
    if (status.startsWith("R")) {
      pairs.push({ old: fields[i + 1], now: fields[i + 2] });
      i += 3;
    } else if (status.startsWith("C")) {
      pairs.push({ old: "", now: fields[i + 2] });
      i += 3;
    } else {
      const path = fields[i + 1];
      pairs.push(status === "D" ? { old: path, now: null } : status === "A" ? { old: "", now: path } : { old: path, now: path });
      i += 2;
    }
  }
  const relevant = pairs.filter((p) => p.old !== "" && isTest(p.old) || p.now !== null && isTest(p.now));
  const read = relevant.slice(0, MAX_FILES);
  const wanted = read.flatMap(({ old, now }) => [...old !== "" && isTest(old) ? [`${from}:./${old}`] : [], ...now !== null ? [`HEAD:./${now}`] : []]);
  const texts = await blobsAt(workspace, wanted, MAX_BYTES);
  const show = (rev, file) => texts.get(`${rev}:./${file}`) ?? "";
  let before = 0;
  let after = 0;
  const files = [];
  for (const { old, now } of read) {
    const was = old !== "" && isTest(old) ? countTests(old, show(from, old)) : 0;
    const dropsName = old !== "" && now !== null && old !== now && JS_NAMED.test(old) && !JS_NAMED.test(now);
    const is = now !== null && !dropsName && isTest(now) ? countTests(now, show("HEAD", now)) : 0;
    before += was;
    after += is;
    if (old !== "" && is < was) files.push({ file: old, before: was, after: is, ...now !== old ? { now } : {} });
  }
  files.sort((a, b) => b.before - b.after - (a.before - a.after));
  return { before, after, files, unread: relevant.length - read.length };
}
function describeTaken(taken) {
  const to = taken.now === null ? "deleted" : taken.now !== void 0 ? `${taken.after} (renamed to ${taken.now})` : `${taken.after}`;
  return `${taken.file} ${taken.before} \u2192 ${to}`;
}
function testsRemovedNote(found, base) {
  if (found.after >= found.before || found.files.length === 0) return null;
  const fewer = found.before - found.after;
  const shown = found.files.slice(0, 10).map(describeTaken).join("; ") + (found.files.length > 10 ? `; and ${found.files.length - 10} more` : "");
  const unread = found.unread > 0 ? ` (${found.unread} more test file(s) of the change not counted)` : "";
  return {
    warning: `this change leaves ${fewer} fewer test(s) in the component's test files than its base (against ${base.slice(0, 12)}: ${found.before} declared in the files it touches, ${found.after} now) \u2014 the report holds only the tests that ran, so what the removed tests checked is not checked, and the pass rate cannot show it: ${shown}${unread}`,
    details: { tests_removed: found.files.slice(0, MAX_NAMED).map(describeTaken), tests_removed_count: fewer }
  };
}
export {
  countTests,
  describeTaken,
  isComponentTestFile,
  noRecursePattern,
  testsRemovedNote,
  testsRemovedSince
};
