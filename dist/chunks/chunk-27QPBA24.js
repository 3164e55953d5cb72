import {
  LineSet,
  istanbulPercent,
  percentOf,
  reportFromFiles,
  streamXml,
  toWorkspacePath
} from "./chunk-LVE5LOEJ.js";
import {
  openRegularFile,
  reportText
} from "./chunk-HYULKLIY.js";
import {
  reconcileLines
} from "./chunk-S5VWDAK6.js";
import {
  parseJsonText
} from "./chunk-ETVTLQDI.js";
import {
  ReportError
} from "./chunk-6G4JLRTB.js";

// src/reports/detect.ts
var DETECT_BYTES = 64 * 1024;
var CLOVER = "Clover XML (PHPUnit's --coverage-clover, Istanbul's clover reporter), not Cobertura: write Cobertura instead (PHPUnit --coverage-cobertura, the cobertura reporter of Istanbul, jest or vitest)";
var OTHER_TEST_FORMATS = {
  "test-run": "an NUnit 3 report",
  "test-results": "an NUnit 2 report",
  "test-suite": "an NUnit report",
  assemblies: "an xUnit.net report",
  assembly: "an xUnit.net report",
  TestRun: "a Visual Studio TRX report",
  "testng-results": "a TestNG report"
};
var DOTNET_JUNIT = "with dotnet test, add the JunitXml.TestLogger package and pass --logger junit";
var OTHER_COVERAGE_FORMATS = [
  {
    test: (start) => /^mode: (set|count|atomic)\r?\n/.test(start),
    what: "a Go coverage profile (go test -coverprofile), which counts statements, not lines: convert it to Cobertura (gocover-cobertura < cover.out > coverage.xml) or lcov (gcov2lcov -infile cover.out -outfile coverage.lcov)"
  },
  {
    test: (start) => /^\s*-:\s+0:Source:/.test(start),
    what: "gcov's text output (.gcov): write lcov (lcov --capture, gcovr --lcov) or Cobertura (gcovr --cobertura) instead"
  },
  {
    test: (start) => /^\{\s*"[^"]*"\s*:\s*\{\s*"coverage"\s*:\s*\{/.test(start),
    what: "SimpleCov's .resultset.json: write lcov (the simplecov-lcov formatter) or Cobertura (simplecov-cobertura) instead"
  },
  {
    test: (start) => /^\{\s*"[^"]*\.(dll|exe)"\s*:\s*\{/i.test(start),
    what: "coverlet's own JSON (its default coverage.json): write Cobertura (--format cobertura, /p:CoverletOutputFormat=cobertura) or lcov instead"
  },
  {
    // llvm-cov export's JSON (`"type": "llvm.coverage.json.export"` comes last): `{"data":[{"files":[…` or, with
    // -skip-functions/-summary-only variations, `"functions"`/`"totals"` first.
    test: (start) => /^\{\s*"data"\s*:\s*\[\s*\{\s*"(files|functions|totals)"\s*:/.test(start) || /"type"\s*:\s*"llvm\.coverage\.json\.export"/.test(start),
    what: "llvm-cov's JSON export (llvm-cov export, cargo llvm-cov --json): write lcov instead (llvm-cov export -format=lcov, cargo llvm-cov --lcov)"
  },
  {
    test: (start) => /^\{[\s\S]*"source_files"\s*:\s*\[/.test(start.slice(0, 4096)) && /"(repo_token|service_name|git)"\s*:/.test(start),
    what: "a Coveralls API payload (source_files): give the report the tool wrote before it was converted (lcov, Cobertura, \u2026)"
  }
];
var OTHER_COVERAGE_ROOTS = {
  CoverageSession: "an OpenCover report (coverlet --format opencover, OpenCover, AltCover), not read here: write Cobertura instead (coverlet --format cobertura or /p:CoverletOutputFormat=cobertura, dotnet-coverage --output-format cobertura)"
};
function otherCoverageFormat(start, root) {
  if (root !== void 0) return Object.hasOwn(OTHER_COVERAGE_ROOTS, root) ? OTHER_COVERAGE_ROOTS[root] : void 0;
  return OTHER_COVERAGE_FORMATS.find((f) => f.test(start))?.what;
}
function otherTestFormat(root, xmlns) {
  if (root === "TestRun" && !xmlns?.startsWith("http://microsoft.com/schemas/VisualStudio/TeamTest/")) {
    return `this looks like a CppUnit XmlOutputter report; only JUnit XML is read (${NO_JUNIT})`;
  }
  if (!Object.hasOwn(OTHER_TEST_FORMATS, root)) return void 0;
  const advice = root === "testng-results" ? "TestNG also writes JUnit XML (test-output/junitreports/*.xml): give that" : DOTNET_JUNIT;
  return `this looks like ${OTHER_TEST_FORMATS[root]}; only JUnit XML is read (${advice})`;
}
var OTHER_TEST_OUTPUTS = [
  {
    test: (start) => /^\{"(Time|Action|ImportPath)"\s*:/.test(start) && /"Action"\s*:\s*"/.test(start.slice(0, 1024)),
    what: "go test -json output: write JUnit with gotestsum --junitfile or go-junit-report -parser gojson"
  },
  {
    test: (start) => /^\{\s*"stats"\s*:\s*\{\s*"suites"\s*:/.test(start),
    what: "mocha's JSON reporter: write JUnit with mocha-junit-reporter or --reporter xunit"
  },
  {
    test: (start) => /^\{\s*"protocolVersion"\s*:\s*"[^"]*"\s*,\s*"runnerVersion"/.test(start),
    what: "dart test's JSON reporter: write JUnit with junitreport's tojunit"
  },
  {
    test: (start) => /^\{\s*"version"\s*:\s*"\d[^"]*"\s*,\s*"(examples|messages|seed)"\s*:/.test(start),
    what: "RSpec's JSON formatter: write JUnit with rspec_junit_formatter (--format RspecJunitFormatter)"
  },
  {
    test: (start) => /^\{\s*"num(FailedTestSuites|FailedTests|PassedTests|TotalTests)"\s*:/.test(start),
    what: "jest's or vitest's --json output: write JUnit with jest-junit, or vitest's junit reporter"
  }
];
function otherTestOutput(start) {
  const what = OTHER_TEST_OUTPUTS.find((f) => f.test(start.trimStart()))?.what;
  return what === void 0 ? void 0 : `this looks like ${what}`;
}
var CHECK_XMLNS = "http://check.sourceforge.net/ns";
var CHECK_XML = "this looks like a Check (libcheck) XML report; only JUnit XML is read (Check writes none: run the test program under ctest and pass --output-junit)";
var NO_JUNIT = "CppUnit writes none: run the test program under ctest and pass --output-junit";
async function detectFormat(path) {
  const handle = await openRegularFile(path);
  try {
    const buffer = Buffer.alloc(DETECT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
    return detectFormatFromHead(buffer.subarray(0, bytesRead), path);
  } finally {
    await handle.close();
  }
}
function detectFormatFromHead(head, file) {
  const unknown = (seen) => {
    throw new ReportError(
      file,
      "auto-detect",
      `first ${head.length < DETECT_BYTES ? head.length : DETECT_BYTES} bytes`,
      `not a JUnit, Cobertura, JaCoCo, lcov, coverage.py JSON or Istanbul report: ${seen}`
    );
  };
  if (head.length === 0) unknown("the file is empty");
  if (head[0] === 31 && head[1] === 139) unknown("gzip-compressed data (decompress it first)");
  if (head[0] === 255 && head[1] === 254 && head[2] === 0 && head[3] === 0 || head[0] === 0 && head[1] === 0 && head[2] === 254 && head[3] === 255) {
    unknown("UTF-32 text, which no report reader here reads: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)");
  }
  const text = decodeHead(head).replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (!start.startsWith("<") && text.includes("\0")) unknown("binary data (NUL bytes)");
  if (start === "") unknown("only white space");
  if (start.startsWith("<")) {
    const root = xmlRoot(start);
    if (root === void 0) unknown(`XML without a root element in the first 64 KiB (starts ${snippet(start)})`);
    if (root.name === "testsuites" && /\sxmlns\s*=\s*["']http:\/\/check\.sourceforge\.net\/ns["']/.test(root.tag)) unknown(`XML whose root element is <testsuites> in Check's namespace: ${CHECK_XML}`);
    if (root.name === "testsuites" || root.name === "testsuite") return "junit";
    if (root.name === "coverage") {
      if (/\s(clover|generated)\s*=/.test(root.tag) || /^\s*(<!--[\s\S]*?-->\s*)*<project[\s/>]/.test(root.after)) unknown(CLOVER);
      return "cobertura";
    }
    if (root.name === "report" && (/<!DOCTYPE\s+report\s+PUBLIC\s+["']-\/\/JACOCO\/\/DTD Report/.test(root.before) || /^\s*(<!--[\s\S]*?-->\s*)*<(sessioninfo|package|group|counter)[\s/>]/.test(root.after))) {
      return "jacoco";
    }
    const other2 = otherTestFormat(root.name, /\sxmlns\s*=\s*["']([^"']*)["']/.exec(root.tag)?.[1]) ?? otherCoverageFormat(start, root.name);
    return unknown(`XML whose root element is <${root.name}>${other2 ? `: ${other2}` : ""}`);
  }
  const other = otherCoverageFormat(start);
  if (other !== void 0) unknown(other);
  if (start.startsWith("{")) {
    const output = otherTestOutput(start);
    if (output !== void 0) unknown(`JSON that starts ${snippet(start)}: ${output}`);
    if (/^\{\s*"meta"\s*:\s*\{/.test(start) && /"(branch_coverage|show_contexts)"\s*:/.test(start)) return "coverage.py-json";
    if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(start)) return "istanbul-summary";
    if (/"statementMap"\s*:\s*\{/.test(start) && /^\{\s*"[^"]*"\s*:\s*\{/.test(start)) return "istanbul-final";
    if (/^\{\s*\}\s*$/.test(start)) unknown("an empty JSON object (Istanbul writes {} when no file was instrumented)");
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(start)) unknown("a SARIF report");
    return unknown(`JSON that starts ${snippet(start)}`);
  }
  if (start.startsWith("[")) unknown(`a JSON array (starts ${snippet(start)})`);
  const body = start.replace(/^(#[^\n]*(\n|$))+/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  if (/^(TN|SF|VER):/.test(firstLine)) return "lcov";
  return unknown(`text that starts ${snippet(start)}`);
}
function decodeHead(head) {
  const bigEndian = head[0] === 254 && head[1] === 255 || head[0] === 0 && head[1] === 60 && head[2] === 0 && head[3] === 63;
  const littleEndian = head[0] === 255 && head[1] === 254 || head[0] === 60 && head[1] === 0 && head[2] === 63 && head[3] === 0;
  if (bigEndian) return Buffer.from(head.subarray(0, head.length - head.length % 2)).swap16().toString("utf16le");
  return littleEndian ? head.toString("utf16le") : head.toString("utf8");
}
function xmlRoot(text) {
  let i = 0;
  const after = (marker, from) => {
    const at = text.indexOf(marker, from);
    return at === -1 ? -1 : at + marker.length;
  };
  for (; ; ) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith("<?", i)) i = after("?>", i);
    else if (text.startsWith("<!--", i)) i = after("-->", i);
    else if (text.startsWith("<!", i)) {
      const bracket = text.indexOf("[", i);
      const close = text.indexOf(">", i);
      i = bracket !== -1 && (close === -1 || bracket < close) ? after(">", after("]", bracket)) : after(">", i);
    } else break;
    if (i === -1) return void 0;
  }
  const match = /^<([A-Za-z_][\w.:-]*)([^>]*)>?/.exec(text.slice(i, i + 4096));
  return match ? { name: match[1].replace(/^.*:/, ""), tag: match[2], after: text.slice(i + match[0].length, i + match[0].length + 1024), before: text.slice(0, i) } : void 0;
}
function snippet(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
}

// src/reports/coverage-cobertura.ts
import { open, stat } from "node:fs/promises";
async function walkCobertura(input, file, visitor) {
  const sources = [];
  await streamXml(input, file, "cobertura", (xml) => {
    let classDepth = 0;
    let current;
    let inClassLines = false;
    let classHasLines = false;
    let methodLines = [];
    let istanbulMethod = false;
    const lineOf = (tag) => {
      const number = tag.attr("number") ?? "";
      const hits = tag.attr("hits") ?? "";
      if (!/^\d+$/.test(number)) throw xml.error(`a <line> with number="${number.slice(0, 40)}"`);
      const count = Number(hits);
      if (hits === "" || !Number.isFinite(count)) throw xml.error(`a <line> with hits="${hits.slice(0, 40)}"`);
      return [Number(number), count];
    };
    let sourceDepth = 0;
    let sourceText = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1) {
          if (name !== "coverage") {
            const other = otherCoverageFormat("", name);
            throw xml.error(`the root element is <${name}>, expected <coverage>${other ? `: this is ${other}` : ""}`);
          }
          if (tag.attr("clover") !== void 0 || tag.attr("generated") !== void 0) throw xml.error(`this is ${CLOVER}`);
          visitor.root?.(tag);
          return;
        }
        if (depth === 2 && name === "project") throw xml.error(`a <project> element under <coverage>: this is ${CLOVER}`);
        if (name === "source" && depth === 3) {
          sourceDepth = depth;
          sourceText = "";
          xml.captureText(true);
        } else if (name === "class" && classDepth === 0) {
          const filename = tag.attr("filename");
          if (filename === void 0 || filename === "") throw xml.error("a <class> without a filename attribute");
          classDepth = depth;
          current = visitor.klass(filename, sources);
          classHasLines = false;
          methodLines = [];
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = true;
        } else if (inClassLines && depth === classDepth + 2 && name === "line") {
          const [number, hits] = lineOf(tag);
          classHasLines = true;
          if (current !== void 0) visitor.line(current, number, hits, tag.attr("condition-coverage"));
        } else if (classDepth !== 0 && depth === classDepth + 2 && name === "method") {
          istanbulMethod = tag.attr("hits") !== void 0;
        } else if (classDepth !== 0 && !classHasLines && !istanbulMethod && depth === classDepth + 4 && name === "line" && current !== void 0) {
          const [number, hits] = lineOf(tag);
          methodLines.push(number, hits, tag.attr("condition-coverage"));
        }
      },
      text(chunk) {
        if (sourceText.length < 64 * 1024) sourceText += chunk;
      },
      close(name, depth) {
        if (depth === sourceDepth) {
          sourceDepth = 0;
          xml.captureText(false);
          sources.push(sourceText.trim());
        } else if (depth === classDepth) {
          if (!classHasLines && current !== void 0) {
            for (let i = 0; i < methodLines.length; i += 3) visitor.line(current, methodLines[i], methodLines[i + 1], methodLines[i + 2]);
          }
          methodLines = [];
          classDepth = 0;
          current = void 0;
          inClassLines = false;
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === "lines") {
          inClassLines = false;
        }
      }
    };
  });
  return sources;
}
async function parseCobertura(input, opts) {
  const byFile = /* @__PURE__ */ new Map();
  const stated = {};
  let gcovr = false;
  let zeroLines = 0;
  let zeroFile;
  const head = await headOf(input);
  await walkCobertura(input, opts.file, {
    root(tag) {
      gcovr = /^gcovr\b/.test(tag.attr("version") ?? "");
      for (const name of ["lines-valid", "lines-covered", "branches-valid", "branches-covered"]) {
        const value = tag.attr(name);
        if (value !== void 0 && /^\d+$/.test(value)) stated[name] = Number(value);
      }
    },
    klass(filename, known) {
      const path = toWorkspacePath(filename, opts.workspace, known[0]);
      let lines = byFile.get(path);
      if (!lines) {
        lines = { lines: new LineSet(), path };
        byFile.set(path, lines);
      }
      return lines;
    },
    line(current, line, hits, conditionCoverage) {
      if (line === 0) {
        zeroLines++;
        zeroFile ??= current.path;
        return;
      }
      current.lines.add(line, hits > 0);
      const condition = /\((\d+)\/(\d+)\)/.exec(conditionCoverage ?? "");
      if (gcovr) {
        const counts = current.perFunction ??= { total: 0, covered: 0, branchesCovered: 0, branchesTotal: 0, branches: false };
        counts.total++;
        if (hits > 0) counts.covered++;
        if (condition) {
          counts.branches = true;
          counts.branchesCovered += Number(condition[1]);
          counts.branchesTotal += Number(condition[2]);
        }
      }
      if (condition) {
        const branches = current.branches ??= /* @__PURE__ */ new Map();
        const seen = branches.get(line);
        const next = [Number(condition[1]), Number(condition[2])];
        if (!seen || next[1] > seen[1] || next[1] === seen[1] && next[0] > seen[0]) branches.set(line, next);
      }
    }
  });
  const files = [];
  for (const [path, { lines, branches, perFunction }] of byFile) {
    const { total, covered } = perFunction ?? lines.counts();
    const file = {
      file: path,
      lines_covered: covered,
      lines_total: total
    };
    if (perFunction) {
      if (perFunction.branches) {
        file.branches_covered = perFunction.branchesCovered;
        file.branches_total = perFunction.branchesTotal;
      }
    } else if (branches) {
      let branchesCovered2 = 0;
      let branchesTotal = 0;
      for (const [c, t] of branches.values()) {
        branchesCovered2 += c;
        branchesTotal += t;
      }
      file.branches_covered = branchesCovered2;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("cobertura", files);
  if (head !== void 0 && /<!--\s*Generated by coverage\.py\b/.test(head)) report.producer = "coverage.py";
  const warnings = [];
  if (zeroLines > 0) {
    warnings.push(`${opts.file}: ${zeroLines} <line> element(s) numbered 0, first in ${zeroFile}: left out, as no source line has that number`);
  }
  const linesValid = stated["lines-valid"];
  const linesCovered = stated["lines-covered"];
  if (linesValid !== void 0 && linesValid !== report.lines_total || linesCovered !== void 0 && linesCovered !== report.lines_covered) {
    warnings.push(
      `${opts.file} <coverage>: says lines-covered="${linesCovered ?? ""}" lines-valid="${linesValid ?? ""}" but its <line> elements give ${report.lines_covered} of ${report.lines_total}; counted from the <line> elements`
    );
  }
  const branchesValid = stated["branches-valid"];
  const branchesCovered = stated["branches-covered"];
  const branchTotal = report.branches_total ?? 0;
  const branchCovered = report.branches_covered ?? 0;
  if (branchesValid !== void 0 && branchesValid !== branchTotal || branchesCovered !== void 0 && branchesCovered !== branchCovered) {
    warnings.push(
      `${opts.file} <coverage>: says branches-covered="${branchesCovered ?? ""}" branches-valid="${branchesValid ?? ""}" but its <line> elements give ${branchCovered} of ${branchTotal}; counted from the <line> elements`
    );
  }
  if (warnings.length > 0) report.warnings = warnings;
  if (report.branches_total !== void 0) {
    for (const f of files) {
      f.branches_covered ??= 0;
      f.branches_total ??= 0;
    }
  }
  return report;
}
async function headOf(input) {
  if (typeof input === "string") return input.slice(0, 2048);
  if (Buffer.isBuffer(input)) return input.subarray(0, 2048).toString("latin1");
  if (typeof input === "object" && input !== null && "path" in input) {
    const info = await stat(input.path).catch(() => void 0);
    if (!info?.isFile()) return void 0;
    const handle = await open(input.path, "r");
    try {
      const buffer = Buffer.alloc(2048);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString("latin1");
    } finally {
      await handle.close();
    }
  }
  return void 0;
}

// src/reports/coverage-json.ts
var MAX_JSON_BYTES = 500 * 1024 * 1024;
var JsonCheck = class {
  constructor(file, format) {
    this.file = file;
    this.format = format;
  }
  file;
  format;
  fail(path, detail) {
    throw new ReportError(this.file, this.format, path, detail);
  }
  object(value, path) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(path, `expected an object, found ${kind(value)}`);
    return value;
  }
  count(value, path) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      this.fail(path, `expected a whole number, found ${kind(value)}`);
    }
    return value;
  }
};
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "object" ? "an object" : typeof value;
}
function member(path, key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
async function readJson(path, file, format) {
  const handle = await openRegularFile(path);
  let text;
  try {
    const { size } = await handle.stat();
    if (size > MAX_JSON_BYTES) throw new ReportError(file, format, "file size", `${size} bytes is more than a JSON report may have`);
    text = reportText(await handle.readFile());
  } finally {
    await handle.close();
  }
  return parseJson(text, file, format);
}
function parseJson(text, file, format) {
  return parseJsonText(text, file, format);
}
function coveragePyReport(data, opts) {
  const check = new JsonCheck(opts.file, "coverage.py-json");
  const root = check.object(data, "$");
  const totals = check.object(root.totals, "$.totals");
  const filesObject = check.object(root.files, "$.files");
  const statedCovered = check.count(totals.covered_lines, "$.totals.covered_lines");
  const statedTotal = check.count(totals.num_statements, "$.totals.num_statements");
  const warnings = [];
  const contradiction = (path, detail) => {
    if (warnings.length < 20) warnings.push(`${opts.file} ${path}: ${detail}; counted from the line lists`);
  };
  const files = [];
  for (const [name, entry] of Object.entries(filesObject)) {
    const path = member("$.files", name);
    const object = check.object(entry, path);
    const summary = check.object(object.summary, `${path}.summary`);
    const statements = check.count(summary.num_statements, `${path}.summary.num_statements`);
    const stated = check.count(summary.covered_lines, `${path}.summary.covered_lines`);
    const lines = fromLists(check, object, path, ["executed_lines", "missing_lines"], statements, "num_statements", stated, "covered_lines", contradiction);
    const file = { file: toWorkspacePath(name, opts.workspace), lines_covered: lines.covered, lines_total: lines.total };
    if (summary.num_branches !== void 0) {
      const branchTotal = check.count(summary.num_branches, `${path}.summary.num_branches`);
      const branchCovered = check.count(summary.covered_branches, `${path}.summary.covered_branches`);
      const branches = fromLists(check, object, path, ["executed_branches", "missing_branches"], branchTotal, "num_branches", branchCovered, "covered_branches", contradiction);
      file.branches_total = branches.total;
      file.branches_covered = branches.covered;
    }
    files.push(file);
  }
  const report = reportFromFiles("coverage.py-json", files);
  report.producer = "coverage.py";
  if (report.lines_covered !== statedCovered || report.lines_total !== statedTotal) {
    contradiction("$.totals", `says ${statedCovered} of ${statedTotal} statements covered, its files ${report.lines_covered} of ${report.lines_total}`);
  }
  if (typeof totals.percent_covered_display === "string") {
    report.display_percent = totals.percent_covered_display;
    report.precision = /\.(\d+)$/.exec(totals.percent_covered_display)?.[1].length ?? 0;
  }
  if (totals.num_branches !== void 0) {
    const total = check.count(totals.num_branches, "$.totals.num_branches");
    const covered = check.count(totals.covered_branches, "$.totals.covered_branches");
    if (report.branches_total === void 0) {
      report.branches_total = 0;
      report.branches_covered = 0;
    }
    if (covered !== report.branches_covered || total !== report.branches_total) {
      contradiction("$.totals", `says ${covered} of ${total} branches covered, its files ${report.branches_covered} of ${report.branches_total}`);
    }
  }
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
function fromLists(check, entry, path, [executedKey, missingKey], statedTotal, totalKey, statedCovered, coveredKey, contradiction) {
  if (entry[executedKey] === void 0 && entry[missingKey] === void 0) {
    if (statedCovered > statedTotal) {
      check.fail(`${path}.summary`, `says ${coveredKey} ${statedCovered} of ${totalKey} ${statedTotal}, and the file has no ${executedKey}/${missingKey} lists to count from`);
    }
    return { covered: statedCovered, total: statedTotal };
  }
  const executed = distinct(check, entry[executedKey], `${path}.${executedKey}`);
  const missing = distinct(check, entry[missingKey], `${path}.${missingKey}`);
  for (const key of missing) executed.delete(key);
  const listed = executed.size + missing.size;
  const counted = reconcileLines(listed, executed.size, statedTotal);
  if (statedTotal > listed || statedCovered !== counted.covered) {
    contradiction(
      `${path}.summary`,
      `says ${statedCovered} of ${statedTotal} (${coveredKey} of ${totalKey}) but ${path}.${missingKey} lists ${missing.size} and ${executedKey} ${executed.size}`
    );
  }
  return counted;
}
function distinct(check, value, path) {
  const keys = /* @__PURE__ */ new Set();
  if (value === void 0) return keys;
  if (!Array.isArray(value)) check.fail(path, `expected an array, found ${kind(value)}`);
  value.forEach((item, i) => {
    if (typeof item === "number" && Number.isInteger(item)) keys.add(item);
    else if (Array.isArray(item) && item.length === 2 && item.every((n) => typeof n === "number" && Number.isInteger(n))) keys.add(`${item[0]},${item[1]}`);
    else check.fail(`${path}[${i}]`, `expected a line number or a [from, to] pair, found ${kind(item)}`);
  });
  return keys;
}
function istanbulSummaryReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-summary");
  const root = check.object(data, "$");
  const totalEntry = check.object(root.total, "$.total");
  const totalLines = check.object(totalEntry.lines, "$.total.lines");
  const covered = check.count(totalLines.covered, "$.total.lines.covered");
  const total = check.count(totalLines.total, "$.total.lines.total");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    if (name === "total") continue;
    const path = member("$", name);
    const metrics = check.object(entry, path);
    const lines = check.object(metrics.lines, `${path}.lines`);
    const fileTotal = check.count(lines.total, `${path}.lines.total`);
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(check.count(lines.covered, `${path}.lines.covered`), fileTotal),
      lines_total: fileTotal
    };
    if (metrics.branches !== void 0) {
      const branches = check.object(metrics.branches, `${path}.branches`);
      const branchTotal = check.count(branches.total, `${path}.branches.total`);
      file.branches_covered = Math.min(check.count(branches.covered, `${path}.branches.covered`), branchTotal);
      file.branches_total = branchTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("istanbul-summary", files);
  report.producer = "istanbul";
  report.display_percent = String(typeof totalLines.pct === "number" ? totalLines.pct : istanbulPercent(covered, total));
  const warnings = [];
  if (covered !== report.lines_covered || total !== report.lines_total) {
    warnings.push(`${opts.file} $.total.lines: says ${covered} of ${total} lines covered, its files ${report.lines_covered} of ${report.lines_total}; counted from the files`);
  }
  if (totalEntry.branches !== void 0) {
    const branches = check.object(totalEntry.branches, "$.total.branches");
    const bCovered = check.count(branches.covered, "$.total.branches.covered");
    const bTotal = check.count(branches.total, "$.total.branches.total");
    if (report.branches_total === void 0) {
      report.branches_total = 0;
      report.branches_covered = 0;
    }
    if (bCovered !== report.branches_covered || bTotal !== report.branches_total) {
      warnings.push(`${opts.file} $.total.branches: says ${bCovered} of ${bTotal} branches covered, its files ${report.branches_covered} of ${report.branches_total}; counted from the files`);
    }
  }
  if (files.length === 0 && total > 0) {
    report.lines_covered = Math.min(covered, total);
    report.lines_total = total;
    report.percent = percentOf(report.lines_covered, total);
    warnings.length = 0;
    warnings.push(`${opts.file}: a json-summary without any file entry; its total is all there is to judge`);
  }
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
function istanbulFinalReport(data, opts) {
  const check = new JsonCheck(opts.file, "istanbul-final");
  const root = check.object(data, "$");
  const files = [];
  for (const [name, entry] of Object.entries(root)) {
    let path = member("$", name);
    let coverage = check.object(entry, path);
    if (coverage.data !== void 0 && coverage.statementMap === void 0) {
      path = `${path}.data`;
      coverage = check.object(coverage.data, path);
    }
    const statementMap = check.object(coverage.statementMap, `${path}.statementMap`);
    const statements = check.object(coverage.s, `${path}.s`);
    const lineHits = /* @__PURE__ */ new Map();
    for (const [id, hits] of Object.entries(statements)) {
      const location = statementMap[id];
      if (location === void 0) continue;
      const statementPath = `${path}.statementMap${JSON.stringify([id])}`;
      const start = check.object(check.object(location, statementPath).start, `${statementPath}.start`);
      const line = check.count(start.line, `${statementPath}.start.line`);
      if (typeof hits !== "number") check.fail(`${path}.s${JSON.stringify([id])}`, `expected a number, found ${kind(hits)}`);
      lineHits.set(line, (lineHits.get(line) ?? false) || hits > 0);
    }
    let covered = 0;
    for (const hit of lineHits.values()) if (hit) covered++;
    const file = {
      file: toWorkspacePath(typeof coverage.path === "string" ? coverage.path : name, opts.workspace),
      lines_covered: covered,
      lines_total: lineHits.size
    };
    if (coverage.b !== void 0) {
      const branchCounts = check.object(coverage.b, `${path}.b`);
      let branchesCovered = 0;
      let branchesTotal = 0;
      for (const [id, counts] of Object.entries(branchCounts)) {
        if (!Array.isArray(counts)) check.fail(`${path}.b${JSON.stringify([id])}`, `expected an array, found ${kind(counts)}`);
        branchesTotal += counts.length;
        for (const hits of counts) if (typeof hits === "number" && hits > 0) branchesCovered++;
      }
      file.branches_covered = branchesCovered;
      file.branches_total = branchesTotal;
    }
    files.push(file);
  }
  const report = reportFromFiles("istanbul-final", files, (c, t) => String(istanbulPercent(c, t)));
  report.producer = "istanbul";
  return report;
}
async function parseJsonCoverageFile(path, format, opts) {
  const file = opts.file ?? path;
  const data = await readJson(path, file, format);
  const options = { file, workspace: opts.workspace };
  if (format === "coverage.py-json") return coveragePyReport(data, options);
  if (format === "istanbul-summary") return istanbulSummaryReport(data, options);
  return istanbulFinalReport(data, options);
}

export {
  DETECT_BYTES,
  otherCoverageFormat,
  otherTestFormat,
  otherTestOutput,
  CHECK_XMLNS,
  CHECK_XML,
  detectFormat,
  walkCobertura,
  parseCobertura,
  readJson,
  parseJsonCoverageFile
};
