import {
  lastSetting,
  originOf
} from "./chunk-QFJOODSQ.js";
import {
  RepositoryProbe,
  enclosingWorkspace
} from "./chunk-YJ4WECTM.js";
import {
  pytestOption
} from "./chunk-V5KI2VEC.js";
import {
  BOTH_HALVES
} from "./chunk-HXZPDVJ2.js";
import {
  COMMAND_VARS,
  DEPLOYMENT_VARS,
  PATH_VARS,
  renderTemplate,
  templateProblem,
  validateComponentName
} from "./chunk-4GTCQ74A.js";
import {
  describeSchemaError,
  formatKeyPath,
  locate,
  validateConfig
} from "./chunk-24GEDJX4.js";
import {
  MAX_FLOW_DEPTH,
  MAX_FRONTMATTER_CHARS,
  MAX_SPEC_BYTES,
  nestsTooDeep,
  tooDeepAt
} from "./chunk-KEV4FWKC.js";
import {
  LineCounter,
  isMap,
  isScalar,
  parseDocument,
  visit
} from "./chunk-4LSZ7FBK.js";
import {
  openRegularFile,
  reportText
} from "./chunk-HYULKLIY.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";

// src/config/detect.ts
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var NODE_MARKERS = ["package.json"];
var PYTHON_MARKERS = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"];
var DENO_MARKERS = ["deno.json", "deno.jsonc"];
var OTHER_PROJECTS = [
  { files: ["pom.xml"], kind: "a Maven project" },
  { files: ["build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"], kind: "a Gradle project" },
  { files: ["Cargo.toml"], kind: "a Rust (Cargo) project" },
  { files: ["go.mod"], kind: "a Go module" },
  { files: ["composer.json"], kind: "a PHP (Composer) project" },
  { files: ["Gemfile", "gems.rb"], kind: "a Ruby (Bundler) project" }
];
var NODE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var PYTHON_EXTENSIONS = /\.pyi?$/;
var MAX_ENTRIES = 2e3;
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function present(workspace, names) {
  const found = [];
  for (const name of names) if (await isFile(join(workspace, name))) found.push(name);
  return found;
}
async function countSources(dir) {
  const counts = { python: 0, node: 0 };
  const queue = [dir];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_ENTRIES) {
    const current = queue.shift();
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) queue.push(join(current, entry.name));
      } else if (PYTHON_EXTENSIONS.test(entry.name)) {
        counts.python++;
      } else if (NODE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        counts.node++;
      }
    }
  }
  return counts;
}
async function componentManifests(workspace, sourcePath) {
  const parts = sourcePath.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) return void 0;
  for (let k = parts.length; k > 0; k--) {
    const dir = parts.slice(0, k).join("/");
    const node = await present(join(workspace, dir), NODE_MARKERS);
    const python = await present(join(workspace, dir), PYTHON_MARKERS);
    if (node.length === 0 && python.length === 0) continue;
    if (node.length > 0 && python.length > 0) return void 0;
    const [preset, found] = node.length > 0 ? ["node", node] : ["python", python];
    const atRoot = await present(workspace, preset === "node" ? NODE_MARKERS : PYTHON_MARKERS);
    if (atRoot.length > 0) return void 0;
    return { preset, source: `detected: ${found.map((f) => `${dir}/${f}`).join(", ")} (the component's own; the repository root has no ${preset === "node" ? "package.json" : "Python project file"})` };
  }
  return void 0;
}
async function detectPreset(workspace, sourcePath) {
  const own = await componentManifests(workspace, sourcePath);
  if (own) return own;
  const node = await present(workspace, NODE_MARKERS);
  const python = await present(workspace, PYTHON_MARKERS);
  if (node.length > 0 && python.length === 0) return { preset: "node", source: `detected: ${node.join(", ")}` };
  if (python.length > 0 && node.length === 0) return { preset: "python", source: `detected: ${python.join(", ")}` };
  if (node.length === 0) {
    const deno = await present(workspace, DENO_MARKERS);
    if (deno.length > 0) return { preset: "none", source: `detected: ${deno[0]}, a Deno project, which no preset drives (node and python only): see tests and coverage` };
    for (const other of OTHER_PROJECTS) {
      const found = await present(workspace, other.files);
      if (found.length > 0) return { preset: "none", source: `detected: ${found[0]}, ${other.kind}, which no preset drives (node and python only): see tests and coverage` };
    }
    return { preset: "none", source: `detected: none of ${[...NODE_MARKERS, ...PYTHON_MARKERS].join(", ")} found` };
  }
  const markers = [...node, ...python].join(", ");
  const counts = await countSources(resolve(workspace, sourcePath));
  if (counts.python > counts.node) {
    return { preset: "python", source: `detected: ${markers}; ${sourcePath} holds mostly Python files` };
  }
  const why = counts.node > counts.python ? `${sourcePath} holds mostly JavaScript/TypeScript files` : `${sourcePath} decides nothing, node by default`;
  return { preset: "node", source: `detected: ${markers}; ${why}` };
}

