import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LineSet,
  ReportError,
  ReportSnapshot,
  classifyCommand,
  commandFor,
  parseCobertura,
  parseJsonCoverageFile,
  patchCoverageOf,
  readFreshReport,
  reportFromFiles,
  reportPathFor,
  reusedChunks,
  runStep,
  streamXml,
  toWorkspacePath
} from "./chunk-WQ2JBAPO.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";

// src/gates/tests.ts
function round2(value) {
  return Math.round(value * 100) / 100;
}
function coverageThreshold(thresholds, target) {
  return { dev: thresholds.dev_threshold, staging: thresholds.staging_threshold, production: thresholds.production_threshold }[target];
}
function judgePassRate(report, required, flaky = []) {
  const { total, passed, failed, errors, skipped } = report.totals;
  const executed = total - skipped;
  const passRate = executed > 0 ? round2(passed / executed * 100) : 0;
  const details = { total, passed, failed, errors, skipped, pass_rate: passRate, required, flaky };
  const findings = report.failures.map((f) => ({
    tool: "tests",
    rule: f.kind,
    severity: "error",
    file: f.file ?? f.classname ?? "",
    ...f.line ? { line: f.line } : {},
    message: `${f.classname ? `${f.classname} \u203A ` : ""}${f.name}: ${f.message}`
  }));
  const warnings = [];
  if (report.failures_truncated) warnings.push(`only the first ${report.failures.length} failing tests are listed`);
  if (flaky.length > 0) warnings.push(`${flaky.length} flaky test(s) failed first and passed on a rerun: ${flaky.slice(0, 10).join(", ")}`);
  if (executed === 0) {
    return { passed: false, details, errors: ["the report has no executed test: nothing was verified"], warnings, findings };
  }
  const ok = passRate >= required;
  const errorsOut = ok ? [] : [`pass rate ${passRate}% is below the required ${required}% (${failed} failed, ${errors} errors of ${executed} executed)`];
  return { passed: ok, details, errors: errorsOut, warnings, findings };
}
function judgeCoverage(report, threshold) {
  const coverage = round2(report.percent);
  const details = {
    coverage,
    threshold,
    lines_covered: report.lines_covered,
    lines_total: report.lines_total,
    format: report.format,
    files: report.files.length
  };
  if (report.display_percent !== void 0) details.tool_reported = report.display_percent;
  if (report.branches_total !== void 0) {
    details.branches_covered = report.branches_covered;
    details.branches_total = report.branches_total;
  }
  if (report.lines_total === 0) {
    return {
      passed: false,
      details,
      errors: ["the coverage report measured no line: nothing was covered"],
      warnings: [],
      findings: []
    };
  }
  const ok = coverage >= threshold;
  return {
    passed: ok,
    details,
    errors: ok ? [] : [`line coverage ${coverage}% is below the threshold ${threshold}%`],
    warnings: [],
    findings: []
  };
}

