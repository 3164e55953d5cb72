import {
  changeLinesOf,
  componentCoverageScope
} from "./chunk-W7GZBQVP.js";
import {
  ReportSnapshot,
  commandFor,
  isGlobTemplate,
  readFreshReport,
  reportPathFor
} from "./chunk-R4WM47HZ.js";
import {
  PYTEST_RERUNS_MODULE,
  VITEST_RETRIES_FILE
} from "./chunk-JYBEL37R.js";
import {
  trackedUnder
} from "./chunk-TDJYSOY6.js";
import {
  listWorkTree
} from "./chunk-VZCHTACS.js";
import {
  classifyCommand,
  outputGist,
  runStep
} from "./chunk-QDEQBNGY.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import {
  RepositoryProbe
} from "./chunk-YJ4WECTM.js";
import {
  pytestOption
} from "./chunk-V5KI2VEC.js";
import {
  coverageThreshold,
  judgeCoverage,
  judgePassRate
} from "./chunk-ZKR3GZX6.js";
import {
  FLAKY_MESSAGES
} from "./chunk-6G4JLRTB.js";

// src/engine/stages/testing.ts
import { statSync } from "node:fs";
import { stat as stat2 } from "node:fs/promises";

// src/gates/quarantine.ts
function globSource(glob) {
  let source = "";
  for (const ch of glob) source += ch === "*" ? "[\\s\\S]*" : ch === "?" ? "[\\s\\S]" : ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  return source;
}
function pytestJunitId(nodeId) {
  const parts = nodeId.split("::");
  if (parts.length < 2 || !/\.py$/.test(parts[0])) return null;
  const path = parts[0].replace(/\.py$/, "").replace(/^\.\//, "").replace(/\//g, ".");
  return `${[path, ...parts.slice(1, -1)].join(".")}::${parts.at(-1)}`;
}
function isExpired(entry, today) {
  return entry.expires !== void 0 && entry.expires < today;
}
function quarantinePolicy(entries, today) {
  const active = entries.filter((e) => !isExpired(e, today));
  const expired = entries.filter((e) => isExpired(e, today));
  const sources = active.map((entry) => [entry.test, pytestJunitId(entry.test)].filter((f) => f !== null).map(globSource).join("|"));
  const patterns = sources.map((source) => new RegExp(`^(?:${source})$`));
  const any = new RegExp(`^(?:${sources.join("|")})$`);
  return {
    active,
    expired,
    match(test) {
      if (patterns.length === 0) return -1;
      const byFile = test.file ? `${test.file}::${test.name}` : void 0;
      const name = any.test(test.id) ? test.id : byFile !== void 0 && any.test(byFile) ? byFile : void 0;
      if (name === void 0) return -1;
      for (let i = 0; i < patterns.length; i++) if (patterns[i].test(test.id) || byFile !== void 0 && patterns[i].test(byFile)) return i;
      return -1;
    }
  };
}

// src/gates/unseen-retries.ts
var VITEST_CONFIGS = ["vitest.config", "vite.config", "vitest.workspace"].flatMap((b) => ["ts", "mts", "cts", "js", "mjs", "cjs"].map((e) => `${b}.${e}`));
var MOCHA_CONFIGS = [".mocharc.js", ".mocharc.cjs", ".mocharc.mjs", ".mocharc.json", ".mocharc.jsonc", ".mocharc.yml", ".mocharc.yaml"];
function countFlag(words, flag) {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const value = w === flag ? words[i + 1] : w.startsWith(`${flag}=`) ? w.slice(flag.length + 1) : void 0;
    if (value !== void 0 && /^\d+$/.test(value) && Number(value) > 0) return Number(value);
  }
  return void 0;
}
function wordsOf(text) {
  return text.split(/[\s'"]+/).filter(Boolean);
}
function uncommented(text) {
  return text.split(/\r?\n/).filter((l) => !/^\s*(\/\/|#|\*|\/\*)/.test(l)).join("\n");
}
function pytestReruns(command, env, probe) {
  const inCommand = countFlag(wordsOf(command), "--reruns");
  if (inCommand !== void 0) return `--reruns ${inCommand} in the test command`;
  const addoptsEnv = env.PYTEST_ADDOPTS;
  const inEnv = addoptsEnv ? countFlag(wordsOf(addoptsEnv), "--reruns") : void 0;
  if (inEnv !== void 0) return `--reruns ${inEnv} in PYTEST_ADDOPTS`;
  const addopts = pytestOption(probe, "addopts");
  const inConfig = addopts ? countFlag(addopts.words, "--reruns") : void 0;
  if (inConfig !== void 0) return `--reruns ${inConfig} in pytest's addopts (${addopts?.file})`;
  return void 0;
}
function vitestRetry(command, probe) {
  const inCommand = countFlag(wordsOf(command), "--retry");
  if (inCommand !== void 0) return `--retry ${inCommand} in the test command`;
  for (const file of VITEST_CONFIGS) {
    const text = probe.text(file);
    if (text === null) continue;
    const m = /\bretry\s*:\s*(?:(\d+)|\{[^}]*\bcount\s*:\s*(\d+))/.exec(uncommented(text));
    const count = Number(m?.[1] ?? m?.[2] ?? 0);
    if (count > 0) return `retry: ${count} in ${file}`;
  }
  return void 0;
}
function vitestRetriesRecorded(command, probe) {
  if (!command.includes(`/${VITEST_RETRIES_FILE}`)) return false;
  const [major, minor] = (probe.nodePackageVersion("vitest") ?? "").split(".").map(Number);
  return major > 3 || major === 3 && minor >= 2;
}
function mochaRetries(command, probe) {
  const inCommand = countFlag(wordsOf(command), "--retries");
  if (inCommand !== void 0) return `--retries ${inCommand} in the test command`;
  for (const file of MOCHA_CONFIGS) {
    const text = probe.text(file);
    const count = text === null ? 0 : Number(/["']?\bretries["']?\s*:\s*(\d+)/.exec(uncommented(text))?.[1] ?? 0);
    if (count > 0) return `retries: ${count} in ${file}`;
  }
  const own = probe.packageJson()?.mocha;
  if (typeof own?.retries === "number" && own.retries > 0) return `retries: ${own.retries} in package.json's mocha`;
  return void 0;
}
function runs(command, probe, runner) {
  if (runner.test(command)) return true;
  if (!/(^|[\s;&|(])(npm|pnpm|yarn)\s+(run\s+)?test(?=$|[\s;&|)])/.test(command)) return false;
  const script = probe.packageJson()?.scripts?.test;
  return typeof script === "string" && runner.test(script);
}
function unseenRetries(command, env, probe) {
  const warnings = [];
  const unseen = (setting, runner, report) => {
    warnings.push(
      `RETRIES UNSEEN: ${setting} retries a failing test within the run, and ${report} records only its last attempt: whether a pass came on a retry is not checked \u2014 a test that passed only on a retry counts here as a plain pass and cannot be flagged flaky (flaky: fail cannot count it). To have flaky tests found, turn ${runner}'s retries off: error_recovery.testing reruns the command and flags what passes on a rerun as flaky`
    );
  };
  if (/(^|[\s/;&|(])(py\.test|pytest)(?=$|[\s;&|)])|-m\s+pytest\b/.test(command)) {
    const where = command.includes(`-p ${PYTEST_RERUNS_MODULE}`) ? void 0 : pytestReruns(command, env, probe);
    if (where) unseen(where, "pytest-rerunfailures", "pytest's JUnit report");
  }
  if (runs(command, probe, /\bvitest\b/) && !vitestRetriesRecorded(command, probe)) {
    const where = vitestRetry(command, probe);
    if (where) unseen(where, "vitest", "vitest's JUnit reporter");
  }
  if (runs(command, probe, /\bmocha\b/)) {
    const where = mochaRetries(command, probe);
    if (where) unseen(where, "mocha", "mocha's JUnit reporter (xunit or mocha-junit-reporter)");
  }
  return warnings;
}

// src/engine/stages/unmeasured-sources.ts
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
var TEST_CODE = [
  /(^|\/)(__tests__|__mocks__|__snapshots__|__fixtures__)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/,
  // Go's test files: `go test` compiles them into the test binary, and its cover profile never measures them
  // (google/uuid: its seven *_test.go files were named as sources no test loaded).
  /_test\.go$/,
  // Maven's and Gradle's test source sets (src/test/java, src/androidTest/kotlin…): JaCoCo measures the main classes only.
  /(^|\/)src\/(test|androidTest|testFixtures|integrationTest)\//,
  /\.d\.[cm]?ts$/,
  // Tools' own configuration, which the tools run and no test loads: what vitest's default coverage.exclude (and
  // test-exclude's, c8's and nyc's) leaves out by name (laphilosophia/sigil-security: packages/core/tsup.config.ts and
  // vitest.config.ts were named as sources no test loaded, the advice to measure them would have lowered the figure).
  /(^|\/)(karma|rollup|webpack|vite|vitest|jest|ava|babel|nyc|cypress|tsup|tsdown|build|eslint|prettier|playwright)\.config\.[cm]?[jt]s$/,
  /(^|\/)vitest\.(workspace|projects)\.[cm]?[jt]s$/,
  /(^|\/)\.(eslintrc|mocharc)\.[cm]?js$/
];
async function unmeasuredSources(workspace, report, scope) {
  let sources = scope.sources;
  if (!sources || sources.length === 0 || report.files.length === 0) return null;
  const wholeRepository = sources.includes(".");
  if (wholeRepository) sources = measuredTopDirectories(report);
  const measured = new Set(report.files.map((f) => f.file));
  const extensions = new Set(report.files.map((f) => extname(f.file)).filter((e) => e !== ""));
  if (extensions.size === 0) return null;
  const tracked = wholeRepository ? await trackedIn(workspace, sources) : await trackedUnder(workspace, sources);
  if (tracked === null) return null;
  const inside = (file, dir) => dir === "." || file === dir || file.startsWith(`${dir}/`);
  const testDirs = (scope.tests ?? []).filter((t) => !sources.some((s) => inside(s, t)));
  const omitted = report.producer === "coverage.py" ? await coverageOmit(workspace) : () => false;
  const missing = [];
  for (const file of tracked) {
    if (measured.has(file) || !extensions.has(extname(file))) continue;
    if (TEST_CODE.some((re) => re.test(file)) || testDirs.some((t) => inside(file, t)) || omitted(file)) continue;
    const size = await stat(join(workspace, file)).then((s) => s.isFile() ? s.size : 0, () => 0);
    if (size === 0) continue;
    if (extname(file) === ".go" && await goNeverMeasured(workspace, file, size)) continue;
    if (JAVA_DECLARATIONS_ONLY.test(file)) continue;
    if (extname(file) === ".php" && await phpInterfaceOnly(workspace, file, size)) continue;
    if (/\.[cm]?tsx?$/.test(file) && await typeScriptTypesOnly(workspace, file, size)) continue;
    missing.push(file);
  }
  return missing.sort();
}
var JAVA_DECLARATIONS_ONLY = /(^|\/)(?:package|module)-info\.java$/;
var PHP_TOKENS = /\/\*[\s\S]*?\*\/|(?:\/\/|#(?!\[))[^\n]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g;
var TS_TOKENS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
var GO_TOKENS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|`[^`]*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
function withoutCommentsAndStrings(text, tokens) {
  return text.replace(tokens, (token) => token.startsWith("/*") ? " " : token.startsWith("//") || token.startsWith("#") ? "" : "''");
}
async function phpInterfaceOnly(workspace, file, size) {
  const text = await smallText(workspace, file, size);
  if (text === null) return false;
  const code = withoutCommentsAndStrings(text, PHP_TOKENS).replace(/^\s*<\?php\b|\?>\s*$/g, "");
  const left = [];
  let from = 0;
  let interfaces = 0;
  const head = /\binterface\s+\w/g;
  for (let m = head.exec(code); m; m = head.exec(code)) {
    const header = /[^{;]*/y;
    header.lastIndex = m.index;
    header.exec(code);
    const body = header.lastIndex;
    if (code[body] !== "{") return false;
    let depth = 0;
    let end = body;
    for (; end < code.length; end++) {
      if (code[end] === "{") depth++;
      else if (code[end] === "}" && --depth === 0) break;
    }
    if (depth !== 0) return false;
    left.push(code.slice(from, m.index));
    from = head.lastIndex = end + 1;
    interfaces++;
  }
  left.push(code.slice(from));
  if (interfaces === 0) return false;
  const statements = left.join("").replace(PHP_ATTRIBUTE, "").split(";");
  return statements.pop().trim() === "" && statements.every((statement) => PHP_PREAMBLE.test(statement));
}
var PHP_PREAMBLE = /^\s*(?:namespace\s+[\w\\]+|use\s+[^{}]+|declare\s*\([^()]*\))\s*$/;
var PHP_ATTRIBUTE = /#\[[^\]#]*\]/g;
async function typeScriptTypesOnly(workspace, file, size) {
  const text = await smallText(workspace, file, size);
  if (text === null) return false;
  const code = withoutCommentsAndStrings(text, TS_TOKENS);
  const TYPE_START = /^(?:export\s+)?(?:declare\s+|interface\s|type\s+[\w$]+|import\s+type\s)|^export\s+type\s*\{|^import\s[^'"]*\bfrom\s*''/;
  const CONTINUES = /^(?:[|&>)\]},.:?=]|extends\s)/;
  let depth = 0;
  let declarations = 0;
  let open = false;
  for (const raw of code.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (depth === 0) {
      if (TYPE_START.test(line)) {
        if (!/^import\s/.test(line)) declarations++;
      } else if (!(open || CONTINUES.test(line))) return false;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "{" || c === "(" || c === "[" || c === "<" && line[i + 1] !== "=") depth++;
      else if ((c === "}" || c === ")" || c === "]" || c === ">" && line[i - 1] !== "=") && depth > 0) depth--;
    }
    open = depth === 0 && /(?:[=|&,:<(]|\bextends|\bkeyof|\btypeof)$/.test(line);
  }
  return declarations > 0 && depth === 0;
}
var GO_PLATFORM_SUFFIX = new RegExp(
  "_(?:aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos|386|amd64|amd64p32|arm|armbe|arm64|arm64be|loong64|mips|mipsle|mips64|mips64le|mips64p32|mips64p32le|ppc|ppc64|ppc64le|riscv|riscv64|s390|s390x|sparc|sparc64|wasm)\\.go$"
);
var GO_IGNORED_DIRECTORY = /(^|\/)(?:testdata|vendor|[._][^/]*)\//;
var READ_LIMIT = 1024 * 1024;
async function smallText(workspace, file, size) {
  if (size > READ_LIMIT) return null;
  return readFile(join(workspace, file), "utf8").catch(() => null);
}
async function goNeverMeasured(workspace, file, size) {
  if (GO_PLATFORM_SUFFIX.test(file) || GO_IGNORED_DIRECTORY.test(file)) return true;
  const text = await smallText(workspace, file, size);
  if (text === null) return false;
  const code = withoutCommentsAndStrings(text, GO_TOKENS);
  const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
  if (/^\/\/(?:go:build\s|\s*\+build\s)/m.test(header)) return true;
  return !/\bfunc\b/.test(code);
}
async function coverageOmit(workspace) {
  const [{ RepositoryProbe: RepositoryProbe2 }, { coverageSetting }] = await Promise.all([import("./probe-MXXGCSBR.js"), import("./python-project-P2DGSARH.js")]);
  const probe = new RepositoryProbe2(workspace);
  const patterns = [...coverageSetting(probe, "run", "omit")?.values ?? [], ...coverageSetting(probe, "report", "omit")?.values ?? []];
  if (patterns.length === 0) return () => false;
  const regexps = patterns.map(
    (p) => new RegExp(`^${[...p.replace(/^\.\//, "")].map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("")}$`)
  );
  return (file) => regexps.some((re) => re.test(file) || re.test(`/${file}`) || re.test(join(workspace, file)));
}
function measuredTopDirectories(report) {
  const dirs = /* @__PURE__ */ new Set();
  for (const { file } of report.files) {
    if (file.startsWith("/") || file.startsWith("../") || file === "..") continue;
    const slash = file.indexOf("/");
    dirs.add(slash < 0 ? "." : file.slice(0, slash));
  }
  return [...dirs].sort();
}
async function trackedIn(workspace, dirs) {
  const nested = dirs.filter((d) => d !== ".");
  const [under, root] = await Promise.all([
    nested.length > 0 ? trackedUnder(workspace, nested) : Promise.resolve([]),
    dirs.includes(".") ? trackedUnder(workspace, ["."], { whole: true }) : Promise.resolve([])
  ]);
  if (under === null || root === null) return null;
  return [...under, ...root.filter((file) => !file.includes("/") && !ROOT_TOOLING.test(file))];
}
var ROOT_TOOLING = /^(?:\.|[^/]*\.config\.[cm]?[jt]s$|(?:gulpfile|Gulpfile|Gruntfile|Jakefile)\.[cm]?[jt]s$)/;

// src/engine/stages/testing.ts
async function testingStage(ctx, stage) {
  const { config } = ctx;
  const testing = config.stages.testing;
  const markers = testMarkersOf(ctx);
  markers.catch(() => void 0);
  const removed = testsRemovedOf(ctx);
  removed.catch(() => void 0);
  const result = await runTestSuite(ctx, stage, {
    purpose: "testing",
    gatePrefix: "",
    where: "stages.testing",
    command: testing.command,
    reports: testing.reports,
    timeoutSeconds: testing.timeout_seconds,
    policy: config.error_recovery.testing,
    coverageThreshold: coverageThreshold(config.quality_gates.test_coverage, ctx.target),
    passRatePolicy: {
      flaky: config.quality_gates.test_pass_rate.flaky ?? "warn",
      // Expiry is judged on the run's day in UTC.
      quarantine: quarantinePolicy(config.quality_gates.test_pass_rate.quarantine ?? [], new Date(ctx.host.now()).toISOString().slice(0, 10))
    }
  });
  if (result.coverage !== null) stage.outputs.coverage = result.coverage;
  const leftOut = ctx.testsLeftOut ?? [];
  const passRate = stage.gates.test_pass_rate;
  if (passRate) passRate.warnings = [...passRate.warnings ?? [], ...leftOut];
  else stage.warnings.push(...leftOut);
  const { testMarkerNotes } = await import("./test-markers-NFFXEZYU.js");
  const notes = testMarkerNotes(
    await markers.catch((error) => {
      ctx.host.info(`test markers: not looked for: ${error.message}`);
      return { focused: [] };
    })
  );
  for (const [gate, note] of [[passRate, notes.passRate], [stage.gates.test_coverage, notes.coverage]]) {
    if (!gate) continue;
    gate.warnings = [...gate.warnings ?? [], ...note.warnings];
    Object.assign(gate.details, note.details);
  }
  const taken = await removed.catch((error) => {
    ctx.host.info(`tests removed by the change: not counted: ${error.message}`);
    return null;
  });
  if (taken && passRate) {
    passRate.warnings = [...passRate.warnings ?? [], taken.warning];
    Object.assign(passRate.details, taken.details);
  }
}
async function testsRemovedOf(ctx) {
  const base = ctx.changeBase;
  if (!base) return null;
  const [{ testsRemovedSince, testsRemovedNote, noRecursePattern }, { scope }, { pytestOption: pytestOption2 }] = await Promise.all([
    import("./tests-removed-HKMQ6YU7.js"),
    componentCoverageScope(ctx),
    import("./python-project-P2DGSARH.js")
  ]);
  const noRecurse = pytestOption2(new RepositoryProbe(ctx.host.workspace), "norecursedirs")?.words;
  const found = await testsRemovedSince(ctx.host.workspace, base, scope, noRecurse?.length ? noRecursePattern(noRecurse) : void 0);
  return found ? testsRemovedNote(found, base) : null;
}
async function testMarkersOf(ctx) {
  const workspace = ctx.host.workspace;
  const [{ findTestMarkers }, { TrackedFiles }, { scope }, changed] = await Promise.all([
    import("./test-markers-NFFXEZYU.js"),
    import("./unchecked-sources-G3GRSIKH.js"),
    componentCoverageScope(ctx),
    changeLinesOf(ctx)
  ]);
  const found = await findTestMarkers(workspace, new TrackedFiles(workspace), scope, changed ?? void 0);
  return ctx.changeBase && changed ? { ...found, base: ctx.changeBase } : found;
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
  const junitGlob = suite.reports?.junit !== void 0 && isGlobTemplate(suite.reports.junit.path);
  const coverage = suite.reports?.coverage && reportPathFor(ctx, suite.reports.coverage.path, `${suite.where}.reports.coverage`, suite.vars);
  const skip = `or set ${suite.where.split(".").slice(0, 2).join(".")}.enabled: false to skip the stage on purpose`;
  if (!junit) stage.fail(`no JUnit report is configured (${suite.where}.reports.junit): the pass rate cannot be measured. Have the test command write JUnit XML and name it there, ${skip}`, "configuration");
  if (!coverage) {
    stage.fail(
      `no coverage report is configured (${suite.where}.reports.coverage): coverage cannot be measured. Have the test command write one \u2014 lcov, Cobertura XML, JaCoCo XML, coverage.py JSON or Istanbul's coverage-summary.json \u2014 and name it there, ${skip}`,
      "configuration"
    );
  }
  if (!junit || !coverage) return none;
  const scope = await componentCoverageScope(ctx);
  const failingSets = [];
  const ranBefore = [];
  const started = host.now();
  let snapshot;
  let reading;
  let manyFiles;
  const junitFiles = () => manyFiles ??= import("./junit-files-QPJ7Q2FU.js");
  let junitSource;
  const step = await runStep(ctx, stage, {
    purpose: suite.purpose,
    command,
    timeoutSeconds: suite.timeoutSeconds,
    env: suite.env,
    policy: suite.policy,
    beforeAttempt: async () => {
      snapshot = await ReportSnapshot.take([junit, coverage]);
      if (junitGlob || snapshot.wasDirectory(junit)) {
        const files = await junitFiles();
        junitSource ??= junitGlob ? await files.globSource(suite.reports.junit.path, { ...ctx.templateVars, ...suite.vars }, host.workspace, junit, `${suite.where}.reports.junit`) : files.directorySource(junit, host.workspace);
        await snapshot.include(await files.listJUnitFiles(junitSource, host.workspace));
      }
      if (reading === void 0) {
        reading = import("./test-reading-UQHWMVNH.js");
        reading.catch(() => void 0);
      }
    },
    judge: async (result) => {
      const readers = await (reading ?? import("./test-reading-UQHWMVNH.js"));
      const failedBefore = new Set(failingSets.flatMap((set) => [...set.keys()]));
      if (!junitGlob && junitSource === void 0 && await isDirectory(junit)) junitSource = (await junitFiles()).directorySource(junit, host.workspace);
      const many = junitSource ? { source: junitSource, files: await junitFiles() } : void 0;
      const attempt2 = await readAttempt(ctx, readers, result, suite, junit, coverage, snapshot, scope, failedBefore, many);
      if (attempt2.tests) ranBefore.push({ executed: attempt2.tests.totals.total - attempt2.tests.totals.skipped, truncated: attempt2.tests.failures_truncated });
      return judgeAttempt(attempt2, failingSets, suite.policy.retry_on_timeout, readers.PYTEST_COLLECTION);
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
  const { flaky, vanished } = rerunFlaky(failingSets, attempt.tests, attempt.passedAgain);
  const outputs = suite.gatePrefix ? stage.outputs[suite.purpose] ??= {} : stage.outputs;
  outputs.attempts = step.attempts;
  outputs.flaky_tests = flaky.map((t) => t.id);
  if (suite.gatePrefix === "") ctx.testCases?.collector?.markFlaky(outputs.flaky_tests);
  if (flaky.length > 0 && suite.passRatePolicy?.flaky !== "ignore") stage.warnings.push(`flaky tests (failed, then passed on a rerun of the command): ${flaky.map((t) => t.id).join(", ")}`);
  if (!outcome.ok && !attempt.tests) {
    const gist = outputGist(attempt.result.tail, (text) => ctx.redactor.redact(text));
    stage.fail(`the ${suite.purpose} command failed: ${outcome.reason}${gist ? `; ${gist}` : ""}`, classifyCommand(attempt.result, suite.policy.retry_on_timeout).errorType ?? "exit_code");
  }
  const passRateGate = `${suite.gatePrefix}test_pass_rate`;
  let passed = true;
  if (attempt.tests) {
    const j = judgePassRate(attempt.tests, config.quality_gates.test_pass_rate.required, flaky, suite.passRatePolicy);
    const lastRan = attempt.tests.totals.total - attempt.tests.totals.skipped;
    if (!outcome.ok && lastRan === 0 && attempt.result.exitCode !== 0) {
      const gist = outputGist(attempt.result.tail, (text) => ctx.redactor.redact(text));
      const at = j.errors.findIndex((e) => e.startsWith("the report has no executed test"));
      const why = `the ${suite.purpose} command failed (${classifyCommand(attempt.result, suite.policy.retry_on_timeout).description}), and ${gist}`;
      if (gist && at >= 0) j.errors[at] = `${j.errors[at]}; ${why}`;
    }
    const unknown = step.attempts > 1 ? ranBefore.slice(0, -1).find((a) => a.truncated && a.executed > lastRan) : void 0;
    if (unknown) {
      j.passed = false;
      j.errors.push(
        `an earlier attempt of the ${suite.purpose} command failed more tests than its report kept by name, and ran ${unknown.executed} tests; the last attempt ran ${lastRan}: the failures it may have left out never passed, so the rerun does not clear them`
      );
    }
    if (vanished.length > 0) {
      j.passed = false;
      j.errors.push(
        `${vanished.length} test(s) failed in an earlier attempt of the ${suite.purpose} command and the last attempt's report does not show them passing (left out or skipped), so their failure stands: ` + vanished.slice(0, 10).map((t) => `${t.id} (${t.message.split("\n")[0].slice(0, 200)})`).join("; ") + (vanished.length > 10 ? `; and ${vanished.length - 10} more` : "")
      );
    }
    const broken = attempt.tests.totals.failed + attempt.tests.totals.errors;
    const exitCode = attempt.result.exitCode;
    const excused = broken > 0 && j.details.quarantined_failures === broken && (exitCode === 1 || exitCode === Math.min(broken, 255));
    if (excused && j.passed && exitCode !== 0) {
      j.warnings.push(
        `the ${suite.purpose} command exited with status ${exitCode}, and every failing test of its report is quarantined, so that status is taken as theirs: a failure its report does not show (a test file that failed to load, which jest-junit leaves out unless reportTestSuiteErrors is set) would be excused with it`
      );
    }
    if (j.passed && exitCode !== 0 && !excused) {
      j.passed = false;
      const reruns = attempt.tests.flaky_count ?? 0;
      const quarantinedOnly = broken > 0 && j.details.quarantined_failures === broken;
      j.errors.push(
        `the ${suite.purpose} command failed (${classifyCommand(attempt.result).description}) although its report shows no failing test` + (quarantinedOnly ? ` but quarantined ones, which explain exit status 1 (mocha's: their number, ${Math.min(broken, 255)}), not this` : "") + "; see the command output" + (reruns > 0 ? ` (${reruns} test(s) of the report failed and then passed under the same name, read as reruns: if they are different tests that share a name, give them distinct names)` : "")
      );
    }
    if (suite.passRatePolicy?.flaky !== "ignore") j.warnings.push(...unseenRetries(command, { ...process.env, ...suite.env }, new RepositoryProbe(host.workspace)));
    if (attempt.junitFiles) {
      j.details.junit_files = attempt.junitFiles.detail;
      j.warnings.push(...attempt.junitFiles.warnings);
    }
    const brokeTests = attempt.tests.totals.failed + attempt.tests.totals.errors + vanished.length > 0 || unknown !== void 0;
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: j.passed,
        details: j.details,
        errors: j.errors,
        warnings: j.warnings,
        findings: j.findings,
        ...j.passed ? {} : { error_type: brokeTests ? "threshold_not_met" : attempt.result.timedOut ? "timeout" : "exit_code" }
      })
    );
    passed &&= j.passed;
  } else {
    stage.addGate(
      gateResult(passRateGate, started, now, {
        passed: false,
        details: { required: config.quality_gates.test_pass_rate.required, ...attempt.junitFiles ? { junit_files: attempt.junitFiles.detail } : {} },
        errors: [attempt.testsProblem ?? "no test report"],
        ...attempt.junitFiles?.warnings.length ? { warnings: attempt.junitFiles.warnings } : {},
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
    if (scope.note) j.warnings.push(scope.note);
    const unmeasured = await unmeasuredSources(host.workspace, attempt.coverage, scope.scope);
    if (unmeasured && unmeasured.length > 0) {
      j.details.unmeasured_files = unmeasured.length;
      const shown = unmeasured.slice(0, 5).join(", ") + (unmeasured.length > 5 ? ", \u2026" : "");
      j.warnings.push(
        `${unmeasured.length} source file(s) of the component not measured (${shown}): they are in no coverage report \u2014 no test loaded them \u2014 so the figure counts none of their lines. ` + measureEverySource(unmeasured)
      );
    }
    if (ctx.changed) {
      const { patchCoverageOf } = await import("./changed-BAJ4LCF2.js");
      const patch = await patchCoverageOf(coverage, attempt.coverage.format, host.workspace, ctx.changed);
      j.details.patch_coverage = patch;
      if ("no_line_data" in patch && patch.no_line_data) {
        j.warnings.push(
          `patch coverage: ${patch.no_line_data.length} changed file(s) have no per-line data in the coverage report (${patch.no_line_data.slice(0, 5).join(", ")}${patch.no_line_data.length > 5 ? ", \u2026" : ""}): compiled without line numbers, their changed lines are in neither count`
        );
      }
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
        errors: [(attempt.coverageProblem ?? "no coverage report") + vitestReportOnFailure(suite.command, attempt)],
        error_type: "report"
      })
    );
    passed = false;
  }
  return { passed: passed && outcome.ok, cancelled: false, coverage: measured, reportRead: attempt.tests !== void 0 };
}
async function readAttempt(ctx, { readTestReport, readCoverageReport, TestCaseCollector, workTreeEntries }, result, suite, junit, coverage, before, scope, failedBefore, many) {
  const { workspace } = ctx.host;
  const ran = `the ${suite.purpose} command (${classifyCommand(result).description})`;
  const collector = suite.gatePrefix === "" && ctx.testCases ? new TestCaseCollector(many ? 0 : sizeOf(junit)) : void 0;
  const listed = collector ? listWorkTree(ctx, workTreeEntries) : void 0;
  const passedAgain = failedBefore.size > 0 ? /* @__PURE__ */ new Set() : void 0;
  const onCase = passedAgain === void 0 ? collector?.onCase : (test) => {
    collector?.onCase(test);
    if (test.outcome !== "passed") return;
    const id = test.id !== "" || test.idBytes === void 0 ? test.id : test.idBytes.toString("utf8", 0, test.idLength);
    if (failedBefore.has(id)) passedAgain.add(id);
  };
  const readJUnit = (path, each) => readTestReport(path, {
    workspace,
    format: suite.reports?.junit?.format,
    onCase: each,
    // A runner run in the component's package writes paths relative to it.
    roots: [...scope.scope.tests ?? [], ...scope.scope.sources ?? []].filter((p) => !/[*?[\]{}]/.test(p)),
    ...suite.passRatePolicy?.quarantine?.active.length ? { match: suite.passRatePolicy.quarantine.match } : {}
  });
  const [tests, cov] = await Promise.all([
    many ? many.files.readJUnitFiles(before, many.source, { workspace, ran, onCase }, readJUnit) : readFreshReport(before, junit, { workspace, what: "JUnit report", ran }, () => readJUnit(junit, onCase)),
    readFreshReport(
      before,
      coverage,
      { workspace, what: "coverage report", ran },
      () => readCoverageReport(coverage, { workspace, format: suite.reports?.coverage?.format, scope: scope.scope })
    )
  ]);
  if (collector && ctx.testCases) {
    ctx.testCases.collector = tests.value ? collector : null;
    ctx.testCases.messages = new Map((tests.value?.failures ?? []).map((f) => [f.id, f.message]));
    ctx.testCases.listed = listed;
  }
  return {
    result,
    tests: tests.value,
    coverage: cov.value,
    testsProblem: tests.problem,
    coverageProblem: cov.problem,
    ...passedAgain ? { passedAgain } : {},
    ...tests.detail ? { junitFiles: { detail: tests.detail, warnings: tests.warnings ?? [] } } : {}
  };
}
function judgeAttempt(attempt, failingSets, retryOnTimeout, PYTEST_COLLECTION) {
  const cls = classifyCommand(attempt.result, retryOnTimeout);
  const failing = new Map((attempt.tests?.failures ?? []).map((f) => [f.id, f]));
  failingSets.push(failing);
  if (cls.errorType === null) return { value: attempt, ok: true, retryable: false, reason: cls.description };
  if (cls.transient) return { value: attempt, ok: false, retryable: true, reason: cls.description };
  if (cls.errorType === "exit_code" && attempt.tests && failing.size > 0) {
    const uncollected = [...failing.values()].filter((f) => f.kind === "error" && f.message.startsWith(PYTEST_COLLECTION)).length;
    if (uncollected === failing.size && !attempt.tests.failures_truncated) {
      return { value: attempt, ok: false, retryable: false, reason: `${uncollected} test module(s) could not be collected (pytest: collection failure): deterministic, not rerun` };
    }
    const previous = failingSets.at(-2);
    const same = previous !== void 0 && previous.size === failing.size && [...failing.keys()].every((id) => previous.has(id));
    return same ? { value: attempt, ok: false, retryable: false, reason: `the same ${failing.size} test(s) failed again: deterministic failure` } : { value: attempt, ok: false, retryable: true, reason: `${failing.size} test(s) failed; rerunning to tell flaky from deterministic` };
  }
  return { value: attempt, ok: false, retryable: false, reason: `${cls.description}: deterministic failure, not retried` };
}
function rerunFlaky(failingSets, last, passedAgain) {
  if (last === void 0 || failingSets.length < 2) return { flaky: [], vanished: [] };
  const lastFailing = failingSets.at(-1);
  if (last.failures_truncated) return { flaky: [], vanished: [] };
  const byId = /* @__PURE__ */ new Map();
  const vanished = /* @__PURE__ */ new Map();
  for (const attempt of failingSets.slice(0, -1)) {
    for (const [id, test] of attempt) {
      if (lastFailing.has(id)) continue;
      if (!passedAgain?.has(id)) {
        vanished.set(id, test);
        continue;
      }
      const entry = byId.get(id) ?? { id, ...test.classname ? { classname: test.classname } : {}, name: test.name, ...test.file ? { file: test.file } : {}, attempts: 1, failures: [] };
      entry.attempts++;
      if (entry.failures.length < FLAKY_MESSAGES) entry.failures.push(test.message);
      byId.set(id, entry);
    }
  }
  const byName = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return { flaky: [...byId.values()].sort(byName), vanished: [...vanished.values()].sort(byName) };
}
async function isDirectory(path) {
  return stat2(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
function vitestReportOnFailure(command, attempt) {
  const failed = attempt.tests ? attempt.tests.totals.failed + attempt.tests.totals.errors : 0;
  if (failed === 0 || attempt.coverage || !attempt.coverageProblem?.includes(" wrote no ")) return "";
  if (!command || !/\bvitest\b/.test(command) || /reportOnFailure/.test(command)) return "";
  return " \u2014 vitest writes no coverage report for a run in which a test failed unless coverage.reportOnFailure is set (--coverage.reportOnFailure=true)";
}
function measureEverySource(files) {
  if (files.every((f) => f.endsWith(".php"))) {
    return 'Have PHPUnit measure every source (processUncoveredFiles="true" on <coverage> in phpunit.xml, PHPUnit 9; <source><include> from PHPUnit 10)';
  }
  return "Have the tool measure every source (jest collectCoverageFrom, vitest coverage.include, c8 --all, coverage.py source)";
}

export {
  testingStage,
  runTestSuite
};
