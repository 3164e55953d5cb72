import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LineSet,
  ReportError,
  ReportSnapshot,
  classifyCommand,
  commandFor,
  parseCobertura,
  parseJUnitFile,
  parseJsonCoverageFile,
  patchCoverageOf,
  readFreshReport,
  reportFromFiles,
  reportPathFor,
  runStep,
  toWorkspacePath
} from "./chunk-REWUROPT.js";
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

// src/reports/coverage.ts
import { createReadStream } from "node:fs";

// src/reports/coverage-lcov.ts
import { StringDecoder } from "node:string_decoder";
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
  const fastDa = (text, start, end) => {
    if (!current || end - start < 6 || text.charCodeAt(start) !== 68 || text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58) {
      return false;
    }
    let i = start + 3;
    let line = 0;
    let digits = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
      line = line * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || digits > 9 || text.charCodeAt(i) !== 44) return false;
    i++;
    let hit = false;
    digits = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) {
      if (c !== 48) hit = true;
      digits++;
    }
    if (digits === 0 || i < end && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 13) return false;
    current.lines.add(line, hit);
    return true;
  };
  const handle = (text, start, end) => {
    lineNo++;
    if (fastDa(text, start, end)) return;
    let line = text.slice(start, end);
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
  let rest = "";
  const feed = (text) => {
    let start = 0;
    let nl = text.indexOf("\n");
    if (rest !== "" && nl !== -1) {
      const joined = rest + text.slice(0, nl);
      handle(joined, 0, joined.length);
      rest = "";
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    for (; nl !== -1; nl = text.indexOf("\n", start)) {
      handle(text, start, nl);
      start = nl + 1;
    }
    rest += text.slice(start);
    if (rest.length > MAX_LINE) {
      lineNo++;
      fail(`a line longer than ${MAX_LINE} characters`);
    }
  };
  if (typeof input === "string") feed(input);
  else {
    const decoder = new StringDecoder("utf8");
    for await (const chunk of input) feed(typeof chunk === "string" ? chunk : decoder.write(chunk));
    feed(decoder.end());
  }
  if (rest !== "") handle(rest, 0, rest.length);
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
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (/^(TN|SF|VER):/.test(firstLine)) return "lcov";
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
  const stream = () => createReadStream(path, { highWaterMark: 256 * 1024 });
  switch (format) {
    case "cobertura":
      return parseCobertura(stream(), options);
    case "lcov":
      return parseLcov(stream(), options);
    case "coverage.py-json":
    case "istanbul-summary":
    case "istanbul-final":
      return parseJsonCoverageFile(path, format, options);
    default:
      throw new ReportError(path, String(format), "format", `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(", ")}`);
  }
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