// src/reports/coverage-lcov.ts
var MAX_LINE = 64 * 1024;
async function parseLcov(input, opts) {
  const files = /* @__PURE__ */ new Map();
  let current;
  let lineNo = 0;
  const fail = (detail) => {
    throw new ReportError(opts.file, "lcov", `line ${lineNo}`, detail);
  };
  const count = (value, what) => {
    if (!/^\d+$/.test(value)) fail(`${what} is "${value.slice(0, 40)}", expected a whole number`);
    return Number(value);
  };
  const fastDa = (buf, start, end) => {
    if (!current || end - start < 6 || buf[start] !== 68 || buf[start + 1] !== 65 || buf[start + 2] !== 58) return false;
    let i = start + 3;
    let line = 0;
    let digits = 0;
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      line = line * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || digits > 9 || buf[i] !== 44 || i >= end) return false;
    i++;
    let hit = false;
    digits = 0;
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      if (c !== 48) hit = true;
      digits++;
    }
    if (digits === 0 || i < end && buf[i] !== 44 && buf[i] !== 13) return false;
    current.lines.add(line, hit);
    return true;
  };
  const skippedLine = (buf, start, end) => {
    if (!current) return false;
    if (buf[start] === 84 && buf[start + 1] === 78 && buf[start + 2] === 58) return true;
    if (buf[start] !== 70 || buf[start + 1] !== 78) return false;
    for (let i = start + 2; i < end; i++) {
      const c = buf[i];
      if (c === 58) return true;
      if ((c < 65 || c > 90) && c !== 95) return false;
    }
    return false;
  };
  const digitsTo = (buf, start, end) => {
    if (end > start && buf[end - 1] === 13) end--;
    if (end === start || end - start > 15) return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c < 48 || c > 57) return -1;
      value = value * 10 + (c - 48);
    }
    return value;
  };
  const fastCount = (buf, start, end) => {
    const record = current;
    if (!record) return false;
    const b0 = buf[start];
    const b1 = buf[start + 1];
    if (b0 === 76 && buf[start + 2] === 58 && (b1 === 70 || b1 === 72)) {
      const value = digitsTo(buf, start + 3, end);
      if (value === -1) return false;
      if (b1 === 70) record.lf = value;
      else record.lh = value;
      return true;
    }
    if (b0 !== 66 || b1 !== 82) return false;
    const b2 = buf[start + 2];
    if ((b2 === 70 || b2 === 72) && buf[start + 3] === 58) {
      const value = digitsTo(buf, start + 4, end);
      if (value === -1) return false;
      if (b2 === 70) record.brf = value;
      else record.brh = value;
      return true;
    }
    if (b2 !== 68 || buf[start + 3] !== 65 || buf[start + 4] !== 58) return false;
    let key = 0;
    let i = start + 5;
    for (let f = 0; f < 3; f++) {
      let value = 0;
      let digits = 0;
      for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
        value = value * 10 + (c - 48);
        digits++;
      }
      if (digits === 0 || buf[i] !== 44 || i >= end || value >= (f === 0 ? 2 ** 24 : 2 ** 14)) return false;
      key = key * 2 ** 14 + value;
      i++;
    }
    let hit;
    if (buf[i] === 45) {
      hit = false;
      i++;
    } else {
      let digits = 0;
      hit = false;
      for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
        if (c !== 48) hit = true;
        digits++;
      }
      if (digits === 0) return false;
    }
    if (i < end && !(i === end - 1 && buf[i] === 13)) return false;
    record.branches.set(key, hit || (record.branches.get(key) ?? false));
    return true;
  };
  const handle = (buf, start, end) => {
    lineNo++;
    if (fastDa(buf, start, end) || skippedLine(buf, start, end) || fastCount(buf, start, end)) return;
    let line = buf.toString("utf8", start, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (lineNo === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
    if (line === "" || line.charCodeAt(0) <= 32 && line.trim() === "") return;
    if (line === "end_of_record") {
      if (!current) fail("end_of_record outside a record");
      current = void 0;
      return;
    }
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon) : "";
    if (!/^[A-Z][A-Z_]*$/.test(key)) fail(`"${line.slice(0, 60)}" is not an lcov record line (KEY:value)`);
    const value = line.slice(colon + 1);
    if (key === "SF") {
      if (value === "") fail("SF: without a file name");
      let file = files.get(value);
      if (!file) {
        file = { records: 0, lines: new LineSet(), branches: /* @__PURE__ */ new Map() };
        files.set(value, file);
      }
      file.records++;
      current = file;
      return;
    }
    if (key === "TN" || key === "VER") return;
    if (!current) fail(`${key}: before any SF: line`);
    const record = current;
    switch (key) {
      case "DA": {
        const [lineField, hitsField] = value.split(",");
        const hits = Number(hitsField);
        if (hitsField === void 0 || hitsField === "" || !Number.isFinite(hits)) fail(`DA:${value.slice(0, 40)} has no hit count`);
        record.lines.add(count(lineField, "the DA line number"), hits > 0);
        return;
      }
      case "BRDA": {
        const parts = value.split(",");
        if (parts.length < 4) fail(`BRDA:${value.slice(0, 40)} needs line,block,branch,taken`);
        const taken = parts[parts.length - 1];
        const key2 = parts.slice(0, -1).join(",");
        const hit = taken !== "-" && Number(taken) > 0;
        record.branches.set(key2, hit || (record.branches.get(key2) ?? false));
        return;
      }
      case "LF":
        record.lf = count(value, "LF");
        return;
      case "LH":
        record.lh = count(value, "LH");
        return;
      case "BRF":
        record.brf = count(value, "BRF");
        return;
      case "BRH":
        record.brh = count(value, "BRH");
        return;
      default:
        return;
    }
  };
  let rest;
  const feed = (buf) => {
    let start = 0;
    if (rest !== void 0) {
      const nl = buf.indexOf(10);
      if (nl === -1) {
        rest = Buffer.concat([rest, buf]);
        if (rest.length > MAX_LINE) {
          lineNo++;
          fail(`a line longer than ${MAX_LINE} bytes`);
        }
        return;
      }
      const joined = Buffer.concat([rest, buf.subarray(0, nl)]);
      rest = void 0;
      handle(joined, 0, joined.length);
      start = nl + 1;
    }
    for (let i = start; i < buf.length; i++) {
      if (buf[i] === 10) {
        handle(buf, start, i);
        start = i + 1;
      }
    }
    if (start < buf.length) {
      rest = Buffer.from(buf.subarray(start));
      if (rest.length > MAX_LINE) {
        lineNo++;
        fail(`a line longer than ${MAX_LINE} bytes`);
      }
    }
  };
  if (typeof input === "string") feed(Buffer.from(input, "utf8"));
  else for await (const chunk of input) feed(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  if (rest !== void 0) handle(rest, 0, rest.length);
  if (files.size === 0) {
    throw new ReportError(opts.file, "lcov", `line ${lineNo}`, "no SF: record (no source file) in the report");
  }
  const result = [];
  for (const [name, f] of files) {
    const counted = f.lines.counts();
    const single = f.records === 1;
    const linesTotal = single && f.lf !== void 0 ? f.lf : counted.total;
    const file = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(single && f.lh !== void 0 ? f.lh : counted.covered, linesTotal),
      lines_total: linesTotal
    };
    let branchesHit = 0;
    for (const hit of f.branches.values()) if (hit) branchesHit++;
    const branchesTotal = single && f.brf !== void 0 ? f.brf : f.branches.size;
    if (branchesTotal > 0 || f.brf !== void 0) {
      file.branches_covered = Math.min(single && f.brh !== void 0 ? f.brh : branchesHit, branchesTotal);
      file.branches_total = branchesTotal;
    }
    result.push(file);
  }
  return reportFromFiles("lcov", result);
}
async function parseLcovFile(path, opts) {
  return parseLcov(reusedChunks(path), { file: opts.file ?? path, workspace: opts.workspace });
}

