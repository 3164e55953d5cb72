import {
  CHECK_XML,
  CHECK_XMLNS,
  DETECT_BYTES,
  detectFormat,
  otherCoverageFormat,
  otherTestFormat,
  otherTestOutput,
  parseCobertura,
  parseJsonCoverageFile
} from "./chunk-27QPBA24.js";
import {
  AsciiNames,
  LineSet,
  reportFromFiles,
  streamXml,
  toWorkspacePath
} from "./chunk-LVE5LOEJ.js";
import {
  openRegularFile,
  reusedChunks
} from "./chunk-HYULKLIY.js";
import {
  reconcileLines
} from "./chunk-S5VWDAK6.js";
import {
  clipChars
} from "./chunk-4CLWEP5D.js";
import {
  FLAKY_MESSAGES,
  ReportError
} from "./chunk-6G4JLRTB.js";

// src/reports/junit.ts
import { readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
var HOLD_LIMIT = 1e5;
var MAX_UNLISTED_PENDING = 1e7;
var MESSAGE_LIMIT = 500;
var FAILURE_TEXT_LIMIT = 16 * 1024;
var RERUN_TRACKING = 1e5;
var STATUS_WARNINGS = 5;
var RANK = { passed: 0, skipped: 1, failure: 2, error: 3 };
var STATUS_WORDS = {};
var NOT_RUN = ["notrun", "disabled", "skipped", "skip", "ignored", "ignore", "pending", "notexecuted", "excluded", "suppressed", "inconclusive", "todo", "false", "no"];
for (const word of NOT_RUN) STATUS_WORDS[word] = "skipped";
for (const word of ["fail", "failed", "failure", "xpass"]) STATUS_WORDS[word] = "failure";
for (const word of ["error", "errored", "broken", "timeout", "timedout", "crashed", "aborted"]) STATUS_WORDS[word] = "error";
for (const word of ["run", "ran", "completed", "complete", "passed", "pass", "success", "succeeded", "ok", "executed", "true", "yes", "xfail"]) {
  STATUS_WORDS[word] = "passed";
}
var TALLY = { passed: "passed", failure: "failed", error: "errors", skipped: "skipped" };
var OUTCOME = { passed: "passed", failure: "failed", error: "error", skipped: "skipped" };
async function parseJUnit(input, opts) {
  const maxFailures = opts.maxFailures ?? 200;
  const moduleLookups = fileLookups(opts.roots);
  const textLookups = fileLookups(opts.roots);
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const failures = [];
  const flaky = [];
  let flakyCount = 0;
  const warnings = [];
  let unknownStatuses = 0;
  let tracked = 0;
  let timeSum = 0;
  let sawTime = false;
  let negativeTimes = 0;
  const matched = opts.match ? { counts: {}, tests: [] } : void 0;
  let listedFailing = 0;
  let listedOther = 0;
  const tally = (pick, outcome, by) => {
    const counts = matched.counts;
    const of = counts[pick.key] ??= { passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 };
    of[TALLY[outcome]] += by;
    if (by > 0 && pick.listed) pick.listed.outcome = OUTCOME[outcome];
  };
  const move = (group, from, to) => {
    count(from, -1);
    count(to, 1);
    if (group.pick) {
      tally(group.pick, from, -1);
      tally(group.pick, to, 1);
      if (to === "passed" && group.pick.listed) group.pick.listed.flaky = true;
      if (to !== "passed" && group.pick.listed) delete group.pick.listed.flaky;
    }
  };
  let lastRawFile;
  let lastFile;
  const pickTest = (tag, outcome, suite) => {
    const name = tag.attr("name") ?? "";
    const classname = tag.attr("classname") || void 0;
    const rawFile = tag.attr("file") ?? suite.file;
    if (rawFile !== lastRawFile) {
      lastRawFile = rawFile;
      lastFile = rawFile ? toWorkspacePath(rawFile, opts.workspace) : void 0;
    }
    const file = lastFile;
    const id = testId(classname, name, suite);
    const key = opts.match({ id, name, ...file ? { file } : {} });
    if (!(key >= 0)) return void 0;
    const pick = { key };
    const failing = outcome === "failure" || outcome === "error";
    if (failing ? listedFailing++ < maxFailures : listedOther++ < maxFailures) {
      pick.listed = { id, ...file ? { file } : {}, key, outcome: OUTCOME[outcome] };
      matched.tests.push(pick.listed);
    }
    tally(pick, outcome, 1);
    return pick;
  };
  const onCase = opts.onCase;
  let heldCases = 0;
  const caseFiles = onCase ? /* @__PURE__ */ new Map() : void 0;
  const count = (outcome, by) => {
    if (outcome === "passed") totals.passed += by;
    else if (outcome === "skipped") totals.skipped += by;
    else if (outcome === "failure") totals.failed += by;
    else totals.errors += by;
  };
  const pickedFailures = [];
  const picked = /* @__PURE__ */ new WeakSet();
  const keep = (test) => {
    const list = picked.has(test) ? pickedFailures : failures;
    if (list.length < maxFailures) list.push(test);
  };
  const unkeep = (test) => {
    const list = picked.has(test) ? pickedFailures : failures;
    const at = list.indexOf(test);
    if (at !== -1) list.splice(at, 1);
  };
  const addFlaky = (test) => {
    flakyCount++;
    if (flaky.length < maxFailures) flaky.push(test);
  };
  let surplusSuites = 0;
  let jestJunit = false;
  let vitestJunit = false;
  let nodeTapJunit = false;
  let mochaJunit = false;
  let mochaXunit = false;
  let bareRoot = false;
  const notRun = (suite) => {
    if (suite.nested || suite.declared === void 0 || suite.listed <= suite.declared) return 0;
    const surplus = suite.listed - suite.declared;
    const uncountedFailing = Math.max(0, suite.failingListed - (suite.declaredFailing ?? 0));
    const todo = jestJunit ? Math.min(suite.bare, Math.max(0, surplus - uncountedFailing)) : 0;
    if (todo > 0) {
      totals.passed -= todo;
      totals.skipped += todo;
    }
    if (++surplusSuites > STATUS_WARNINGS) return todo;
    const where = `${opts.file}: ${suiteLabel(suite)} says tests="${suite.declared}" but lists ${suite.listed} test cases`;
    const held = suite.heldBack?.length ?? 0;
    warnings.push(
      todo > 0 ? `${where}: ${todo} of its cases with no result in them (no child element, time 0) are counted as not run, not as passed \u2014 jest-junit writes it.todo tests so` + (held > todo ? `; which ${todo} of its ${held} such cases they are the XML does not tell, so the test history leaves all ${held} out of this run` : "") : `${where}: counted as listed`
    );
    return todo;
  };
  const releaseHeld = (suite, todo) => {
    const held = suite.heldBack;
    if (held === void 0 || onCase === void 0) return;
    suite.heldBack = void 0;
    heldCases -= held.length;
    if (todo > 0 && held.length > todo) return;
    for (const c of held) {
      CASE.id = c.id;
      CASE.idBytes = void 0;
      CASE.idLength = void 0;
      CASE.file = c.file;
      CASE.suite = suite.name;
      CASE.outcome = todo > 0 ? "skipped" : "passed";
      CASE.flaky = false;
      CASE.rerun = c.rerun;
      CASE.duration_ms = c.duration_ms;
      onCase(CASE);
    }
  };
  const rerun = (group, outcome, message) => {
    group.attempts++;
    if (outcome === "failure" || outcome === "error") {
      if (group.messages.length < FLAKY_MESSAGES) group.messages.push(message);
      if (group.state === "flaky") {
        move(group, "passed", outcome);
        group.state = "failing";
        group.kind = outcome;
        group.test.kind = outcome;
        group.test.message = message;
        keep(group.test);
      } else if (RANK[outcome] > RANK[group.kind]) {
        move(group, group.kind, outcome);
        group.kind = outcome;
        group.test.kind = outcome;
        group.test.message = message;
      }
    } else if (outcome === "passed" && group.state === "failing") {
      move(group, group.kind, "passed");
      group.state = "flaky";
      unkeep(group.test);
    }
  };
  const unlisted = [];
  let unlistedSuites = 0;
  const unlistedFailures = (suite) => {
    if (suite.declaredFailing === void 0 || suite.failing > 0 || suite.hiding) return;
    suite.hiding = true;
    if (++unlistedSuites > STATUS_WARNINGS) return;
    unlisted.push(
      `${opts.file}: ${suiteLabel(suite)} says ${suite.declaredFailing} test(s) failed or errored (its failures and errors attributes) but lists no failing test case: what failed is not in the report`
    );
  };
  let suiteFailures = 0;
  const suiteFailure = (suite, element, said) => {
    if (++suiteFailures > STATUS_WARNINGS) return;
    unlisted.push(
      `${opts.file}: ${suiteLabel(suite)} has a <${element}> of its own, outside any test case${said ? ` (${said})` : ""}: the suite failed`
    );
  };
  let failingInnerSuites = 0;
  const runnerCounts = {};
  const closeSuite = (suite, parent) => {
    if (suite !== void 0 && parent !== void 0 && suite.failing > 0) failingInnerSuites++;
    if (suite !== void 0) {
      const todo = notRun(suite);
      releaseHeld(suite, todo);
      if (todo > 0) {
        for (const pick of suite.heldPicks ?? []) {
          tally(pick, "passed", -1);
          tally(pick, "skipped", 1);
        }
      }
      unlistedFailures(suite);
      unlistedSkipped(suite);
      if (parent !== void 0) {
        parent.failing += suite.failing;
        if (suite.hiding) parent.hiding = true;
        if (nodeTapJunit && suite.name !== void 0) (parent.subtests ??= /* @__PURE__ */ new Map()).set(suite.name, suite.failing);
      }
    }
    for (const group of suite?.reruns?.values() ?? []) {
      if (group.state !== "flaky") continue;
      if (group.pick) matched.counts[group.pick.key].flaky++;
      const { id, classname, name, file } = group.test;
      addFlaky({ id, ...group.suite ? { suite: group.suite } : {}, ...classname ? { classname } : {}, name, ...file ? { file } : {}, attempts: group.attempts, failures: group.messages });
    }
  };
  let unlistedSkippedSuites = 0;
  const unlistedSkipped = (suite) => {
    if (suite.nested || mochaJunit || suite.declared === void 0 || suite.declaredSkipped === void 0) return;
    const missing = suite.declared - suite.listed;
    if (missing <= 0 || missing > MAX_UNLISTED_PENDING || missing !== suite.declaredSkipped - suite.skippedListed) return;
    totals.total += missing;
    totals.skipped += missing;
    if (++unlistedSkippedSuites > STATUS_WARNINGS) return;
    warnings.push(
      `${opts.file}: ${suiteLabel(suite)} says tests="${suite.declared}" and skipped="${suite.declaredSkipped}" but lists ${suite.listed} test case(s), ${suite.skippedListed} of them skipped: the ${missing} it does not list are counted as skipped (cargo's libtest leaves ignored tests out; PHPUnit writes a class skipped before its tests as a suite with none)`
    );
  };
  let mochaPending;
  const unlistedPending = () => {
    if (mochaPending === void 0 || !Number.isInteger(mochaPending) || mochaPending <= totals.skipped) return;
    if (mochaPending > MAX_UNLISTED_PENDING) {
      warnings.push(`${opts.file}: the report says skipped="${mochaPending}", more than ${MAX_UNLISTED_PENDING} tests: not counted`);
      return;
    }
    const missing = mochaPending - totals.skipped;
    totals.total += missing;
    totals.skipped += missing;
    warnings.push(
      `${opts.file}: the report says skipped="${mochaPending}" but lists ${mochaPending - missing} skipped test case(s): mocha-junit-reporter leaves pending tests out unless its includePending option is set; ${missing} counted as skipped (set includePending to see which)`
    );
  };
  let unnamedFailures = 0;
  const hiddenParents = () => {
    const { tests, pass, fail, cancelled, skipped, todo } = runnerCounts;
    if ([tests, pass, fail, cancelled, skipped, todo].some((n) => n === void 0)) return;
    const hidden = fail + cancelled - (totals.failed + totals.errors) - failingInnerSuites;
    if (hidden <= 0) return;
    unnamedFailures = hidden;
    const listed = totals.failed + totals.errors;
    totals.total += hidden;
    totals.failed += hidden;
    unlisted.push(
      `${opts.file}: node's test runner counted ${fail + cancelled} failed or cancelled test(s) (the report's <!-- fail ${fail} --> and <!-- cancelled ${cancelled} --> comments) but the report lists ${listed} failing test case(s): ${failingInnerSuites > 0 ? "at least " : ""}${hidden} test(s) with subtests failed on their own (a before hook or the test's own body threw after its subtests passed), which node's junit reporter writes as a <testsuite> with no failure; counted as failed tests`
    );
  };
  const { warnings: xmlWarnings } = await streamXml(input, opts.file, "junit", (xml) => {
    const suites = [];
    let suitesOpened = 0;
    let caseDepth = 0;
    let caseTag;
    let caseBare = true;
    let outcome = "passed";
    let message;
    let flakyAttempts;
    let invocations = 0;
    let retryReasons;
    let cases = 0;
    let retryCase = 0;
    let todoCase = false;
    let tapNotRun = false;
    let mayFailCase = false;
    let rerunErrored = false;
    let failureType;
    let qtSkipped = false;
    let ctestNotRun;
    let textDepth = 0;
    let text = "";
    let textForMessage = false;
    let outputForMessage = false;
    let failureText;
    const unknownStatus = (word) => {
      if (++unknownStatuses <= STATUS_WARNINGS) {
        warnings.push(`${opts.file}: test case ${JSON.stringify(caseTag?.attr("name") ?? "")} has the status ${JSON.stringify(word)}, which this reader does not know: judged by its child elements`);
      }
    };
    const retryProperty = (tag, name, depth) => {
      const runsProperty = jestJunit ? "invocations" : vitestJunit ? "retryCount" : suites.at(-1).pytest ? "reruns" : void 0;
      if (runsProperty === void 0) return false;
      if (name === "properties") return depth === caseDepth + 1;
      if (depth !== caseDepth + 2) return false;
      if (retryCase !== cases) {
        retryCase = cases;
        invocations = 0;
        retryReasons = void 0;
      }
      const property = tag.attr("name") ?? "";
      if (property === runsProperty) {
        const value = tag.number("value");
        const runs = value !== void 0 && Number.isInteger(value) ? jestJunit ? value : value + 1 : 0;
        if (runs > 1) {
          invocations = runs;
          caseBare = false;
        }
      } else if (/^retryReason\d+$/.test(property) && (retryReasons?.length ?? 0) < FLAKY_MESSAGES) {
        ;
        (retryReasons ??= []).push(firstLine(tag.attr("value") ?? ""));
      }
      return true;
    };
    return {
      comment(text2, depth) {
        if (caseDepth !== 0 && depth === caseDepth && QT_SKIP.test(text2)) qtSkipped = true;
        if (depth !== 1) return;
        const said = /^\s*(tests|suites|pass|fail|cancelled|skipped|todo)\s+(\d{1,15})\s*$/.exec(text2);
        if (said && suites.length === 1 && suites[0].depth === 1) runnerCounts[said[1]] = Number(said[2]);
      },
      open(tag, depth) {
        const name = tag.name;
        if (depth === 1 && name !== "testsuites" && name !== "testsuite") {
          const other = otherTestFormat(name, tag.attr("xmlns"));
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>${other ? `: ${other}` : ""}`);
        }
        if (depth === 1 && tag.attr("xmlns") === CHECK_XMLNS) throw xml.error(`the root element is <${name} xmlns="${CHECK_XMLNS}">: ${CHECK_XML}`);
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") {
            if (depth === 1 && name === "testsuites" && tag.attr("name") === "jest tests") jestJunit = true;
            if (depth === 1 && name === "testsuites" && tag.attr("name") === void 0) bareRoot = true;
            if (depth === 1 && name === "testsuites" && tag.attr("name") === "TAP Tests") nodeTapJunit = true;
            if (depth === 1 && name === "testsuites" && tag.attr("name") === "vitest tests") vitestJunit = true;
            if (depth === 1 && name === "testsuite" && tag.attr("name") === "Mocha Tests") mochaXunit = true;
            if (depth === 1 && name === "testsuites" && tag.attr("name") === "Mocha Tests") {
              mochaJunit = true;
              mochaPending = tag.number("skipped");
            }
            const parent = suites.at(-1);
            const suiteName = tag.attr("name");
            if (parent) parent.nested = true;
            const declared = tag.number("tests");
            const declaredSkipped = tag.number("skipped");
            const declaredFailing = wholeCount(tag, "failures") + wholeCount(tag, "errors");
            suites.push({
              pytest: (parent?.pytest ?? false) || name === "testsuite" && suiteName === "pytest",
              file: tag.attr("file") ?? parent?.file,
              name: suiteName,
              ...declared !== void 0 && Number.isInteger(declared) && declared >= 0 ? { declared } : {},
              ...declaredSkipped !== void 0 && Number.isInteger(declaredSkipped) && declaredSkipped >= 0 ? { declaredSkipped } : {},
              skippedListed: 0,
              listed: 0,
              bare: 0,
              failingListed: 0,
              nested: false,
              ...declaredFailing > 0 ? { declaredFailing } : {},
              failing: 0,
              depth,
              ordinal: name === "testsuite" ? ++suitesOpened : 0
            });
          } else if ((name === "failure" || name === "error") && depth === (suites.at(-1)?.depth ?? 0) + 1) {
            const suite = suites.at(-1);
            suite.failing++;
            suiteFailure(suite, name, firstLine(tag.attr("message") ?? tag.attr("type") ?? ""));
          } else if (name === "testcase") {
            caseDepth = depth;
            caseTag = tag;
            caseBare = true;
            outcome = "passed";
            message = void 0;
            flakyAttempts = void 0;
            cases++;
            todoCase = false;
            tapNotRun = false;
            mayFailCase = false;
            rerunErrored = false;
            failureType = void 0;
            qtSkipped = false;
            ctestNotRun = void 0;
            failureText = void 0;
            outputForMessage = false;
          }
          return;
        }
        if (name === "testcase" || name === "testsuite" || name === "testsuites") {
          throw xml.error(`a <${name}> inside the <testcase> ${JSON.stringify(caseTag?.attr("name") ?? "")}: test cases and suites are not nested in a test case in JUnit XML`);
        }
        if (nodeTapJunit && name === "property" && depth === caseDepth + 2) {
          const property = tag.attr("name");
          if ((property === "skip" || property === "todo") && tag.attr("value") !== "false") tapNotRun = true;
        }
        if ((name === "properties" || name === "property") && retryProperty(tag, name, depth)) return;
        caseBare = false;
        if (depth !== caseDepth + 1) return;
        if (name === "flakyFailure" || name === "flakyError") {
          ;
          (flakyAttempts ??= []).push(firstLine(tag.attr("message") ?? tag.attr("type") ?? ""));
          return;
        }
        if (name === "rerunError") rerunErrored = true;
        if (name === "system-out" && message === "" && outcome !== "passed" && outcome !== "skipped" && textDepth === 0) {
          if (failures.length < maxFailures || pickedFailures.length < maxFailures) {
            outputForMessage = true;
            textDepth = depth;
            text = "";
            xml.captureText(true);
          }
          return;
        }
        if (name === "skipped" && tag.attr("type") === "todo") todoCase = true;
        if (name === "skipped" && tag.attr("message") === CATCH2_MAYFAIL) mayFailCase = true;
        if (name === "skipped" && caseTag !== void 0) ctestNotRun = ctestFailedNotRun(caseTag, tag);
        const unexpectedSuccess = name === "skipped" && tag.attr("message") === NOSE2_UNEXPECTED_SUCCESS;
        const kind = name === "failure" || unexpectedSuccess ? "failure" : name === "error" ? "error" : name === "skipped" ? "skipped" : void 0;
        if (kind === void 0 || RANK[kind] <= RANK[outcome]) return;
        outcome = kind;
        if (kind === "skipped") return;
        message = unexpectedSuccess ? `unexpected success: ${NOSE2_UNEXPECTED_SUCCESS}` : firstLine(tag.attr("message") ?? "");
        failureType = tag.attr("type");
        const room = failures.length < maxFailures || pickedFailures.length < maxFailures;
        textForMessage = (message === "" || message === PYTEST_COLLECTION || GO_MESSAGES.has(message) || WRITER_WORDS.has(message) || BOOST_MESSAGES.has(message) || CT_MESSAGE.test(message) || bareMatcher(message)) && room;
        if (textForMessage || room && caseTag?.attr("line") === void 0) {
          textDepth = depth;
          text = "";
          xml.captureText(true);
        }
      },
      text(chunk) {
        if (text.length < FAILURE_TEXT_LIMIT) text += chunk.slice(0, FAILURE_TEXT_LIMIT);
        else xml.captureText(false);
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0;
          xml.captureText(false);
          if (outputForMessage) {
            outputForMessage = false;
            message = rustFailure(text) || cucumberStep(text);
            text = "";
            return;
          }
          if (textForMessage && message === PYTEST_COLLECTION) message = collectionFailure(text.slice(0, 4 * MESSAGE_LIMIT));
          else if (textForMessage && bareMatcher(message)) message = matcherValues(message, text);
          else if (textForMessage && GO_MESSAGES.has(message)) message = goFailure(text) || message;
          else if (textForMessage && WRITER_WORDS.has(message)) message = textMessage(text, caseTag) || message;
          else if (textForMessage && BOOST_MESSAGES.has(message)) message = boostFailure(text) || message;
          else if (textForMessage && CT_MESSAGE.test(message)) message = erlangReason(text) || message;
          else if (textForMessage) message = nodeTapJunit && nodeTapFailure(text) || textMessage(text, caseTag);
          failureText = text;
          text = "";
        }
        if (caseDepth === 0) {
          if (name === "testsuite" || name === "testsuites") closeSuite(suites.pop(), suites.at(-1));
          return;
        }
        if (depth !== caseDepth) return;
        caseDepth = 0;
        const tag = caseTag;
        const runs = retryCase === cases ? invocations : phpunitAttempt(tag);
        const time = tag.number("time");
        if (time !== void 0 && Number.isFinite(time) && (time !== 0 || tag.attr("time")?.trim() !== "")) {
          if (time < 0) {
            if (++negativeTimes <= STATUS_WARNINGS) {
              warnings.push(`${opts.file}: test case ${JSON.stringify(tag.attr("name") ?? "")} has time="${tag.attr("time")?.slice(0, 40)}", a negative duration: left out of the total time`);
            }
          } else {
            timeSum += time;
            sawTime = true;
          }
        }
        if (todoCase && outcome === "failure") {
          outcome = "skipped";
          message = void 0;
        }
        if (mayFailCase && (outcome === "failure" || outcome === "error")) {
          outcome = "skipped";
          message = void 0;
        }
        if (qtSkipped && outcome === "passed") outcome = "skipped";
        if (rerunErrored && outcome === "failure") outcome = "error";
        if (ctestNotRun !== void 0 && outcome === "skipped") {
          outcome = "error";
          message = `not run: ${ctestNotRun} (ctest counts it as failed)`;
        }
        if (tapNotRun && outcome !== "skipped") {
          outcome = "skipped";
          message = void 0;
        }
        const said = statusOutcome(tag, unknownStatus);
        if (said !== void 0 && RANK[said.outcome] > RANK[outcome]) {
          outcome = said.outcome;
          if (outcome !== "skipped") message = `${said.said}, with no failure element`;
        }
        const suite = suites.at(-1);
        if (nodeTapJunit && suite.subtests !== void 0) {
          const failedInside = suite.subtests.get(tag.attr("name") ?? "");
          if (failedInside !== void 0 && (failedInside > 0 || outcome === "passed" || outcome === "skipped")) return;
        }
        if ((outcome === "passed" || outcome === "skipped") && tag.attr("log") !== void 0 && CT_CONFIG_FUNCTIONS.has(tag.attr("name") ?? "")) return;
        if (outcome === "failure" || outcome === "error" || flakyAttempts !== void 0) suite.failing++;
        const key = suite.reruns !== void 0 && suite.reruns.size > 0 && named(tag) ? identity(tag) : void 0;
        const group = key === void 0 ? void 0 : suite.reruns?.get(key);
        if (onCase !== void 0) {
          if (jestJunit && caseBare && outcome === "passed" && !(time !== void 0 && time > 0) && suite.declared !== void 0 && heldCases < HOLD_LIMIT) {
            heldCases++;
            const file = tag.attr("file") ?? suite.file;
            (suite.heldBack ??= []).push({
              id: testId(tag.attr("classname") || void 0, tag.attr("name") ?? "", suite),
              file: caseFile(file, caseFiles, opts.workspace),
              rerun: group !== void 0,
              duration_ms: time !== void 0 && time >= 0 ? time * 1e3 : void 0
            });
          } else reportCase(onCase, tag, outcome, flakyAttempts !== void 0 || runs > 1, group !== void 0, time, suite, caseFiles, opts.workspace);
        }
        if (!message && failureType && /\w[.:]+\w/.test(failureType) && (outcome === "failure" || outcome === "error")) message = firstLine(failureType);
        if (group !== void 0) {
          rerun(group, outcome, message ?? "");
          return;
        }
        totals.total++;
        count(outcome, 1);
        suite.listed++;
        if (outcome === "failure" || outcome === "error") suite.failingListed++;
        else if (outcome === "skipped") suite.skippedListed++;
        if (caseBare && outcome === "passed" && !(time !== void 0 && time > 0)) suite.bare++;
        const pick = matched ? pickTest(tag, outcome, suite) : void 0;
        if (pick && jestJunit && caseBare && outcome === "passed" && !(time !== void 0 && time > 0) && suite.declared !== void 0) (suite.heldPicks ??= []).push(pick);
        if (outcome === "failure" || outcome === "error") {
          const test = failedTest(tag, outcome, message ?? "", suite, opts.workspace, moduleLookups, failureText === void 0 ? void 0 : { text: failureText, lookups: textLookups });
          if (pick) picked.add(test);
          keep(test);
          if (suite.pytest || !named(tag) || mochaJunit || mochaXunit || vitestJunit || jestJunit && tag.attr("classname") !== JEST_SUITE_ERROR_CLASS) return;
          if (bareRoot && tag.attr("classname") === NODE_CLASSNAME) return;
          if (tracked < RERUN_TRACKING) {
            tracked++;
            (suite.reruns ??= /* @__PURE__ */ new Map()).set(key ?? identity(tag), {
              test,
              ...suite.name ? { suite: suite.name } : {},
              state: "failing",
              kind: outcome,
              attempts: 1,
              messages: [message ?? ""],
              ...pick ? { pick } : {}
            });
          } else if (tracked++ === RERUN_TRACKING) {
            warnings.push(`${opts.file}: more than ${RERUN_TRACKING} failing test cases: reruns of the ones past that count as other tests`);
          }
        } else if (outcome === "passed" && (flakyAttempts !== void 0 || runs > 1)) {
          if (pick) {
            ;
            matched.counts[pick.key].flaky++;
            if (pick.listed) pick.listed.flaky = true;
          }
          const test = failedTest(tag, "failure", "", suite, opts.workspace, moduleLookups);
          addFlaky({
            id: test.id,
            ...suite.name ? { suite: suite.name } : {},
            ...test.classname ? { classname: test.classname } : {},
            name: test.name,
            ...test.file ? { file: test.file } : {},
            attempts: flakyAttempts !== void 0 ? flakyAttempts.length + 1 : runs,
            failures: (flakyAttempts ?? retryReasons ?? []).slice(0, FLAKY_MESSAGES)
          });
        }
      }
    };
  });
  hiddenParents();
  unlistedPending();
  if (suiteFailures > STATUS_WARNINGS) unlisted.push(`${opts.file}: ${suiteFailures - STATUS_WARNINGS} more failures of suites outside any test case`);
  if (unlistedSuites > STATUS_WARNINGS) unlisted.push(`${opts.file}: ${unlistedSuites - STATUS_WARNINGS} more suites say tests failed but list no failing test case`);
  if (negativeTimes > STATUS_WARNINGS) warnings.push(`${opts.file}: ${negativeTimes - STATUS_WARNINGS} more test cases have a negative time, left out of the total time`);
  if (surplusSuites > STATUS_WARNINGS) warnings.push(`${opts.file}: ${surplusSuites - STATUS_WARNINGS} more suites list more test cases than their tests attribute says (judged as above)`);
  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6;
  for (const test of pickedFailures) if (failures.length < maxFailures) failures.push(test);
  return {
    format: "junit",
    totals,
    failures,
    failures_truncated: failures.length < totals.failed + totals.errors - unnamedFailures,
    flaky,
    flaky_count: flakyCount,
    warnings: [...xmlWarnings, ...warnings],
    ...unlisted.length > 0 ? { unlisted_failures: unlisted } : {},
    ...matched ? { matched } : {}
  };
}
var JEST_SUITE_ERROR_CLASS = "Test suite failed to run";
var BATS_LOCATION = /^\((?:from function `[^`']{0,200}' )?in test file (.{1,1000}), line (\d{1,9})\)$/;
var JEST_SUITE_ERROR_HEADER = `\u25CF ${JEST_SUITE_ERROR_CLASS}`;
var CASE_OUTCOME = { passed: "passed", skipped: "skipped", failure: "failed", error: "error" };
function reportCase(onCase, tag, outcome, flaky, rerun, time, suite, files, workspace) {
  let file;
  const fileEnd = tag.copyAttr("file", SCRATCH, 0);
  if (fileEnd >= 0 && LAST_FILE.string !== void 0 && LAST_FILE.of === files && fileEnd === LAST_FILE.length && sameBytes(SCRATCH, LAST_FILE.bytes, fileEnd)) {
    file = LAST_FILE.string;
  } else {
    file = caseFile(fileEnd === -1 ? suite.file : tag.attr("file"), files, workspace);
    LAST_FILE.string = void 0;
    if (fileEnd >= 0 && file !== void 0 && fileEnd <= LAST_FILE.bytes.length) {
      for (let i = 0; i < fileEnd; i++) LAST_FILE.bytes[i] = SCRATCH[i];
      LAST_FILE.length = fileEnd;
      LAST_FILE.string = file;
      LAST_FILE.of = files;
    }
  }
  let idLength = -1;
  const cls = tag.copyAttr("classname", SCRATCH, 0);
  const nodeClass = cls === 4 && SCRATCH.toString("latin1", 0, 4) === NODE_CLASSNAME && !!suite.name && !suite.pytest;
  if (cls !== -2 && !nodeClass) {
    const at = cls > 0 ? cls + 2 : 0;
    if (cls > 0) SCRATCH[cls] = SCRATCH[cls + 1] = 58;
    const end = tag.copyAttr("name", SCRATCH, at);
    if (end !== -2) idLength = end === -1 ? at : end;
  }
  if (idLength >= 0) {
    CASE.id = "";
    CASE.idBytes = SCRATCH;
    CASE.idLength = idLength;
  } else {
    const name = tag.attr("name") ?? "";
    CASE.id = testId(tag.attr("classname") || void 0, name, suite);
    CASE.idBytes = void 0;
    CASE.idLength = void 0;
  }
  CASE.file = file;
  CASE.suite = suite.name;
  CASE.outcome = CASE_OUTCOME[outcome];
  CASE.flaky = flaky && outcome === "passed";
  CASE.rerun = rerun;
  CASE.duration_ms = time !== void 0 && time >= 0 && time < Infinity ? time * 1e3 : void 0;
  onCase(CASE);
}
function sameBytes(a, b, n) {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
function caseFile(raw, files, workspace) {
  if (!raw) return void 0;
  let file = files.get(raw);
  if (file === void 0) {
    file = toWorkspacePath(raw, workspace);
    if (files.size < 1e4) files.set(raw, file);
  }
  return file;
}
var SCRATCH = Buffer.allocUnsafe(1 << 16);
var LAST_FILE = {
  bytes: Buffer.allocUnsafe(4096),
  length: 0,
  string: void 0,
  of: void 0
};
var CASE = { id: "", file: void 0, suite: void 0, outcome: "passed", flaky: false, rerun: false, duration_ms: void 0 };
var STATUS_ATTRIBUTES = new AsciiNames(["status", "result", "executed"]);
function statusOutcome(tag, unknown) {
  const present = tag.attrsOf(STATUS_ATTRIBUTES);
  if (present === void 0) return void 0;
  let gravest;
  for (const [name, value] of present) {
    const word = value.toLowerCase().replace(/[\s_-]/g, "");
    if (word === "") continue;
    const meaning = Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : "unknown";
    if (meaning === "unknown") unknown(value);
    else if (gravest === void 0 || RANK[meaning] > RANK[gravest.outcome]) gravest = { outcome: meaning, said: `${name}="${value}"` };
  }
  return gravest;
}
function wholeCount(tag, name) {
  const value = tag.number(name);
  return value !== void 0 && Number.isInteger(value) && value >= 0 ? value : 0;
}
function named(tag) {
  return (tag.attr("name") ?? "") !== "";
}
function identity(tag) {
  return `${tag.attr("classname") ?? ""}\0${tag.attr("name") ?? ""}\0${tag.attr("file") ?? ""}\0${tag.attr("line") ?? ""}\0${tag.attr("id") ?? ""}`;
}
function classOf(classname, suite) {
  return classname === NODE_CLASSNAME && suite?.name && !suite.pytest ? suite.name : classname;
}
var NODE_CLASSNAME = "test";
function testId(classname, name, suite) {
  const cls = classOf(classname, suite);
  return cls ? `${cls}::${name}` : name;
}
function suiteLabel(suite) {
  const name = suite.name?.trim();
  if (name === void 0 || name === "" || name === "undefined" || name === "null") {
    if (suite.ordinal === 0) return `the report's <testsuites> root (${suite.name === void 0 ? "no name" : `named ${JSON.stringify(suite.name)}`})`;
    return `the ${ordinal(suite.ordinal)} suite of the report (${suite.name === void 0 ? "no name" : `named ${JSON.stringify(suite.name)}: no name of its own`})`;
  }
  return `the suite ${JSON.stringify(suite.name)}`;
}
function ordinal(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}
async function parseJUnitFile(path, opts) {
  const file = opts.file ?? path;
  try {
    return await parseJUnit({ path }, { ...opts, file });
  } catch (err) {
    if (!(err instanceof ReportError) || !err.detail.startsWith("not XML:")) throw err;
    const output = otherTestOutput(await fileStart(path));
    throw output === void 0 ? err : new ReportError(err.file, err.format, err.where, `${err.detail}: ${output}`);
  }
}
async function fileStart(path) {
  try {
    const handle = await openRegularFile(path);
    try {
      const buffer = Buffer.alloc(DETECT_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
      return buffer.toString("utf8", 0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}
function failedTest(tag, kind, message, suite, workspace, lookups = fileLookups(), failure) {
  const failureText = failure?.text;
  const name = tag.attr("name") ?? "";
  const classname = tag.attr("classname") || void 0;
  const test = { id: testId(classname, name, suite), name, kind, message };
  if (classname) test.classname = classname;
  const file = tag.attr("file") ?? suite?.file;
  if (file) test.file = toWorkspacePath(file, workspace);
  else if (classname && !suite?.pytest) {
    const named2 = classnameFile(classname, workspace, lookups);
    if (named2) test.file = named2;
    else {
      const at = /^(.{1,1024}):(\d{1,9})$/.exec(classname);
      const there = at && Number(at[2]) >= 1 ? classnameFile(at[1], workspace, lookups) : void 0;
      if (there) {
        test.file = there;
        test.line = Number(at[2]);
      }
    }
  } else if (suite?.pytest && classname) {
    const module = pytestModuleFile(classname, workspace, lookups);
    const def = module ? pytestDefLine(workspace, module, classname, name) : void 0;
    if (module && def !== void 0) {
      test.file = module;
      if (tag.attr("line") === void 0) test.line = def;
    }
  }
  const line = tag.attr("line");
  if (line !== void 0 && /^\d+$/.test(line)) {
    test.line = Number(line) + (suite?.pytest ? 1 : 0);
  }
  const bats = failureText === void 0 ? null : BATS_LOCATION.exec(firstLine(failureText));
  if (bats) {
    const file2 = classnameFile(bats[1], workspace, lookups);
    if (file2 !== void 0 && (test.file === void 0 || test.file === file2)) {
      test.file = file2;
      test.line ??= Number(bats[2]);
    }
  }
  if (test.line === void 0 && test.file && failureText) {
    const at = frameLine(failureText, test.file, workspace);
    if (at !== void 0) test.line = at;
  }
  if (test.file === void 0 && failureText && !suite?.pytest) {
    const at = textLocation(failureText, workspace, failure.lookups);
    if (at !== void 0) {
      test.file = at.file;
      test.line = at.line;
    }
  }
  return test;
}
var TEXT_LOCATIONS = 8;
function textLocation(text, workspace, lookups) {
  const place = /File "([^"\n]{1,1024})", line (\d{1,9})|(?:^|[\s([<'"`])(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()[\]<>'"`:]{1,1024}):(\d{1,9})\b/gm;
  const head = text.slice(0, FAILURE_TEXT_LIMIT);
  let tried = 0;
  for (let m = place.exec(head); m && tried < TEXT_LOCATIONS; m = place.exec(head)) {
    const path = m[1] ?? m[3];
    const line = Number(m[2] ?? m[4]);
    if (line < 1 || !/\.\w+$/.test(path)) continue;
    tried++;
    const file = classnameFile(path, workspace, lookups);
    if (file !== void 0) return { file, line };
  }
  return void 0;
}
function frameLine(text, file, workspace) {
  const frame = /(?<![^\s()'"`:])(?:file:\/\/(?:\/(?=[A-Za-z]:))?)?((?:[A-Za-z]:)?[^\s()'"`:]+):(\d{1,9})(?::\d+)?/g;
  for (let m = frame.exec(text); m; m = frame.exec(text)) {
    const line = Number(m[2]);
    if (line >= 1 && toWorkspacePath(m[1], workspace) === file) return line;
  }
  return void 0;
}
function fileLookups(roots = []) {
  return { left: MODULE_LOOKUPS, found: /* @__PURE__ */ new Map(), roots: roots.filter((r) => r !== "" && r !== "." && !r.startsWith("/") && !r.startsWith("..")) };
}
function lookedUp(lookups, key, find) {
  if (lookups.found.has(key)) return lookups.found.get(key);
  if (lookups.left <= 0) return void 0;
  lookups.left--;
  const found = find();
  lookups.found.set(key, found);
  return found;
}
function classnameFile(classname, workspace, lookups) {
  if (classname.length > 1024 || classname.includes("\0") || !/[./\\]/.test(classname)) return void 0;
  return lookedUp(lookups, `c\0${classname}`, () => {
    const path = toWorkspacePath(classname, workspace);
    if (path === "" || path.startsWith("/") || path.startsWith("../") || /^[A-Za-z]:/.test(path)) return void 0;
    const isFile = (p) => statSync(join(workspace, p), { throwIfNoEntry: false })?.isFile() === true;
    if (isFile(path)) return path;
    return lookups.roots.map((root) => posix.normalize(`${root}/${path}`)).find((p) => !p.startsWith("../") && isFile(p));
  });
}
function pytestDefLine(workspace, module, classname, name) {
  const fn = /^[A-Za-z_]\w*/.exec(name)?.[0];
  if (!fn) return void 0;
  const lines = moduleLines(workspace, module);
  if (!lines) return void 0;
  const parts = classname.split(".");
  const moduleParts = module.slice(0, -3).split("/");
  const start = parts.findIndex((_, i) => i <= MODULE_PREFIX_PARTS && moduleParts.every((m, j) => parts[i + j] === m));
  if (start < 0) return void 0;
  const classes = parts.slice(start + moduleParts.length);
  let from = 0;
  for (const cls of classes) {
    const header = new RegExp(`^\\s*class\\s+${cls}\\b`);
    const at2 = lines.findIndex((l, i) => i >= from && header.test(l));
    if (at2 < 0) return void 0;
    from = at2 + 1;
  }
  const def = new RegExp(`^\\s*(?:async\\s+)?def\\s+${fn}\\s*\\(`);
  const at = lines.findIndex((l, i) => i >= from && def.test(l));
  return at < 0 ? void 0 : at + 1;
}
function moduleLines(workspace, module) {
  const path = join(workspace, module);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info?.isFile() || info.size > 4 * 1024 * 1024) return void 0;
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  if (MODULE_LINES.has(key)) return MODULE_LINES.get(key);
  let lines;
  try {
    lines = readFileSync(path, "utf8").split("\n");
  } catch {
    lines = void 0;
  }
  if (MODULE_LINES.size >= 1e3) MODULE_LINES.clear();
  MODULE_LINES.set(key, lines);
  return lines;
}
var MODULE_LINES = /* @__PURE__ */ new Map();
function pytestModuleFile(classname, workspace, lookups) {
  if (classname.length > 1024) return void 0;
  const parts = classname.split(".");
  const identifier = /^[A-Za-z_]\w*$/;
  return lookedUp(lookups, `p\0${classname}`, () => {
    for (let start = 0; start <= Math.min(MODULE_PREFIX_PARTS, parts.length - 1); start++) {
      if (!parts.slice(start).every((p) => identifier.test(p))) continue;
      for (let k = Math.min(parts.length, start + MODULE_DEPTH); k > Math.max(start, parts.length - MODULE_TRIES); k--) {
        const path = `${parts.slice(start, k).join("/")}.py`;
        if (statSync(join(workspace, path), { throwIfNoEntry: false })?.isFile()) return path;
      }
    }
    return void 0;
  });
}
var MODULE_DEPTH = 32;
var MODULE_PREFIX_PARTS = 3;
var MODULE_TRIES = 6;
var MODULE_LOOKUPS = 1e3;
var CATCH2_MAYFAIL = "TEST_CASE tagged with !mayfail";
function eunitReason(text) {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split("\n");
  const at = lines.findIndex((line) => /^\*\*(error|exit|throw):/.test(line));
  if (at < 0) return "";
  const term = [lines[at].trim()];
  for (const line of lines.slice(at + 1)) {
    if (!/^\s+\S/.test(line)) break;
    term.push(line.trim());
  }
  return clipChars(term.join(" "), MESSAGE_LIMIT);
}
var CT_MESSAGE = /^Test \S{1,400} in \S{1,400} failed!$/;
function erlangReason(text) {
  const term = text.slice(0, 8 * MESSAGE_LIMIT).trim();
  if (!term.startsWith("{")) return "";
  let depth = 0;
  let quoted = false;
  for (let i = 1; i < term.length; i++) {
    const c = term[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") {
      if (depth === 0) break;
      depth--;
    } else if (c === "," && depth === 0) {
      return /^\s*\[\s*\{/.test(term.slice(i + 1)) ? firstLine(term.slice(1, i).replace(/\s+/g, " ")) : firstLine(term.replace(/\s+/g, " "));
    }
  }
  return firstLine(term.replace(/\s+/g, " "));
}
var QT_SKIP = /^\s*message="[^]*" type="skip"\s*$/;
var CT_CONFIG_FUNCTIONS = /* @__PURE__ */ new Set(["init_per_suite", "end_per_suite", "init_per_group", "end_per_group"]);
var NOSE2_UNEXPECTED_SUCCESS = "test passes unexpectedly";
function phpunitAttempt(testcase) {
  if (testcase.copyAttr("class", NO_BYTES, 0) === -1) return 0;
  const name = testcase.attr("name");
  const attempt = name === void 0 ? null : PHPUNIT_ATTEMPT.exec(name);
  return attempt ? Number(attempt[1]) : 0;
}
var PHPUNIT_ATTEMPT = / \(attempt (\d{1,6}) of \d{1,6}\)$/;
var NO_BYTES = Buffer.alloc(0);
function ctestFailedNotRun(testcase, skipped) {
  if (testcase.attr("status") !== "notrun") return void 0;
  const name = testcase.attr("name");
  if (name === void 0 || testcase.attr("classname") !== name) return void 0;
  const reason = skipped.attr("message")?.trim();
  if (!reason || reason.startsWith("SKIP_") || reason === "Disabled") return void 0;
  return reason;
}
var PYTEST_COLLECTION = "collection failure";
function collectionFailure(text) {
  const raised = [...text.slice(0, 4 * MESSAGE_LIMIT).matchAll(/^E {1,}(\S.*)$/gm)].at(-1)?.[1];
  return raised ? firstLine(`${PYTEST_COLLECTION}: ${raised}`) : PYTEST_COLLECTION;
}
function textMessage(text, testcase) {
  const first = firstLine(withoutPhpunitName(text, testcase)) || firstLine(text);
  if (BATS_LOCATION.test(first)) return firstLine(text.slice(text.indexOf(first) + first.length)) || first;
  if (first.startsWith("::in function ")) return eunitReason(text) || first;
  if (first !== JEST_SUITE_ERROR_HEADER) return first;
  const cause = firstLine(text.slice(text.indexOf(JEST_SUITE_ERROR_HEADER) + JEST_SUITE_ERROR_HEADER.length));
  return cause === "" ? JEST_SUITE_ERROR_CLASS : firstLine(`${JEST_SUITE_ERROR_CLASS}: ${cause}`);
}
function withoutPhpunitName(text, testcase) {
  const name = testcase?.attr("name");
  if (!testcase || !name) return text;
  const cls = testcase.attr("class");
  const start = text.length - text.trimStart().length;
  if (cls !== void 0 && text.startsWith(`${cls}::${name}`, start)) {
    const end = text.indexOf("\n", start);
    return end < 0 ? "" : text.slice(end + 1);
  }
  return name.endsWith(".phpt") && text.startsWith(name, start) ? text.slice(start + name.length) : text;
}
function nodeTapFailure(text) {
  const lines = text.slice(0, FAILURE_TEXT_LIMIT).split("\n");
  const caret = lines.findIndex((line, i) => i > 0 && /^\s*-*\^\s*$/.test(line));
  if (caret < 0 || lines[caret - 1].trim() === "") return "";
  let message = lines[caret - 1].trim();
  const diff = lines.findIndex((line) => line === "diff: |");
  if (diff >= 0) {
    const block = [];
    for (const line of lines.slice(diff + 1)) {
      if (!line.startsWith("  ")) break;
      block.push(line.slice(2));
    }
    const expected = block.filter((l) => l.startsWith("-") && !l.startsWith("---"));
    const actual = block.filter((l) => l.startsWith("+") && !l.startsWith("+++"));
    if (expected.length === 1 && actual.length === 1) message += `: expected ${expected[0].slice(1)}, actual ${actual[0].slice(1)}`;
  }
  return firstLine(message);
}
var GO_MESSAGES = /* @__PURE__ */ new Set(["Failed", "Build error", "Runtime error"]);
var WRITER_WORDS = /* @__PURE__ */ new Set(["test failure", "None"]);
var BOOST_MESSAGES = /* @__PURE__ */ new Set(["failure", "unexpected exception", "test-suite time out"]);
function boostFailure(text) {
  const head = text.trimStart();
  if (head.startsWith("ASSERTION FAILURE:")) return firstLine(/^- message: ?(.*)$/m.exec(head)?.[1] ?? "");
  if (head.startsWith("UNCAUGHT EXCEPTION:")) {
    const at = head.indexOf("EXCEPTION STACK TRACE:");
    const start = at < 0 ? -1 : head.indexOf("\n", at);
    if (start >= 0) return firstLine(head.slice(start + 1).replace(/^-{5,}$[\s\S]*/m, ""));
  }
  return "";
}
function goFailure(text) {
  const output = text.slice(0, 8 * MESSAGE_LIMIT).split("\n").filter((line) => !/^\s*(?:=== (?:RUN|CONT|PAUSE|NAME)\b|--- (?:FAIL|PASS|SKIP): |=+\s*$)/.test(line));
  const at = output.findIndex((line) => /^\s*[\w./-]{1,500}\.go:\d{1,9}: /.test(line));
  return firstLine(output.slice(Math.max(at, 0)).join("\n"));
}
function rustFailure(output) {
  const lines = output.slice(0, FAILURE_TEXT_LIMIT).split("\n");
  const at = lines.findIndex((line) => /^thread '.*' (?:\(\d+\) )?panicked at /.test(line) || line.startsWith("Error: "));
  return at < 0 ? "" : firstLine(lines.slice(at).join("\n"));
}
function cucumberStep(output) {
  for (const line of output.slice(0, FAILURE_TEXT_LIMIT).split("\n")) {
    const status = /(failed|undefined|pending|ambiguous)\s*$/.exec(line);
    if (!status) continue;
    let start = status.index;
    while (start > 0 && line[start - 1] === ".") start--;
    const step = line.slice(0, start);
    if (status.index - start >= 3 && step.length >= 1 && step.length <= 401 && /^\S/.test(step)) return firstLine(`${step}: ${status[1]}`);
  }
  return "";
}
function bareMatcher(message) {
  return EXPECT_MATCHER.test(message) && !message.includes(" (Expected");
}
function matcherValues(message, text) {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split("\n");
  const at = lines.findIndex((line) => EXPECT_MATCHER.test(line));
  if (at < 0) return message;
  const withValues = firstLine(lines.slice(at).join("\n"));
  return withValues.includes(" (Expected") ? firstLine(`${message}${withValues.slice(withValues.indexOf(" (Expected"))}`) : message;
}
var EXPECT_MATCHER = /\bexpect\(.{0,100}?\)\.(?:not\.|resolves\.|rejects\.)?\w+\(/;
var LOCATION_ONLY = /^(?:unknown file|[^\s:]{1,1000}:\d{1,9}(?::\d{1,9})?:?)$/;
function firstLine(text) {
  const lines = text.slice(0, 8 * MESSAGE_LIMIT).split("\n");
  let at = lines.findIndex((line) => line.trim() !== "");
  if (at < 0) return "";
  if (LOCATION_ONLY.test(lines[at].trim())) {
    const next = lines.findIndex((line, i) => i > at && line.trim() !== "");
    if (next > at) at = next;
  }
  let headline = lines[at].trim();
  if (headline.endsWith(":")) {
    const traceback = headline.endsWith("Traceback (most recent call last):");
    const next = lines.slice(at + 1).find((line) => line.trim() !== "" && !(traceback && /^\s/.test(line)));
    if (next !== void 0 && !/^\s+at .{0,400}\(.{0,400}:\d+:\d+\)\s*$/.test(next)) headline = traceback ? next.trim() : `${headline} ${next.trim()}`;
  }
  if (EXPECT_MATCHER.test(headline)) {
    const rest = lines.slice(at + 1, at + 12);
    const expected = rest.find((line) => /^\s*Expected\b[^:]{0,40}: /.test(line));
    const received = rest.find((line) => /^\s*Received\b[^:]{0,40}: /.test(line));
    if (expected !== void 0 && received !== void 0) headline += ` (${expected.trim()}, ${received.trim()})`;
  }
  return clipChars(headline, MESSAGE_LIMIT);
}

// src/reports/coverage-lcov.ts
var COVERAGE_PY_BRANCH = /^(jump to line \d+|jump to the function exit|exit the module|exit class '.*'|return from function '.*')$/;
var MAX_WARNINGS = 20;
var MAX_LINE = 64 * 1024;
async function parseLcov(input, opts) {
  const files = /* @__PURE__ */ new Map();
  let current;
  let lineNo = 0;
  const warnings = [];
  const lowerWarnings = [];
  let unlisted = 0;
  let zeroLines = 0;
  let zeroAt = 0;
  let sawDa = false;
  let coveragePyBranches = false;
  let sawFunctions = false;
  let daWithoutChecksum = false;
  let daCountsAboveOne = false;
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
    if (digits === 0 || digits > 9 || line === 0 || buf[i] !== 44 || i >= end) return false;
    i++;
    let hits = 0;
    digits = 0;
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      hits = hits * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || i < end && buf[i] !== 44 && buf[i] !== 13) return false;
    const hit = hits > 0;
    current.lines.add(line, hit);
    current.da++;
    if (hit) current.daHit++;
    if (hits > 1) daCountsAboveOne = true;
    if (i >= end || buf[i] !== 44) daWithoutChecksum = true;
    return true;
  };
  const skippedLine = (buf, start, end) => {
    if (!current) return false;
    if (buf[start] === 84 && buf[start + 1] === 78 && buf[start + 2] === 58) return true;
    if (buf[start] !== 70 || buf[start + 1] !== 78) return false;
    for (let i = start + 2; i < end; i++) {
      const c = buf[i];
      if (c === 58) {
        sawFunctions = true;
        return true;
      }
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
    record.file.branches.set(key, hit || (record.file.branches.get(key) ?? false));
    record.brda++;
    if (hit) record.brdaHit++;
    return true;
  };
  const closeRecord = () => {
    const record = current;
    if (!record) return;
    current = void 0;
    const { file } = record;
    if (record.da > 0) sawDa = true;
    if (record.lf !== void 0) file.lf = Math.max(file.lf ?? 0, record.lf);
    if (record.lh !== void 0) file.lh = Math.max(file.lh ?? 0, record.lh);
    if (record.brf !== void 0) file.brf = Math.max(file.brf ?? 0, record.brf);
    if (record.brh !== void 0) file.brh = Math.max(file.brh ?? 0, record.brh);
    const lower = lowerSummary(record.da, record.daHit, record.lf, record.lh);
    if (lower) file.summaryLower = true;
    const problems = [
      ...contradictions(record.da, record.daHit, record.lf, record.lh, ["LF", "LH", "DA lines", "hit"]),
      ...contradictions(record.brda, record.brdaHit, record.brf, record.brh, ["BRF", "BRH", "BRDA branches", "taken"])
    ];
    if (problems.length === 0) return;
    if (warnings.length >= MAX_WARNINGS) {
      unlisted++;
      return;
    }
    const counted = record.da > 0 || record.brda > 0 ? "counted from its line data" : "the hits capped at the total";
    warnings.push(`${opts.file} line ${record.line}: the record of ${record.name} ${problems.join(" and ")}; ${counted}`);
    if (lower) lowerWarnings.push({ at: warnings.length - 1, file });
  };
  const handle = (buf, start, end) => {
    lineNo++;
    if (fastDa(buf, start, end) || skippedLine(buf, start, end) || fastCount(buf, start, end)) return;
    let line = buf.toString("utf8", start, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (lineNo === 1 && line.startsWith("\uFEFF")) line = line.slice(1);
    if (line === "" || line.charCodeAt(0) <= 32 && line.trim() === "") return;
    if (line.startsWith("#")) return;
    if (line === "end_of_record") {
      if (!current) fail("end_of_record outside a record");
      closeRecord();
      return;
    }
    const colon = line.indexOf(":");
    const key = colon > 0 ? line.slice(0, colon) : "";
    if (!/^[A-Z][A-Z_]*$/.test(key)) {
      const other = lineNo === 1 ? otherCoverageFormat(`${line}
`) : void 0;
      fail(`"${line.slice(0, 60)}" is not an lcov record line (KEY:value)${other ? `: this is ${other}` : ""}`);
    }
    const value = line.slice(colon + 1);
    if (key === "SF") {
      if (value === "") fail("SF: without a file name");
      closeRecord();
      const path = toWorkspacePath(value, opts.workspace);
      let file = files.get(path);
      if (!file) {
        file = { records: 0, lines: new LineSet(), branches: /* @__PURE__ */ new Map() };
        files.set(path, file);
      }
      file.records++;
      current = { file, lines: file.lines, name: value, line: lineNo, da: 0, daHit: 0, brda: 0, brdaHit: 0 };
      return;
    }
    if (key === "TN" || key === "VER") return;
    if (!current) fail(`${key}: before any SF: line`);
    const record = current;
    switch (key) {
      case "DA": {
        const fields = value.split(",");
        const [lineField, hitsField] = fields;
        const hits = Number(hitsField);
        if (hitsField === void 0 || hitsField === "" || !Number.isFinite(hits)) fail(`DA:${value.slice(0, 40)} has no hit count`);
        const number = count(lineField, "the DA line number");
        if (number === 0) {
          if (zeroLines++ === 0) zeroAt = lineNo;
          record.file.zeroLines = true;
          return;
        }
        record.lines.add(number, hits > 0);
        record.da++;
        if (hits > 0) record.daHit++;
        if (hits > 1 || !Number.isInteger(hits)) daCountsAboveOne = true;
        if (fields.length < 3) daWithoutChecksum = true;
        return;
      }
      case "BRDA": {
        const parts = value.split(",");
        if (parts.length < 4) fail(`BRDA:${value.slice(0, 40)} needs line,block,branch,taken`);
        const taken = parts[parts.length - 1];
        const key2 = parts.slice(0, -1).join(",");
        if (!coveragePyBranches && COVERAGE_PY_BRANCH.test(parts.slice(2, -1).join(","))) coveragePyBranches = true;
        const hit = taken !== "-" && Number(taken) > 0;
        record.file.branches.set(key2, hit || (record.file.branches.get(key2) ?? false));
        record.brda++;
        if (hit) record.brdaHit++;
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
        if (key.startsWith("FN")) sawFunctions = true;
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
  if (current) {
    fail(`the record of ${current.name.slice(0, 200)} (its SF: on line ${current.line}) has no end_of_record: the file ends inside it, so it was cut short (its writer stopped mid-write?) and lines of it may be missing`);
  }
  if (files.size === 0) {
    throw new ReportError(opts.file, "lcov", `line ${lineNo}`, "no SF: record (no source file) in the report");
  }
  const result = [];
  for (const [name, f] of files) {
    const single = f.records === 1;
    const counted = f.lines.counts();
    let lines = counted.total > 0 || f.zeroLines ? single ? reconcileLines(counted.total, counted.covered, f.lf) : counted : { covered: Math.min(f.lh ?? 0, f.lf ?? 0), total: f.lf ?? 0 };
    if (single && f.summaryLower && f.lf !== void 0 && f.lh !== void 0) {
      lines = { covered: f.lh, total: f.lf };
      f.fromSummary = true;
    }
    const file = { file: name, lines_covered: lines.covered, lines_total: lines.total };
    if (f.branches.size > 0) {
      let taken = 0;
      for (const hit of f.branches.values()) if (hit) taken++;
      const branches = single ? reconcileLines(f.branches.size, taken, f.brf) : { covered: taken, total: f.branches.size };
      file.branches_covered = branches.covered;
      file.branches_total = branches.total;
    } else if (f.brf !== void 0) {
      file.branches_covered = Math.min(f.brh ?? 0, f.brf);
      file.branches_total = f.brf;
    }
    result.push(file);
  }
  for (const { at, file } of lowerWarnings) {
    if (file.fromSummary) {
      warnings[at] = warnings[at].replace(
        /; counted from its line data$/,
        "; counted as its LF/LH say, the lower figure (a line counted once per function that has it, as gcovr counts, and listed once)"
      );
    }
  }
  if (zeroLines > 0) warnings.push(`${opts.file} line ${zeroAt}: ${zeroLines} DA line(s) numbered 0 left out, as no source line has that number`);
  const report = reportFromFiles("lcov", result);
  if (sawDa && !sawFunctions && !daWithoutChecksum && !daCountsAboveOne || coveragePyBranches) report.producer = "coverage.py";
  if (unlisted > 0) warnings.push(`${opts.file}: ${unlisted} more record(s) whose summary contradicts their line data`);
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
function lowerSummary(listed, hit, total, covered) {
  return listed > 0 && total !== void 0 && covered !== void 0 && total > listed && covered <= total && covered * listed < hit * total;
}
function contradictions(listed, hit, total, covered, [totalKey, coveredKey, what, verb]) {
  const problems = [];
  if (listed === 0) {
    if (total !== void 0 && covered !== void 0 && covered > total) problems.push(`says ${coveredKey}:${covered}, more than ${totalKey}:${total}`);
    return problems;
  }
  if (total !== void 0 && total > listed) problems.push(`says ${totalKey}:${total} but lists ${listed} ${what}`);
  const reconciled = reconcileLines(listed, hit, total);
  if (covered !== void 0 && covered !== hit && covered !== reconciled.covered) {
    problems.push(`says ${coveredKey}:${covered} but ${hit} of its ${listed} ${what} were ${verb}`);
  }
  return problems;
}
async function parseLcovFile(path, opts) {
  return parseLcov(reusedChunks(path), { file: opts.file ?? path, workspace: opts.workspace });
}

// src/reports/coverage.ts
var COVERAGE_FORMATS = ["coverage.py-json", "cobertura", "lcov", "istanbul-summary", "istanbul-final", "jacoco"];
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
    case "jacoco": {
      const { parseJacoco } = await import("./coverage-jacoco-TBAEKSD6.js");
      return parseJacoco({ path }, { ...options, ...opts.resolver ? { resolver: opts.resolver } : {} });
    }
    default:
      throw new ReportError(path, String(format), "format", `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(", ")}`);
  }
}

// src/reports/coverage-scope.ts
var PYTEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/;
var RUN_OUTPUTS = /^(\.\/)*\.spec-to-production\//;
var EXAMPLES = 5;
function isOutsideWorkspace(file) {
  return file === "" || file === ".." || file.startsWith("../") || file.startsWith("/") || /^[A-Za-z]:\//.test(file);
}
function normalizeSource(source) {
  let s = source.replace(/\\/g, "/").replace(/\/+$/, "");
  while (s.startsWith("./")) s = s.slice(2);
  return s === "." ? "" : s;
}
function scopeCoverage(report, scope = {}) {
  if (report.files.length === 0) {
    if (report.lines_total === 0) return report;
    return {
      ...report,
      warnings: [...report.warnings ?? [], "the coverage report lists no file: it could not be checked against the workspace and the component paths"]
    };
  }
  const sources = scope.sources?.map(normalizeSource);
  const wholeWorkspace = sources === void 0 || sources.length === 0 || sources.includes("");
  const tests = scope.tests?.map(normalizeSource) ?? [];
  const inside = (file, dir) => dir === "" || file === dir || file.startsWith(`${dir}/`);
  const holdsSource = (t) => (sources ?? [""]).some((s) => inside(s, t));
  const separable = tests.filter((t) => !holdsSource(t));
  const byName = tests.some(holdsSource);
  const isTest = (file) => separable.some((t) => inside(file, t)) || byName && tests.some((t) => inside(file, t)) && PYTEST_FILE.test(file);
  const kept = [];
  const examples = [];
  let outsideWorkspace = 0;
  let outsideComponent = 0;
  let testFiles = 0;
  let runOutputs = 0;
  let linesLeftOut = 0;
  for (const original of report.files) {
    let file = original;
    if (isOutsideWorkspace(file.file) && scope.realWorkspace !== void 0) {
      const relative = toWorkspacePath(file.file, scope.realWorkspace);
      if (!isOutsideWorkspace(relative)) file = { ...file, file: relative };
    }
    let out = false;
    if (isOutsideWorkspace(file.file)) {
      outsideWorkspace++;
      out = true;
    } else if (RUN_OUTPUTS.test(file.file)) {
      runOutputs++;
      out = true;
    } else if (!wholeWorkspace && !sources.some((s) => inside(file.file, s))) {
      outsideComponent++;
      out = true;
    } else if (isTest(file.file)) {
      testFiles++;
      out = true;
    }
    if (!out) {
      kept.push(file);
      continue;
    }
    linesLeftOut += file.lines_total;
    if (examples.length < EXAMPLES) examples.push(file.file);
  }
  if (outsideWorkspace + outsideComponent + testFiles + runOutputs === 0) return report;
  const scoped = reportFromFiles(report.format, kept);
  const result = { ...report, ...scoped };
  if (report.branches_total !== void 0 && scoped.branches_total === void 0) {
    result.branches_total = 0;
    result.branches_covered = 0;
  } else if (report.branches_total === void 0) {
    delete result.branches_total;
    delete result.branches_covered;
  }
  result.left_out = { outside_workspace: outsideWorkspace, outside_component: outsideComponent, test_files: testFiles, run_outputs: runOutputs, lines_total: linesLeftOut, examples };
  return result;
}

// src/reports/tests-and-coverage.ts
async function readTestReport(path, opts) {
  const format = opts.format ?? await detectFormat(path);
  if (format !== "junit") {
    throw opts.format === void 0 ? new ReportError(path, "auto-detect", "content", `this is a ${format} coverage report, not a JUnit test report`) : new ReportError(path, format, "format", "unknown test report format; the only one is junit");
  }
  return parseJUnitFile(path, { workspace: opts.workspace, maxFailures: opts.maxFailures, ...opts.match ? { match: opts.match } : {}, onCase: opts.onCase, ...opts.roots ? { roots: opts.roots } : {} });
}
async function readCoverageReport(path, opts) {
  const format = opts.format ?? await detectFormat(path);
  if (format === "junit") throw new ReportError(path, "auto-detect", "root element", "this is a JUnit test report, not a coverage report");
  const resolver = format === "jacoco" ? await jacocoResolver(opts.workspace, opts.scope) : void 0;
  return scopeCoverage(await parseCoverage(path, { workspace: opts.workspace, format, ...resolver ? { resolver } : {} }), opts.scope);
}
async function jacocoResolver(workspace, scope) {
  const [{ indexListing }, { SourceIndex }] = await Promise.all([import("./git-index-4CN5EAJY.js"), import("./coverage-jacoco-TBAEKSD6.js")]);
  const listing = await indexListing(workspace);
  if (listing === null || listing === "too-many") return void 0;
  const files = listing.entries.filter((e) => e.mode !== "120000" && e.mode !== "160000").map((e) => e.path);
  const sources = (scope?.sources ?? []).map((s) => s.replace(/\/+$/, "")).filter((s) => s !== "." && s !== "");
  return new SourceIndex(files, sources);
}

export {
  PYTEST_COLLECTION,
  readTestReport,
  readCoverageReport
};