// src/config/presets.ts
function retry(max_retries, base_delay, exponential_base, max_delay) {
  return { max_retries, base_delay, exponential_base, max_delay, jitter: true, retry_on_timeout: false };
}
var DEFAULTS = {
  preset: "none",
  paths: { source: "src/{component}", tests: "tests/{component}" },
  quality_gates: {
    test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
    test_pass_rate: { required: 100, flaky: "warn", quarantine: [] },
    linting: { max_issues: 0, auto_fix: "suggest" },
    type_checking: { max_errors: 0, max_warnings: null },
    security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }
  },
  stages: {
    // One required section keeps an ordinary spec valid while still refusing an empty or unrelated file.
    specification: { enabled: true, required_sections: ["Requirements"] },
    testing: { enabled: true, reports: {}, timeout_seconds: 600 },
    refactoring: {
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: [".github/instructions/**/*.instructions.md"] }
    },
    staging_deployment: { enabled: true, environment: "staging", timeout_seconds: 600, github_deployment: true },
    production_deployment: {
      enabled: true,
      environment: "production",
      timeout_seconds: 600,
      github_deployment: true,
      criteria: {
        integration_coverage: { threshold: 80 },
        soak: { days: 7, environment: "staging" },
        uptime: { threshold: 99.5, days: 7 }
      }
    }
  },
  error_recovery: {
    testing: retry(3, 1, 2, 10),
    refactoring: retry(2, 1, 2, 10),
    staging_deployment: retry(5, 2, 2, 30),
    production_deployment: retry(3, 5, 1.5, 60),
    circuit_breaker: { failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 }
  },
  context_management: { session: { enabled: true, max_tokens: 8e3 } },
  observability: { metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } }
};
async function fitPreset(name, probe, security = BOTH_HALVES, paths = {}) {
  if (name === "python") return (await import("./preset-python-NSY335OC.js")).pythonPreset(probe, security, paths);
  if (name === "node") return (await import("./preset-node-PZZU5KCU.js")).nodePreset(probe, security, paths);
  return { layer: { preset: "none" }, choices: denoChoices(probe) ?? otherProjectChoices(probe) };
}
function otherProjectChoices(probe) {
  const advice = {
    "a Maven project": 'Surefire writes JUnit XML, one file per test class: stages.testing.reports.junit: "target/surefire-reports/TEST-*.xml"; for coverage, jacoco-maven-plugin (its prepare-agent and report goals in the pom) writes { path: "target/site/jacoco/jacoco.xml", format: jacoco }; for example stages.testing.command: "mvn -B verify"',
    "a Gradle project": `Gradle writes JUnit XML, one file per test class: stages.testing.reports.junit: "build/test-results/test/TEST-*.xml"; for coverage, the jacoco plugin's jacocoTestReport with XML on writes { path: "build/reports/jacoco/test/jacocoTestReport.xml", format: jacoco }; for example stages.testing.command: "./gradlew test jacocoTestReport"`,
    "a Rust (Cargo) project": 'cargo test writes no JUnit XML; cargo-nextest does: with [profile.ci.junit] path = "junit.xml" in .config/nextest.toml, cargo nextest run --profile ci writes target/nextest/ci/junit.xml; cargo-llvm-cov runs it and writes lcov (cargo llvm-cov nextest --profile ci --lcov --output-path {reports}/lcov.info): stages.testing.reports: { junit: "target/nextest/ci/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }',
    "a Go module": "go test writes no JUnit XML; gotestsum does (gotestsum --junitfile {reports}/junit.xml -- -coverprofile={reports}/cover.out ./...); go's cover profile is not a format read here: convert it to Cobertura XML (gocover-cobertura < {reports}/cover.out > {reports}/coverage.xml) and name both in stages.testing.reports",
    "a PHP (Composer) project": 'PHPUnit writes JUnit XML (--log-junit {reports}/junit.xml) and, from PHPUnit 9.4 with a coverage driver loaded (pcov or Xdebug), Cobertura XML (--coverage-cobertura {reports}/coverage.xml); for example stages.testing.command: "vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml"',
    "a Ruby (Bundler) project": `RSpec writes JUnit XML through the rspec_junit_formatter gem (bundle exec rspec --format progress --format RspecJunitFormatter --out {reports}/junit.xml; minitest through minitest-reporters' JUnitReporter); for coverage, SimpleCov with the simplecov-cobertura gem's formatter (SimpleCov.formatter = SimpleCov::Formatter::CoberturaFormatter, in the spec helper before the code loads) writes { path: "coverage/coverage.xml", format: cobertura }; add both gems to the Gemfile`
  };
  const examples = {
    "a Maven project": {
      command: "mvn -B verify",
      reports: '{ junit: "target/surefire-reports/TEST-*.xml", coverage: { path: "target/site/jacoco/jacoco.xml", format: jacoco } }'
    },
    "a Gradle project": {
      command: "./gradlew test jacocoTestReport",
      reports: '{ junit: "build/test-results/test/TEST-*.xml", coverage: { path: "build/reports/jacoco/test/jacocoTestReport.xml", format: jacoco } }'
    },
    "a Rust (Cargo) project": {
      command: "cargo llvm-cov nextest --profile ci --lcov --output-path {reports}/lcov.info",
      reports: '{ junit: "target/nextest/ci/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }'
    },
    // The profile is converted when a test failed too (go test writes it then): coverage is measured either way, and
    // the exit status stays gotestsum's.
    "a Go module": {
      command: "gotestsum --junitfile {reports}/junit.xml -- -coverprofile={reports}/cover.out ./...; status=$?; gocover-cobertura < {reports}/cover.out > {reports}/coverage.xml || exit $(( status ? status : $? )); exit $status",
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }'
    },
    "a PHP (Composer) project": {
      command: "vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml",
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }'
    },
    "a Ruby (Bundler) project": {
      command: "bundle exec rspec --format progress --format RspecJunitFormatter --out {reports}/junit.xml",
      reports: '{ junit: "{reports}/junit.xml", coverage: { path: "coverage/coverage.xml", format: cobertura } }'
    }
  };
  for (const other of OTHER_PROJECTS) {
    const file = other.files.find((f) => probe.file(f));
    if (file === void 0) continue;
    return [
      {
        topic: "tests and coverage",
        chose: "none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)",
        because: `${file}: ${other.kind}, and no preset drives its tests (node's runners and pytest only); ${advice[other.kind]}`,
        ...examples[other.kind] ? { example: examples[other.kind] } : {}
      }
    ];
  }
  return [];
}
function denoChoices(probe) {
  const file = ["deno.json", "deno.jsonc"].find((f) => probe.file(f));
  if (file === void 0) return void 0;
  const command = "deno test -A --junit-path={reports}/junit.xml --coverage={reports}/deno-coverage; status=$?; deno coverage --lcov --output={reports}/lcov.info {reports}/deno-coverage || exit $(( status ? status : $? )); exit $status";
  return [
    {
      topic: "tests and coverage",
      chose: "none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)",
      because: `${file}: a Deno project, and no preset drives deno test (node's runners and pytest only); deno test writes JUnit XML and deno coverage lcov, for example stages.testing.command: ${JSON.stringify(command)} with stages.testing.reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } } (and \`- uses: denoland/setup-deno@v2\` in the workflow before this action)`,
      example: { command, reports: '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }' }
    }
  ];
}
function layoutPaths(probe, component) {
  const declared = pytestTestDir(probe);
  const firstDir = (dirs) => declared?.dir ?? dirs.find((d) => probe.dir(d));
  const from = (tests2) => declared && tests2 === declared.dir ? ` (testpaths in ${declared.file})` : "";
  if (probe.dir(`packages/${component}`)) {
    const dir = `packages/${component}`;
    return { source: dir, tests: dir, because: `${dir} exists: a monorepo package with its tests inside` };
  }
  if (probe.dir(`src/${component}`)) {
    const tests2 = firstDir([`tests/${component}`, "tests", "test", `src/${component}/tests`, `src/${component}/test`]) ?? `src/${component}`;
    return { source: `src/${component}`, tests: tests2, because: `src/${component} exists; tests in ${tests2}${from(tests2)}` };
  }
  const spelled = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(component) ? component.replaceAll(".", "/") : void 0;
  if (spelled !== void 0 && (probe.dir(`src/${spelled}`) || probe.file(`${spelled}/__init__.py`))) {
    const dir = probe.dir(`src/${spelled}`) ? `src/${spelled}` : spelled;
    const tests2 = firstDir([`tests/${component}`, "tests", "test", `${dir}/tests`, `${dir}/test`]) ?? dir;
    return { source: dir, tests: tests2, because: `${dir} exists: the package the dotted name ${component} spells (a namespace package); tests in ${tests2}${from(tests2)}` };
  }
  if (probe.file(`${component}/__init__.py`)) {
    const tests2 = firstDir([`tests/${component}`, "tests", "test", `${component}/tests`, `${component}/test`]) ?? component;
    return { source: component, tests: tests2, because: `${component}/__init__.py: a Python package at the root; tests in ${tests2}${from(tests2)}` };
  }
  const ownManifest = PACKAGE_MANIFESTS.find((m) => probe.file(`${component}/${m}`));
  if (ownManifest !== void 0) {
    return { source: component, tests: component, because: `${component}/${ownManifest} exists: a project of its own in the repository, with its tests inside` };
  }
  const grouped = groupedPackages(probe, component);
  if (grouped.length === 1) {
    const { dir, manifest } = grouped[0];
    return { source: dir, tests: dir, because: `${dir}/${manifest} exists: a monorepo package with its tests inside` };
  }
  const tests = firstDir(["tests", "test", "__tests__"]) ?? ".";
  return {
    source: ".",
    tests,
    because: `no packages/${component}, src/${component}, ${component}/ directory or <group>/${component} package: the whole repository${tests === "." ? "" : `, tests in ${tests}${from(tests)}`}` + (grouped.length > 1 ? ` (${grouped.map((g) => g.dir).join(" and ")} are each a package named ${component}: give paths.source to choose one)` : "")
  };
}
var PACKAGE_MANIFESTS = ["package.json", "pyproject.toml", "setup.py", "setup.cfg"];
var NOT_GROUPS = /* @__PURE__ */ new Set(["node_modules", "src", "test", "tests", "__tests__", "docs", "examples", "example", "fixtures", "__fixtures__", "dist", "build", "venv"]);
function groupedPackages(probe, component) {
  const found = [];
  for (const group of probe.subdirectories(".")) {
    if (group.startsWith(".") || NOT_GROUPS.has(group) || group === "packages") continue;
    const dir = `${group}/${component}`;
    const manifest = PACKAGE_MANIFESTS.find((m) => probe.file(`${dir}/${m}`));
    if (manifest !== void 0) found.push({ dir, manifest });
  }
  return found;
}
function pytestTestDir(probe) {
  const option = pytestOption(probe, "testpaths");
  if (!option) return void 0;
  const dirs = option.words.map((p) => p.replace(/^\.\//, "").replace(/\/+$/, "")).filter(Boolean);
  return dirs.length === 1 && !/[*?[]/.test(dirs[0]) && probe.dir(dirs[0]) ? { dir: dirs[0], file: option.file } : void 0;
}
function defaultConfig() {
  return structuredClone(DEFAULTS);
}

// src/config/load.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import { isAbsolute, posix, relative, resolve as resolve2 } from "node:path";

// src/config/merge.ts
var REPORT_KEYS = [
  "stages.testing.reports.junit",
  "stages.testing.reports.coverage",
  "stages.refactoring.linting.report",
  "stages.refactoring.type_checking.report",
  "stages.refactoring.security.report",
  "stages.staging_deployment.integration_tests.reports.junit",
  "stages.staging_deployment.integration_tests.reports.coverage",
  "stages.production_deployment.e2e_tests.reports.junit",
  "stages.production_deployment.e2e_tests.reports.coverage",
  "stages.production_deployment.criteria.integration_coverage.report"
];
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function normalizeReportRef(value) {
  if (typeof value === "string") return { path: value };
  if (isPlainObject(value) && typeof value.path === "string") {
    return typeof value.format === "string" ? { path: value.path, format: value.format } : { path: value.path };
  }
  return void 0;
}
function normalizeQuarantineEntry(value) {
  if (!isPlainObject(value) || !Object.hasOwn(value, "until")) return structuredClone(value);
  const { until, ...rest } = value;
  return structuredClone(rest.expires === void 0 ? { ...rest, expires: until } : rest);
}
function mergeInto(target, layer, at) {
  for (const key of Object.keys(layer)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const path = at === "" ? key : `${at}.${key}`;
    const value = layer[key];
    if (value === void 0) continue;
    if (REPORT_KEYS.includes(path)) {
      target[key] = normalizeReportRef(value);
    } else if (path === "stages.refactoring.security.reports" && Array.isArray(value)) {
      target[key] = value.map(normalizeReportRef);
    } else if (path === "quality_gates.test_pass_rate.quarantine" && Array.isArray(value)) {
      target[key] = value.map(normalizeQuarantineEntry);
    } else if (isPlainObject(value)) {
      if (!isPlainObject(target[key])) target[key] = {};
      mergeInto(target[key], value, path);
    } else {
      target[key] = structuredClone(value);
    }
  }
}
function mergeLayers(base, ...layers) {
  const result = structuredClone(base);
  for (const layer of layers) {
    if (layer) mergeInto(result, layer, "");
  }
  return result;
}

// src/config/schema.ts
function schemaErrors(data) {
  return validateConfig(data) ? [] : [...validateConfig.errors ?? []];
}

// src/config/load.ts
var DEFAULT_PATHS = [".github/spec-to-production.yml", ".github/spec-to-production.yaml"];
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_SYNTAX_ERRORS = 5;
var PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/;
var QUOTE_HINT = 'a value that starts with a {placeholder}, or has one inside { } or [ ], must be quoted: "{reports}/junit.xml"';
var TEMPLATE_KEYS = [
  [["paths", "source"], PATH_VARS],
  [["paths", "tests"], PATH_VARS],
  [["stages", "testing", "command"], COMMAND_VARS],
  [["stages", "testing", "reports", "junit"], COMMAND_VARS],
  [["stages", "testing", "reports", "coverage"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "command"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "fix_command"], COMMAND_VARS],
  [["stages", "refactoring", "linting", "report"], COMMAND_VARS],
  [["stages", "refactoring", "type_checking", "command"], COMMAND_VARS],
  [["stages", "refactoring", "type_checking", "report"], COMMAND_VARS],
  [["stages", "refactoring", "security", "command"], COMMAND_VARS],
  [["stages", "refactoring", "security", "report"], COMMAND_VARS],
  [["stages", "staging_deployment", "command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "rollback_command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "health_check", "url"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "command"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "reports", "junit"], DEPLOYMENT_VARS],
  [["stages", "staging_deployment", "integration_tests", "reports", "coverage"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "rollback_command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "health_check", "url"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "reports", "junit"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "e2e_tests", "reports", "coverage"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "integration_coverage", "report"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "performance", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "performance", "report"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "uptime", "command"], DEPLOYMENT_VARS],
  [["stages", "production_deployment", "criteria", "uptime", "url"], DEPLOYMENT_VARS]
];
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (!isPlainObject2(current) || !Object.hasOwn(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
async function exists(path) {
  try {
    await stat2(path);
    return true;
  } catch {
    return false;
  }
}
async function findConfigFile(workspace, configPath) {
  if (configPath !== void 0 && configPath !== "") {
    const file = resolve2(workspace, configPath);
    if (!await exists(file)) throw new ConfigurationError(`Configuration file '${configPath}' not found (looked for ${file})`);
    return file;
  }
  const found = [];
  for (const candidate of DEFAULT_PATHS) if (await exists(resolve2(workspace, candidate))) found.push(candidate);
  if (found.length > 1) throw new ConfigurationError(`Both ${found.join(" and ")} exist; keep one of them`);
  return found.length === 1 ? resolve2(workspace, found[0]) : null;
}
function displayName(workspace, file) {
  const rel = relative(workspace, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
async function readConfigText(file, shown) {
  try {
    const info = await stat2(file);
    if (!info.isFile()) throw new ConfigurationError(`Configuration file ${shown} is not a file`);
    if (info.size > MAX_FILE_BYTES) {
      throw new ConfigurationError(`Configuration file ${shown} is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}`);
    }
    return reportText(await readFile(file));
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`Cannot read configuration file ${shown}: ${error.message}`);
  }
}
function fail(shown, lines) {
  const count = lines.length === 1 ? "1 error" : `${lines.length} errors`;
  throw new ConfigurationError(`Invalid configuration file ${shown} (${count}):
${lines.join("\n")}`);
}
function parseYaml(text, shown) {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const before = text.slice(0, deep);
    const line = before.split("\n").length;
    fail(shown, [`${shown}:${line}:${deep - before.lastIndexOf("\n")}: [ or { nested more than ${MAX_FLOW_DEPTH} levels deep: not parsed`]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: true, lineCounter });
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/);
    const messages = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => {
      const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
      const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      const hint = PLACEHOLDER.test(lines[pos.line - 1] ?? "") ? ` (${QUOTE_HINT})` : "";
      return `${shown}:${pos.line}:${pos.col}: ${message}${hint}`;
    });
    const more = doc.errors.length - messages.length;
    if (more > 0) messages.push(`${shown}: ${more} more YAML errors, probably following from the ones above`);
    fail(shown, messages);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const unset = unsetAliases(doc, lineCounter);
    if (unset.length > 0) {
      fail(
        shown,
        unset.map(
          (a) => `${shown}:${a.line}:${a.col}: *${a.source} is read as a YAML alias to an anchor that is not set; a value that starts with * (a glob such as **/build/test-results/test/*.xml) must be quoted: "**/build/test-results/test/*.xml"`
        )
      );
    }
    throw new ConfigurationError(
      `Invalid configuration file ${shown}: ${error.message} (aliases expand to more than ${MAX_ALIAS_COUNT} nodes)`
    );
  }
  return { doc, lineCounter, data: data ?? {} };
}
function unsetAliases(doc, lineCounter) {
  const found = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== void 0 || found.length >= MAX_SYNTAX_ERRORS) return;
      const pos = lineCounter.linePos(node.range?.[0] ?? 0);
      found.push({ source: node.source, line: pos.line, col: pos.col });
    }
  });
  return found;
}
function templateProblems(layer, at) {
  const problems = [];
  for (const [path, allowed] of TEMPLATE_KEYS) {
    let value = valueAt(layer, path);
    let where = path;
    if (isPlainObject2(value) && typeof value.path === "string") {
      value = value.path;
      where = [...path, "path"];
    }
    if (typeof value !== "string") continue;
    const problem = templateProblem(value, allowed) ?? (path[path.length - 1] === "url" ? urlProblem(value) : null) ?? (VERIFYING.has(path.slice(2).join(".")) ? ownEnvironmentProblem(value) : null);
    if (problem) problems.push({ path: [...at, ...where], onKey: false, message: problem });
  }
  return problems;
}
function urlProblem(template) {
  const text = template.trim();
  if (text.startsWith("{") && !text.startsWith("{{")) return null;
  if (/^https?:\/\/[^/]/i.test(text)) return null;
  const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
  return `must be an http:// or https:// URL, or start with a placeholder such as {environment_url} (got ${shown})`;
}
var VERIFYING = /* @__PURE__ */ new Set(["health_check.url", "integration_tests.command", "e2e_tests.command"]);
function ownEnvironmentProblem(template) {
  if (!/\{staging_url\}/.test(template.replace(/\{\{|\}\}/g, ""))) return null;
  return "uses {staging_url}: a health check and the tests against a deployment check the environment their own stage deployed to \u2014 {environment_url} (ENVIRONMENT_URL for tests), the URL that stage's deploy reported (staging's URL is not production's, and is empty while staging deploys)";
}
function quarantineProblems(layer, at) {
  const entries = valueAt(layer, ["quality_gates", "test_pass_rate", "quarantine"]);
  if (!Array.isArray(entries)) return [];
  const problems = [];
  entries.forEach((entry, i) => {
    const test = isPlainObject2(entry) ? entry.test : void 0;
    if (typeof test === "string" && test !== "" && /^[*?:./\\\s-]+$/.test(test)) {
      problems.push({
        path: [...at, "quality_gates", "test_pass_rate", "quarantine", i, "test"],
        onKey: false,
        message: `${JSON.stringify(test)} matches every test, so every failure would be excused and the pass rate would judge nothing: name the tests to quarantine (a test id, a file, a glob with a name in it)`
      });
    }
    for (const key of ["expires", "until"]) {
      const date = isPlainObject2(entry) ? entry[key] : void 0;
      if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
        problems.push({ path: [...at, "quality_gates", "test_pass_rate", "quarantine", i, key], onKey: false, message: `${JSON.stringify(date)} is not a day of the calendar` });
      }
    }
  });
  return problems;
}
function isCalendarDate(text) {
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function validate(data, doc, lineCounter, shown) {
  const problems = [];
  for (const error of schemaErrors(data)) {
    const problem = describeSchemaError(error, data);
    if (problem) problems.push(problem);
  }
  problems.push(...templateProblems(data, []), ...quarantineProblems(data, []));
  const components = valueAt(data, ["components"]);
  if (isPlainObject2(components)) {
    for (const name of Object.keys(components)) {
      problems.push(...templateProblems(components[name], ["components", name]), ...quarantineProblems(components[name], ["components", name]));
    }
  }
  const located = problems.map((problem) => ({ ...locate(doc, lineCounter, problem.path, problem.onKey), problem }));
  located.sort((a, b) => a.line - b.line || a.col - b.col);
  const lines = located.map(({ line, col, problem }) => `${shown}:${line}:${col}: ${formatKeyPath(problem.path)}: ${problem.message}`);
  return [...new Set(lines)];
}
var validTexts = /* @__PURE__ */ new Map();
var MAX_VALID_TEXTS = 16;
function validData(text, shown) {
  let data = validTexts.get(text);
  if (data === void 0) {
    const parsed = parseYaml(text, shown);
    const problems = validate(parsed.data, parsed.doc, parsed.lineCounter, shown);
    if (problems.length > 0) fail(shown, problems);
    data = parsed.data;
    if (validTexts.size >= MAX_VALID_TEXTS) validTexts.delete(validTexts.keys().next().value);
    validTexts.set(text, structuredClone(data));
    return data;
  }
  return structuredClone(data);
}
function keyLines(text, prefix) {
  let parsed;
  return (path) => {
    if (text === "" || path.length === 0) return null;
    if (!parsed) {
      const counter = new LineCounter();
      parsed = { doc: parseDocument(text, { uniqueKeys: true, merge: true, lineCounter: counter }), counter };
    }
    const parent = parsed.doc.getIn([...prefix, ...path.slice(0, -1)], true);
    if (!isMap(parent)) return null;
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
    const range = pair && isScalar(pair.key) ? pair.key.range : null;
    return range ? parsed.counter.linePos(range[0]).line : null;
  };
}
async function loadConfig(opts) {
  const component = validateComponentName(opts.component);
  const workspace = resolve2(opts.workspace);
  const file = await findConfigFile(workspace, opts.configPath);
  if (!file) refuseInsideMonorepo(workspace, component);
  let top = {};
  let overrides = {};
  let shown = "";
  let text = "";
  if (file) {
    shown = displayName(workspace, file);
    text = await readConfigText(file, shown);
    const data = validData(text, shown);
    const { components, ...rest } = data;
    top = rest;
    if (isPlainObject2(components) && Object.hasOwn(components, component)) overrides = components[component];
    else if (isPlainObject2(components)) refuseNearlyNamed(Object.keys(components), component, text, shown);
  }
  const probe = new RepositoryProbe(workspace, opts.env);
  const pathsGiven = (key) => valueAt(overrides, ["paths", key]) ?? valueAt(top, ["paths", key]);
  const specPaths = opts.specFile ? await frontmatterPaths(workspace, opts.specFile) : {};
  const layout = layoutPaths(probe, component);
  const pathsLayer = {};
  const pathChoices = [];
  for (const key of ["source", "tests"]) {
    if (specPaths[key] !== void 0) {
      pathChoices.push({ topic: `paths.${key}`, chose: specPaths[key], because: `frontmatter paths.${key} of ${opts.specFile}` });
    } else if (pathsGiven(key) === void 0) {
      pathsLayer[key] = layout[key];
      pathChoices.push({ topic: `paths.${key}`, chose: layout[key], because: layout.because });
    }
  }
  const sourceTemplate = specPaths.source ?? pathsGiven("source") ?? pathsLayer.source;
  const sourcePath = renderTemplate(sourceTemplate, { component }, "paths.source", { quote: false });
  const testsTemplate = specPaths.tests ?? pathsGiven("tests") ?? pathsLayer.tests;
  const testsPath = renderTemplate(testsTemplate, { component }, "paths.tests", { quote: false });
  let preset;
  let presetSource;
  if (typeof overrides.preset === "string") {
    preset = overrides.preset;
    presetSource = `named in ${shown} at components.${component}.preset`;
  } else if (typeof top.preset === "string") {
    preset = top.preset;
    presetSource = `named in ${shown}`;
  } else {
    const detected = await detectPreset(workspace, sourcePath);
    preset = detected.preset;
    presetSource = detected.source;
  }
  const wanted = (half) => (valueAt(overrides, ["quality_gates", "security", half]) ?? valueAt(top, ["quality_gates", "security", half])) !== false;
  const fitted = await fitPreset(preset, probe, { secrets: wanted("secrets"), vulnerabilities: wanted("vulnerabilities") }, { source: sourcePath, tests: testsPath });
  const frontmatter = Object.keys(specPaths).length > 0 ? { paths: specPaths } : {};
  const layers = [
    { name: "default", layer: defaultConfig() },
    { name: "layout", layer: { paths: pathsLayer } },
    { name: `preset ${preset}`, layer: fitted.layer },
    { name: shown || "file", layer: top, lineOf: keyLines(text, []) },
    { name: `${shown} components.${component}`, layer: overrides, lineOf: keyLines(text, ["components", component]) },
    { name: `${opts.specFile ?? "spec"} frontmatter`, layer: frontmatter }
  ];
  const config = mergeLayers(defaultConfig(), ...layers.slice(1).map((l) => l.layer));
  config.preset = preset;
  dropUnpairedFix(config, layers);
  enableGivenChecks(config, layers);
  config.paths.source = renderTemplate(config.paths.source, { component }, "paths.source", { quote: false });
  config.paths.tests = renderTemplate(config.paths.tests, { component }, "paths.tests", { quote: false });
  const stagingEnv = config.stages.staging_deployment.environment;
  const productionEnv = config.stages.production_deployment.environment;
  const soak = config.stages.production_deployment.criteria?.soak;
  if (soak && lastSetting(layers, ["stages", "production_deployment", "criteria", "soak", "environment"]) <= 0) soak.environment = stagingEnv;
  if (stagingEnv.trim().toLowerCase() === productionEnv.trim().toLowerCase()) {
    const origin = (stage) => originOf(layers, ["stages", stage, "environment"]);
    throw new ConfigurationError(
      `stages.staging_deployment.environment and stages.production_deployment.environment name the same environment ('${stagingEnv}', '${productionEnv}') (set by ${origin("staging_deployment")} and ${origin("production_deployment")}): staging would deploy to production's environment with none of the production criteria checked. Give each stage its own environment.`
    );
  }
  refuseSharedReports(config, layers);
  return { config, file, presetSource, choices: [...pathChoices, ...fitted.choices.map((c) => givenInstead(c, layers, config))], layers };
}
function refuseNearlyNamed(names, component, text, shown) {
  const near = names.find((name) => name.toLowerCase() === component.toLowerCase());
  if (near === void 0) return;
  const { doc, lineCounter } = parseYaml(text, shown);
  const { line, col } = locate(doc, lineCounter, ["components", near], true);
  fail(shown, [
    `${shown}:${line}:${col}: ${formatKeyPath(["components", near])}: names the component '${component}' in another case; component names are case-sensitive, so these overrides would not apply to '${component}'. Write components.${component}`
  ]);
}
function refuseSharedReports(config, layers) {
  const r = config.stages.refactoring;
  if (!r.enabled) return;
  const seen = /* @__PURE__ */ new Map();
  const named = (ref) => `${ref.key.join(".")}${ref.at} (set by ${originOf(layers, ref.key)})`;
  const refs = [];
  for (const name of ["linting", "type_checking", "security"]) {
    const step = r[name];
    if (!step.enabled) continue;
    if (step.report) refs.push({ key: ["stages", "refactoring", name, "report"], at: "", path: step.report.path });
    if (name === "security") r.security.reports.forEach((ref, i) => refs.push({ key: ["stages", "refactoring", name, "reports"], at: `[${i}]`, path: ref.path }));
  }
  for (const ref of refs) {
    const normal = posix.normalize(ref.path.trim().replace(/\\/g, "/")).replace(/\/+$/, "");
    const before = seen.get(normal);
    if (before) {
      throw new ConfigurationError(
        `${named(before)} and ${named(ref)} name the same report file (${ref.path}): the refactoring checks run at the same time, so one would read the report the other wrote as its own. Give each check's report a path of its own.`
      );
    }
    seen.set(normal, ref);
  }
}
function refuseInsideMonorepo(workspace, component, command = "spec-to-production") {
  const enclosing = enclosingWorkspace(workspace);
  if (!enclosing) return;
  const up = relative(workspace, enclosing.root) || ".";
  const here = relative(enclosing.root, workspace);
  throw new ConfigurationError(
    `${workspace} is a package (${here}) of the monorepo at ${enclosing.root} (${enclosing.marker}), not the repository's root: the preset would look only here and miss the lock file, the configuration and the test set-up at the root, and judge other tests or none. Run ${command} from the repository root (--workspace ${up}, or the action's working-directory: .) with --component ${component}, where the layout finds ${here}` + (command === "spec-to-production" ? `; or give this directory a ${DEFAULT_PATHS[0]} with the commands to run here` : "")
  );
}
var LINT_COMMAND = ["stages", "refactoring", "linting", "command"];
var LINT_FIX = ["stages", "refactoring", "linting", "fix_command"];
function dropUnpairedFix(config, layers) {
  const presetAt = layers.findIndex((l) => l.name.startsWith("preset "));
  const lintAt = lastSetting(layers, LINT_COMMAND);
  if (presetAt < 0 || lintAt <= presetAt || lastSetting(layers, LINT_FIX) > presetAt) return;
  if (valueAt(layers[lintAt].layer, LINT_COMMAND) === valueAt(layers[presetAt].layer, LINT_COMMAND)) return;
  delete config.stages.refactoring.linting.fix_command;
}
function enableGivenChecks(config, layers) {
  const presetAt = layers.findIndex((l) => l.name.startsWith("preset "));
  if (presetAt < 0) return;
  for (const check of ["linting", "type_checking", "security"]) {
    const enabled = ["stages", "refactoring", check, "enabled"];
    if (valueAt(layers[presetAt].layer, enabled) !== false || lastSetting(layers, enabled) > presetAt) continue;
    const key = ["stages", "refactoring", check, "command"];
    const at = lastSetting(layers, key);
    const command = at > presetAt ? valueAt(layers[at].layer, key) : void 0;
    if (typeof command === "string" && command.trim() !== "") config.stages.refactoring[check].enabled = true;
  }
}
var CHOICE_KEYS = {
  "tests and coverage": [["stages", "testing", "command"]],
  linting: [["stages", "refactoring", "linting", "enabled"], ["stages", "refactoring", "linting", "command"]],
  "type checking": [["stages", "refactoring", "type_checking", "enabled"], ["stages", "refactoring", "type_checking", "command"]],
  secrets: [["stages", "refactoring", "security", "enabled"], ["stages", "refactoring", "security", "command"]],
  vulnerabilities: [["stages", "refactoring", "security", "enabled"], ["stages", "refactoring", "security", "command"]]
};
function givenInstead(choice, layers, config) {
  const keys = CHOICE_KEYS[choice.topic];
  if (!keys) return choice;
  const presetAt = layers.findIndex((l) => l.name.startsWith("preset "));
  const [enabledKey, commandKey] = keys.length === 2 ? keys : [void 0, void 0];
  const offAt = enabledKey ? lastSetting(layers, enabledKey) : -1;
  const commandAt = commandKey ? lastSetting(layers, commandKey) : -1;
  const command = commandKey && commandAt > presetAt ? valueAt(layers[commandAt].layer, commandKey) : void 0;
  if (enabledKey && commandKey && valueAt(config, enabledKey) === false && offAt > presetAt && typeof command === "string" && command.trim() !== "") {
    return {
      topic: choice.topic,
      chose: "off",
      because: `${layers[offAt].name} sets ${formatKeyPath(enabledKey)}: false, so the command ${layers[commandAt].name} gives for ${formatKeyPath(commandKey)} is not run${choice.chose === "off" ? "" : ` (the preset would have chosen ${choice.chose})`}: remove enabled: false to run it`,
      given: layers[offAt].name
    };
  }
  for (const key of keys) {
    const at = lastSetting(layers, key);
    if (at <= presetAt) continue;
    const from = layers[at];
    const value = valueAt(from.layer, key);
    if (presetAt >= 0 && value === valueAt(layers[presetAt].layer, key)) continue;
    const where = formatKeyPath(key);
    if (key.at(-1) === "enabled") {
      if (value !== false) continue;
      return { topic: choice.topic, chose: "off", because: `${from.name} sets ${where}: false (the preset would have chosen ${choice.chose})`, given: from.name };
    }
    if (typeof value === "string" && value.trim() === "") {
      if (choice.chose.startsWith("none")) continue;
      return { topic: choice.topic, chose: "none", because: `${from.name} gives an empty ${where} (the preset would have chosen ${choice.chose})`, given: from.name };
    }
    const halfOff = choice.chose === "off" && (choice.topic === "secrets" || choice.topic === "vulnerabilities");
    return {
      given: from.name,
      topic: choice.topic,
      chose: `the command ${from.name} gives for ${where}`,
      because: halfOff ? `quality_gates.security.${choice.topic}: false turns the half off in the gate, but that command runs as written: leave the ${choice.topic === "secrets" ? "secret" : "vulnerability"} scan out of it` : `it runs as written; the preset alone would choose ${choice.chose}`
    };
  }
  return choice;
}
async function frontmatterPaths(workspace, specFile) {
  let text;
  try {
    const handle = await openRegularFile(resolve2(workspace, specFile));
    try {
      const { size } = await handle.stat();
      if (size > MAX_SPEC_BYTES) return {};
      const buffer = Buffer.allocUnsafe(size + 1);
      let length = 0;
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      text = reportText(buffer.subarray(0, length)).replace(/^\uFEFF/, "");
    } finally {
      await handle.close();
    }
  } catch {
    return {};
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match || match[1].length > MAX_FRONTMATTER_CHARS || nestsTooDeep(match[1])) return {};
  let data;
  try {
    data = parseDocument(match[1]).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return {};
  }
  const paths = valueAt(data, ["paths"]);
  const out = {};
  if (!isPlainObject2(paths)) return out;
  for (const key of ["source", "tests"]) {
    const value = paths[key];
    const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
    if (typeof one === "string" && one.trim() !== "" && templateProblem(one, PATH_VARS) === null) out[key] = one.trim();
  }
  return out;
}

export {
  detectPreset,
  fitPreset,
  layoutPaths,
  defaultConfig,
  loadConfig,
  refuseInsideMonorepo
};