// src/reports/detect.ts
import { open } from "node:fs/promises";
var DETECT_BYTES = 64 * 1024;
async function detectFormat(path) {
  const handle = await open(path, "r");
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
      `not a JUnit, Cobertura, lcov, coverage.py JSON or Istanbul report: ${seen}`
    );
  };
  if (head.length === 0) unknown("the file is empty");
  if (head[0] === 31 && head[1] === 139) unknown("gzip-compressed data (decompress it first)");
  const utf16 = head[0] === 255 && head[1] === 254;
  const text = (utf16 ? head.toString("utf16le") : head.toString("utf8")).replace(/^\uFEFF/, "");
  if (text.includes("\0")) unknown("binary data (NUL bytes)");
  const start = text.trimStart();
  if (start === "") unknown("only white space");
  if (start.startsWith("<")) {
    const root = xmlRoot(start);
    if (root === void 0) unknown(`XML without a root element in the first 64 KiB (starts ${snippet(start)})`);
    if (root.name === "testsuites" || root.name === "testsuite") return "junit";
    if (root.name === "coverage") {
      if (/\sclover\s*=/.test(root.tag)) unknown("Clover XML (root <coverage clover=\u2026>), not Cobertura");
      return "cobertura";
    }
    return unknown(`XML whose root element is <${root.name}>`);
  }
  if (start.startsWith("{")) {
    if (/^\{\s*"meta"\s*:\s*\{/.test(start) && /"(branch_coverage|show_contexts)"\s*:/.test(start)) return "coverage.py-json";
    if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(start)) return "istanbul-summary";
    if (/"statementMap"\s*:\s*\{/.test(start) && /^\{\s*"[^"]*"\s*:\s*\{/.test(start)) return "istanbul-final";
    if (/^\{\s*\}\s*$/.test(start)) unknown("an empty JSON object (Istanbul writes {} when no file was instrumented)");
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(start)) unknown("a SARIF report");
    return unknown(`JSON that starts ${snippet(start)}`);
  }
  if (start.startsWith("[")) unknown(`a JSON array (starts ${snippet(start)})`);
  const firstLine2 = start.slice(0, start.search(/\r?\n|$/));
  if (/^(TN|SF|VER):/.test(firstLine2)) return "lcov";
  return unknown(`text that starts ${snippet(start)}`);
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
  const match = /^<([A-Za-z_][\w.:-]*)([^>]*)/.exec(text.slice(i, i + 4096));
  return match ? { name: match[1].replace(/^.*:/, ""), tag: match[2] } : void 0;
}
function snippet(text) {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}\u2026` : text);
}

// src/reports/coverage.ts
var COVERAGE_FORMATS = ["coverage.py-json", "cobertura", "lcov", "istanbul-summary", "istanbul-final"];
async function parseCoverage(path, opts) {
  const format = opts.format ?? await detectFormat(path);
  if (format === "junit") {
    throw new ReportError(path, "auto-detect", "root element", "this is a JUnit test report, not a coverage report");
  }
  const options = { file: path, workspace: opts.workspace };
  switch (format) {
    case "cobertura":
      return parseCobertura({ path }, options);
    case "lcov":
      return parseLcovFile(path, options);
    case "coverage.py-json":
    case "istanbul-summary":
    case "istanbul-final":
      return parseJsonCoverageFile(path, format, options);
    default:
      throw new ReportError(path, String(format), "format", `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(", ")}`);
  }
}

// src/reports/junit.ts
var MESSAGE_LIMIT = 500;
var RANK = { passed: 0, skipped: 1, failure: 2, error: 3 };
async function parseJUnit(input, opts) {
  const maxFailures = opts.maxFailures ?? 200;
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const failures = [];
  let truncated = false;
  let timeSum = 0;
  let sawTime = false;
  await streamXml(input, opts.file, "junit", (xml) => {
    const suites = [];
    let caseDepth = 0;
    let caseTag;
    let outcome = "passed";
    let message;
    let textDepth = 0;
    let text = "";
    return {
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1 && name !== "testsuites" && name !== "testsuite") {
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>`);
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") {
            const parent = suites.at(-1);
            suites.push({
              pytest: (parent?.pytest ?? false) || name === "testsuite" && tag.attr("name") === "pytest",
              file: tag.attr("file") ?? parent?.file
            });
          } else if (name === "testcase") {
            caseDepth = depth;
            caseTag = tag;
            outcome = "passed";
            message = void 0;
          }
          return;
        }
        if (depth !== caseDepth + 1) return;
        const kind = name === "failure" ? "failure" : name === "error" ? "error" : name === "skipped" ? "skipped" : void 0;
        if (kind === void 0 || RANK[kind] <= RANK[outcome]) return;
        outcome = kind;
        if (kind === "skipped") return;
        message = firstLine(tag.attr("message") ?? "");
        if (message === "" && failures.length < maxFailures) {
          textDepth = depth;
          text = "";
          xml.captureText(true);
        }
      },
      text(chunk) {
        if (text.length < 4 * MESSAGE_LIMIT) text += chunk.slice(0, 4 * MESSAGE_LIMIT);
        else xml.captureText(false);
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0;
          xml.captureText(false);
          message = firstLine(text);
          text = "";
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") suites.pop();
          return;
        }
        if (depth !== caseDepth) return;
        caseDepth = 0;
        totals.total++;
        const time = caseTag?.number("time");
        if (time !== void 0 && Number.isFinite(time) && (time !== 0 || caseTag?.attr("time")?.trim() !== "")) {
          timeSum += time;
          sawTime = true;
        }
        if (outcome === "passed") totals.passed++;
        else if (outcome === "skipped") totals.skipped++;
        else {
          if (outcome === "failure") totals.failed++;
          else totals.errors++;
          if (failures.length < maxFailures) {
            failures.push(failedTest(caseTag, outcome, message ?? "", suites.at(-1), opts.workspace));
          } else truncated = true;
        }
      }
    };
  });
  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6;
  return { format: "junit", totals, failures, failures_truncated: truncated };
}
async function parseJUnitFile(path, opts) {
  return parseJUnit({ path }, {
    ...opts,
    file: opts.file ?? path
  });
}
function failedTest(tag, kind, message, suite, workspace) {
  const name = tag?.attr("name") ?? "";
  const classname = tag?.attr("classname") || void 0;
  const test = { id: classname ? `${classname}::${name}` : name, name, kind, message };
  if (classname) test.classname = classname;
  const file = tag?.attr("file") ?? suite?.file;
  if (file) test.file = toWorkspacePath(file, workspace);
  const line = tag?.attr("line");
  if (line !== void 0 && /^\d+$/.test(line)) {
    test.line = Number(line) + (suite?.pytest ? 1 : 0);
  }
  return test;
}
function firstLine(text) {
  for (const line of text.slice(0, 8 * MESSAGE_LIMIT).split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed.length > MESSAGE_LIMIT ? `${trimmed.slice(0, MESSAGE_LIMIT - 1)}\u2026` : trimmed;
  }
  return "";
}

// src/reports/tests-and-coverage.ts
async function readTestReport(path, opts) {
  const format = opts.format ?? await detectFormat(path);
  if (format !== "junit") {
    throw opts.format === void 0 ? new ReportError(path, "auto-detect", "content", `this is a ${format} coverage report, not a JUnit test report`) : new ReportError(path, format, "format", "unknown test report format; the only one is junit");
  }
  return parseJUnitFile(path, { workspace: opts.workspace, maxFailures: opts.maxFailures });
}
async function readCoverageReport(path, opts) {
  return parseCoverage(path, opts);
}

// src/engine/stages/testing.ts
async function testingStage(ctx, stage) {
  const { config } = ctx;
  const testing = config.stages.testing;
  const result = await runTestSuite(ctx, stage, {
    purpose: "testing",
    gatePrefix: "",
    where: "stages.testing",
    command: testing.command,
    reports: testing.reports,
    timeoutSeconds: testing.timeout_seconds,
    policy: config.error_recovery.testing,
    coverageThreshold: coverageThreshold(config.quality_gates.test_coverage, ctx.target)
  });
  if (result.coverage !== null) stage.outputs.coverage = result.coverage;
}
async function runTestSuite(ctx, stage, suite) {
  const { config, host } = ctx;
  const none = { passed: false, cancelled: false, coverage: null };
  const command = commandFor(ctx, suite.command, `${suite.where}.command`, suite.vars);
  if (!command) {
    stage.fail(
      `no test command is configured (${suite.where}.command): nothing was tested. Configure one, or set ${suite.where.split(".").slice(0, 2).join(".")}.enabled: false to skip the stage on purpose.`,
      "configuration"
    );
    return none;
  }
  const junit = suite.reports?.junit && reportPathFor(ctx, suite.reports.junit.path, `${suite.where}.reports.junit`, suite.vars);
  const coverage = suite.reports?.coverage && reportPathFor(ctx, suite.reports.coverage.path, `${suite.where}.reports.coverage`, suite.vars);
  if (!junit) stage.fail(`no JUnit report is configured (${suite.where}.reports.junit): the pass rate cannot be measured`, "configuration");
  if (!coverage) stage.fail(`no coverage report is configured (${suite.where}.reports.coverage): coverage cannot be measured`, "configuration");
  if (!junit || !coverage) return none;
  const failingSets = [];
  const started = host.now();
  let snapshot;
  const step = await runStep(ctx, stage, {
    purpose: suite.purpose,
    command,
    timeoutSeconds: suite.timeoutSeconds,
    env: suite.env,
    policy: suite.policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take([junit, coverage]);
    },
    judge: async (result) => {
      const attempt2 = await readAttempt(ctx, result, suite, junit, coverage, snapshot);
      return judgeAttempt(attempt2, failingSets, suite.policy.retry_on_timeout);
    }
  });
  const { outcome } = step;
  if (step.cancelled) {
    stage.cancelled = true;
    stage.fail(`cancelled while the ${suite.purpose} ran`, "cancelled");
    return { ...none, cancelled: true };
  }
  const attempt = outcome.value;
  const now = host.now();
  const lastFailing = new Set((attempt.tests?.failures ?? []).map((f) => f.id));
  const flaky = [...new Set(failingSets.slice(0, -1).flatMap((s) => [...s]))].filter((id) => !lastFailing.has(id)).sort();
  const outputs = suite.gatePrefix ? stage.outputs[suite.purpose] ??= {} : stage.outputs;
  outputs.attempts = step.attempts;
  outputs.flaky_tests = flaky;
  if (flaky.length > 0) stage.warnings.push(`flaky tests (failed, then passed on a rerun): ${flaky.join(", ")}`);
  if (!outcome.ok && !attempt.tests && !attempt.coverage) {
    stage.fail(`the ${suite.purpose} command failed: ${outcome.reason}`, classifyCommand(attempt.result, suite.policy.retry_on_timeout).errorType ?? "exit_code");
  }
  const passRateGate = `${suite.gatePrefix}test_pass_rate`;
  let passed = true;
  if (attempt.tests) {
    const j = judgePassRate(attempt.tests, config.quality_gates.test_pass_rate.required, flaky);
    if (j.passed && attempt.result.exitCode !== 0) {
      j.passed = false;
      j.errors.push(
        `the ${suite.purpose} command failed (${classifyCommand(attempt.result).description}) although its report shows no failing test; see the command output`
      );
    }
    const brokeTests = attempt.tests.totals.failed + attempt.tests.totals.errors > 0;
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        findings: j.findings,
        ...j.passed ? {} : { error_type: brokeTests ? "threshold_not_met" : "exit_code" }
      })
    );
    passed &&= j.passed;
  } else {
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: false,
        details: { required: config.quality_gates.test_pass_rate.required },
        errors: [attempt.testsProblem ?? "no test report"],
        error_type: "report"
      })
    );
    passed = false;
  }
  const coverageGate = `${suite.gatePrefix}test_coverage`;
  const threshold = suite.coverageThreshold;
  let measured = null;
  if (attempt.coverage) {
    const j = judgeCoverage(attempt.coverage, threshold);
    if (ctx.changed) {
      const patch = await patchCoverageOf(coverage, attempt.coverage.format, host.workspace, ctx.changed);
      j.details.patch_coverage = patch;
    }
    stage.addGate(
      gateResult(coverageGate, started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        ...j.passed ? {} : { error_type: "threshold_not_met" }
      })
    );
    measured = j.details.coverage;
    passed &&= j.passed;
  } else {
    stage.addGate(
      gateResult(coverageGate, started, now, {
        passed: false,
        details: { threshold },
        errors: [attempt.coverageProblem ?? "no coverage report"],
        error_type: "report"
      })
    );
    passed = false;
  }
  return { passed: passed && outcome.ok, cancelled: false, coverage: measured };
}
async function readAttempt(ctx, result, suite, junit, coverage, before) {
  const { workspace } = ctx.host;
  const ran = `the ${suite.purpose} command (${classifyCommand(result).description})`;
  const tests = await readFreshReport(
    before,
    junit,
    { workspace, what: "JUnit report", ran },
    () => readTestReport(junit, { workspace, format: suite.reports?.junit?.format })
  );
  const cov = await readFreshReport(
    before,
    coverage,
    { workspace, what: "coverage report", ran },
    () => readCoverageReport(coverage, { workspace, format: suite.reports?.coverage?.format })
  );
  return { result, tests: tests.value, coverage: cov.value, testsProblem: tests.problem, coverageProblem: cov.problem };
}
function judgeAttempt(attempt, failingSets, retryOnTimeout) {
  const cls = classifyCommand(attempt.result, retryOnTimeout);
  const failing = new Set((attempt.tests?.failures ?? []).map((f) => f.id));
  failingSets.push(failing);
  if (cls.errorType === null) return { value: attempt, ok: true, retryable: false, reason: cls.description };
  if (cls.transient) return { value: attempt, ok: false, retryable: true, reason: cls.description };
  if (cls.errorType === "exit_code" && attempt.tests && failing.size > 0) {
    const previous = failingSets.at(-2);
    const same = previous !== void 0 && previous.size === failing.size && [...failing].every((id) => previous.has(id));
    return same ? { value: attempt, ok: false, retryable: false, reason: `the same ${failing.size} test(s) failed again: deterministic failure` } : { value: attempt, ok: false, retryable: true, reason: `${failing.size} test(s) failed; rerunning to tell flaky from deterministic` };
  }
  return { value: attempt, ok: false, retryable: false, reason: `${cls.description}: deterministic failure, not retried` };
}

export {
  round2,
  coverageThreshold,
  readCoverageReport,
  testingStage,
  runTestSuite
};
