import {
  require_ucs2length
} from "./chunk-LEJ6JWSO.js";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq
} from "./chunk-4LSZ7FBK.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/config/diagnostics.ts
var IDENTIFIER = /^[A-Za-z0-9_-]+$/;
function formatKeyPath(path) {
  if (path.length === 0) return "(top level)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function pointerToPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let current = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      path.push(Number(segment));
      current = current[Number(segment)];
    } else {
      path.push(segment);
      current = typeof current === "object" && current !== null ? current[segment] : void 0;
    }
  }
  return path;
}
function levenshtein(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
function suggest(word, candidates) {
  const normalized = word.toLowerCase().replace(/-/g, "_");
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(normalized, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function shown(value) {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var TYPE_WORDS = {
  integer: "a whole number",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function typeMessage(expected, data, schema) {
  const words = expected.map((t) => TYPE_WORDS[t] ?? t);
  if (expected.includes("object") && schema.properties && typeof schema.properties === "object") {
    const keys = Object.keys(schema.properties);
    const index = expected.indexOf("object");
    words[index] = `a mapping with keys ${keys.join(", ")}`;
  }
  const want = words.join(" or ");
  if (data === null && expected.includes("object")) return `is empty; give it ${want}, or remove the key`;
  const hint = typeof data === "string" && /^(yes|no|on|off|y|n)$/i.test(data) ? " (YAML 1.2 reads yes/no/on/off as strings)" : "";
  return `must be ${want} (got ${shown(data)})${hint}`;
}
function rangeMessage(error) {
  const schema = error.parentSchema ?? {};
  const { minimum, maximum } = schema;
  if (typeof minimum === "number" && typeof maximum === "number") {
    return `must be between ${minimum} and ${maximum} (got ${shown(error.data)})`;
  }
  const bound = error.params ?? {};
  return `must be ${bound.comparison ?? ""} ${bound.limit ?? ""} (got ${shown(error.data)})`.replace(/ {2,}/g, " ");
}
var COMPONENT_RULE = "use 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')";
function describeSchemaError(error, data) {
  const path = pointerToPath(error.instancePath, data);
  const parent = error.parentSchema ?? {};
  const params = error.params;
  if (error.keyword === "propertyNames") return null;
  if (error.propertyName !== void 0) {
    return {
      path: [...path, error.propertyName],
      onKey: true,
      message: `component name ${JSON.stringify(error.propertyName)} is not valid: ${COMPONENT_RULE}`
    };
  }
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const guess = suggest(key, allowed);
      const what = guess ? `unknown key; did you mean '${guess}'? Allowed keys` : "unknown key; allowed keys";
      return { path: [...path, key], onKey: true, message: `${what}: ${allowed.join(", ")}` };
    }
    case "required":
      return { path, onKey: false, message: `missing key '${String(params.missingProperty)}'` };
    case "type": {
      const expected = String(params.type).split(",");
      return { path, onKey: false, message: typeMessage(expected, error.data, parent) };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const guess = typeof error.data === "string" ? suggest(error.data, allowed) : void 0;
      const didYouMean = guess ? `; did you mean '${guess}'?` : "";
      return { path, onKey: false, message: `must be one of: ${allowed.join(", ")} (got ${shown(error.data)})${didYouMean}` };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, onKey: false, message: rangeMessage(error) };
    case "minLength":
      return { path, onKey: false, message: "must not be empty" };
    case "not": {
      const schema = error.schema ?? {};
      if (schema.description === "percent-written-as-fraction" && typeof error.data === "number") {
        const percent = Number((error.data * 100).toPrecision(12));
        return {
          path,
          onKey: false,
          message: `is a percent from 0 to 100, and ${error.data} reads as ${error.data}%, not a fraction of 1: write ${percent} for ${percent}% (got ${shown(error.data)})`
        };
      }
      const keys = Array.isArray(schema.required) ? schema.required.map(String) : [];
      if (keys.length >= 2) {
        const why = typeof schema.description === "string" ? `: ${schema.description}` : "";
        return { path: [...path, keys[keys.length - 1]], onKey: true, message: `${keys.join(" and ")} are both given${why}` };
      }
      return { path, onKey: false, message: `${error.message ?? "is not valid"} (got ${shown(error.data)})` };
    }
    case "pattern":
      if (params.pattern === "\\S") return { path, onKey: false, message: "must not be blank" };
      if (params.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return { path, onKey: false, message: `must be a date written YYYY-MM-DD (got ${shown(error.data)})` };
      return { path, onKey: false, message: `${error.message ?? "is not valid"} (got ${shown(error.data)})` };
    default:
      return { path, onKey: false, message: `${error.message ?? "is not valid"} (got ${shown(error.data)})` };
  }
}
function keyOf(pair) {
  return isScalar(pair.key) ? String(pair.key.value) : void 0;
}
function findPair(map, key, doc, depth = 0) {
  const node = isAlias(map) ? map.resolve(doc) : map;
  if (!isMap(node) || depth > 10) return void 0;
  const own = node.items.find((pair) => keyOf(pair) === key);
  if (own) return own;
  for (const pair of node.items) {
    if (keyOf(pair) !== "<<") continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const found = findPair(source, key, doc, depth + 1);
      if (found) return found;
    }
  }
  return void 0;
}
function locate(doc, lineCounter, path, onKey) {
  let node = doc.contents;
  let at = isAlias(node) || isMap(node) || isSeq(node) || isScalar(node) ? node : null;
  for (const [i, segment] of path.entries()) {
    const current = isAlias(node) ? node.resolve(doc) : node;
    let next;
    let key;
    if (isSeq(current) && typeof segment === "number") {
      next = current.items[segment];
    } else if (isMap(current)) {
      const pair = findPair(current, String(segment), doc);
      key = pair?.key;
      next = pair?.value;
    }
    const last = i === path.length - 1;
    const target = last && onKey && key ? key : next ?? key;
    if (!target) break;
    at = target;
    node = next;
    if (!next) break;
  }
  const offset = at?.range?.[0] ?? 0;
  return lineCounter.linePos(offset);
}

// src/generated/validators.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validateConfig = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/org/spec-to-production/v1/schema/spec-to-production.schema.json", "title": "spec-to-production configuration", "description": "Configuration of spec-to-production (.github/spec-to-production.yml). Every key is optional: what is left out comes from the preset and the built-in defaults. Effective value = defaults <- preset <- top-level keys <- components.<name>; mappings merge key by key, lists and scalars replace. Command and report templates take {component}, {reports}, {path}, {tests}, {sha} (the deployment stages' commands, health-check URL and test commands also {environment}, {outputs}, {environment_url} and {staging_url}); values are shell-quoted when needed; write {{ and }} for literal braces.", "type": "object", "additionalProperties": false, "properties": { "preset": { "$ref": "#/definitions/preset" }, "paths": { "$ref": "#/definitions/paths" }, "quality_gates": { "$ref": "#/definitions/qualityGates" }, "stages": { "$ref": "#/definitions/stages" }, "error_recovery": { "$ref": "#/definitions/errorRecovery" }, "context_management": { "$ref": "#/definitions/contextManagement" }, "observability": { "$ref": "#/definitions/observability" }, "components": { "title": "Per-component overrides", "description": "Keyed by component name (the action's `component` input). Each entry takes the same keys as the top level (except `components`) and is deep-merged over them for that component.", "type": "object", "propertyNames": { "pattern": "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$" }, "additionalProperties": { "$ref": "#/definitions/componentOverrides" } } }, "definitions": { "componentOverrides": { "title": "Component overrides", "description": "Overrides for one component: any top-level key except `components`.", "type": "object", "additionalProperties": false, "properties": { "preset": { "$ref": "#/definitions/preset" }, "paths": { "$ref": "#/definitions/paths" }, "quality_gates": { "$ref": "#/definitions/qualityGates" }, "stages": { "$ref": "#/definitions/stages" }, "error_recovery": { "$ref": "#/definitions/errorRecovery" }, "context_management": { "$ref": "#/definitions/contextManagement" }, "observability": { "$ref": "#/definitions/observability" } } }, "preset": { "title": "Preset", "description": "Tool commands to start from, fitted to the repository (each choice is logged with its reason; `spec-to-production config --print` shows them). python: `uv run` in a uv project (uv.lock or [tool.uv]), else the project interpreter (.venv/bin/python, the active virtualenv, python3) with -m; pytest with pytest-cov when installed, else coverage run -m pytest; ruff or pylint and pyright or mypy, whichever the project configures or has installed; detect-secrets (against .secrets.baseline when present) or gitleaks (neither installed and no uv: secretlint fetched by npx); pip-audit or osv-scanner. node: the package manager from packageManager or the lock file; the test runner from package.json (vitest, jest with jest-junit, mocha under c8 or nyc with its xunit reporter or mocha-junit-reporter, node --test; a test script that chains other scripts is followed to the one calling the runner) with its JUnit and coverage reporters; eslint when configured; tsc when tsconfig.json exists; secretlint (recommended rules when the repository has no .secretlintrc; the pinned release fetched by npx when it is not installed); npm audit (osv-scanner for pnpm, yarn or no lock file). none: no commands. Left out: detected from the repository (package.json -> node; pyproject.toml, setup.py, setup.cfg or requirements.txt -> python; both -> the language of the component source files, else node; neither -> none).", "type": "string", "enum": ["python", "node", "none"] }, "paths": { "title": "Component paths", "description": "Where the component sources and tests live, relative to the workspace. `{component}` is substituted; the results are the `{path}` and `{tests}` template values. Left out, each comes from the spec frontmatter `paths`, else from the repository layout: packages/<component>, else src/<component> (tests in tests/<component>, tests, test or its own tests/test, else src/<component> itself), else a Python package <component>/ at the root (tests likewise), else the one <group>/<component> directory with a package manifest of its own (tests inside), else the whole repository (`.`; tests in tests, test or __tests__, else `.`). A path a command uses must exist: checked before any command runs.", "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "minLength": 1, "description": "Source directory; `{path}` in commands. Default: from the layout (see paths)." }, "tests": { "type": "string", "minLength": 1, "description": "Test directory; `{tests}` in commands. Default: from the layout (see paths)." } } }, "percent": { "description": "A percent from 0 to 100: 80 is 80%. A value between 0 and 1 is refused as a fraction written for a percent (0.8 would read as 0.8%).", "type": "number", "minimum": 0, "maximum": 100, "not": { "description": "percent-written-as-fraction", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } }, "count": { "type": "integer", "minimum": 0 }, "enabled": { "type": "boolean", "default": true, "description": "Set to false to skip this step." }, "timeoutSeconds": { "type": "integer", "minimum": 1, "default": 600, "description": "Seconds before the command is killed." }, "command": { "type": "string", "description": "Shell command template. Placeholders: {component}, {reports} (fresh per-run report directory), {path}, {tests}, {sha}. Write {{ and }} for literal braces." }, "reportFormat": { "type": "string", "enum": ["junit", "coverage.py-json", "cobertura", "lcov", "istanbul-summary", "istanbul-final", "jacoco", "eslint-json", "tsc-text", "ruff-json", "pyright-json", "mypy-text", "mypy-json", "pylint-json", "secretlint-json", "detect-secrets-json", "gitleaks-json", "sarif", "bandit-json", "npm-audit-json", "pip-audit-json", "osv-scanner-json", "svelte-check-machine", "oxlint-json", "eslint", "tsc", "ruff", "pyright", "mypy", "pylint", "pylint-json2", "secretlint", "detect-secrets", "gitleaks", "gitleaks-sarif", "sarif-json", "sarif-2.1.0", "bandit", "npm-audit", "pip-audit", "svelte-check", "oxlint", "osv-scanner", "osv"], "description": "Report formats the pipeline reads. Test results: junit. Coverage: coverage.py-json, cobertura, lcov, istanbul-summary (coverage-summary.json), istanbul-final (coverage-final.json), jacoco (JaCoCo XML: jacoco-maven-plugin's target/site/jacoco/jacoco.xml, Gradle's build/reports/jacoco/test/jacocoTestReport.xml). Findings: eslint-json, tsc-text, ruff-json, pyright-json, mypy-text, mypy-json (mypy -O json), pylint-json, secretlint-json, detect-secrets-json, gitleaks-json, sarif, bandit-json, npm-audit-json (npm 7+), pip-audit-json, osv-scanner-json, svelte-check-machine (svelte-check --output machine or machine-verbose), oxlint-json (oxlint --format json); a findings format may also be named by its tool alone (eslint, bandit, npm-audit, pip-audit, osv-scanner, gitleaks, ...)." }, "reportRef": { "description": 'Report the command writes: a path template (e.g. "{reports}/junit.xml"), or { path, format } to name the format instead of detecting it from the content.', "type": ["string", "object"], "minLength": 1, "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Path template of the report, relative to the workspace." }, "format": { "$ref": "#/definitions/reportFormat", "description": "Report format; detected from the content when left out." } } }, "qualityGates": { "title": "Quality gates", "description": "Thresholds the gates apply to the reports.", "type": "object", "additionalProperties": false, "properties": { "test_coverage": { "description": "Minimum coverage (percent) for each target: line coverage, or coverage.py's statements+branches figure when it measured branches.", "type": "object", "additionalProperties": false, "properties": { "dev_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 50, "description": "Minimum coverage for target dev." }, "staging_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 70, "description": "Minimum coverage for target staging." }, "production_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 80, "description": "Minimum coverage for target production." } } }, "test_pass_rate": { "description": "Gate test_pass_rate: share of executed tests that must pass.", "type": "object", "additionalProperties": false, "properties": { "required": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 100, "description": "Minimum percent of executed tests that pass." }, "flaky": { "description": "Tests that failed and then passed within this run (a rerun in the report or of the command): fail counts them as failed, warn as passed with a warning, ignore as passed.", "enum": ["fail", "warn", "ignore"], "default": "warn" }, "quarantine": { "description": "Tests whose failures are reported but do not count against the gate. An expired entry fails the gate; an entry that matches no test is warned about.", "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["test", "reason"], "not": { "description": "until is an alias of expires; give the date once, as expires or as until", "properties": { "expires": true, "until": true }, "required": ["expires", "until"] }, "properties": { "test": { "description": "A test id as the report names it (classname::name), a pytest node id (tests/test_x.py::test_y), or a glob of one (* and ?).", "type": "string", "minLength": 1 }, "reason": { "description": "Why the test is quarantined (an issue link): shown wherever its failures are.", "type": "string", "minLength": 1, "pattern": "\\S" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) on which the entry excuses failures; after it the gate fails.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "until": { "description": "Alias of expires (the name DESIGN.md gives it): the last day (YYYY-MM-DD, UTC) on which the entry excuses failures. Give expires or until, not both.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } } }, "linting": { "description": "Gate linting: lint issues allowed in the judged commit.", "type": "object", "additionalProperties": false, "properties": { "max_issues": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most lint issues allowed in the judged commit." }, "auto_fix": { "enum": ["suggest", "commit", false, true], "default": "suggest", "description": "What the linting fix_command may do. suggest: it runs on a copy, the gate judges the commit, the fix is offered as a patch and as review suggestions; commit: the fix is committed, pushed and that commit judged (needs contents: write); false: it never runs. true is a deprecated alias of suggest." } } }, "type_checking": { "description": "Gate type_checking: type errors and warnings allowed.", "type": "object", "additionalProperties": false, "properties": { "max_errors": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most type errors allowed." }, "max_warnings": { "type": ["integer", "null"], "minimum": 0, "default": null, "description": "Most type warnings allowed; null: not limited." } } }, "security": { "description": "Gate security: secrets and vulnerabilities allowed, by severity.", "type": "object", "additionalProperties": false, "properties": { "max_secrets": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most detected secrets allowed." }, "max_critical": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most critical vulnerabilities allowed." }, "max_high": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most high vulnerabilities allowed." }, "max_medium": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 5, "description": "Most medium vulnerabilities allowed." }, "secrets": { "type": "boolean", "default": true, "description": "The secrets half of the gate (a secret scan report). true: at targets staging and production the gate fails when no secret scan was measured (at dev: a warning). false: off by configuration, reported as off, its reports not read." }, "vulnerabilities": { "type": "boolean", "default": true, "description": "The vulnerabilities half of the gate (a dependency audit or a scan with severities). true: at targets staging and production the gate fails when no vulnerabilities were measured (at dev: a warning). false: off by configuration, reported as off, its reports not read." } } } } }, "toolStep": { "description": "A tool the refactoring stage runs.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" } } }, "stages": { "title": "Stages", "description": "What each stage runs. Every stage and step takes `enabled: false`.", "type": "object", "additionalProperties": false, "properties": { "specification": { "description": "Stage specification: parse and validate the spec, create or restore the context session.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "required_sections": { "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["Requirements"], "description": "Section titles (## Title) the spec must have, matched case-insensitively. Default: [Requirements]." } } }, "testing": { "description": "Stage testing: run the tests; gates test_pass_rate and test_coverage read the reports.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "reports": { "description": "Reports the test command writes.", "type": "object", "additionalProperties": false, "properties": { "junit": { "description": "JUnit XML test results (gate test_pass_rate). A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report.", "$ref": "#/definitions/reportRef" }, "coverage": { "description": "Coverage report: coverage.py JSON, Cobertura, JaCoCo XML, lcov or Istanbul (gate test_coverage).", "$ref": "#/definitions/reportRef" } } }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" } } }, "refactoring": { "description": "Stage refactoring: gates linting, type_checking, security and instructions_validation.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "linting": { "description": "Linter: command writes report; fix_command is offered or committed as quality_gates.linting.auto_fix says.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "fix_command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" } } }, "type_checking": { "description": "Type checker: its report feeds gate type_checking.", "$ref": "#/definitions/toolStep" }, "security": { "description": "Secret and vulnerability scanners: their reports feed gate security.", "$ref": "#/definitions/securityStep" }, "instructions_validation": { "description": "Validate the instruction files the globs match (gate instructions_validation).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "globs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [".github/instructions/**/*.instructions.md"], "description": "Instruction files to validate, relative to the workspace." } } } } }, "staging_deployment": { "description": "Stage staging_deployment (targets staging and production): promotion criteria, deploy, integration tests, health check, rollback on failure.", "allOf": [{ "$ref": "#/definitions/stagingDeploymentStage" }], "default": { "enabled": true, "environment": "staging", "timeout_seconds": 600, "github_deployment": true } }, "production_deployment": { "description": "Stage production_deployment (target production): promotion criteria, deploy, E2E tests, rollback on failure.", "allOf": [{ "$ref": "#/definitions/productionDeploymentStage" }], "default": { "enabled": true, "environment": "production", "timeout_seconds": 600, "github_deployment": true, "criteria": { "integration_coverage": { "threshold": 80 }, "soak": { "days": 7, "environment": "staging" }, "uptime": { "threshold": 99.5, "days": 7 } } } } } }, "retryPolicy": { "description": "Retries with exponential backoff: delay = min(max_delay, base_delay * exponential_base^attempt), randomized when jitter.", "type": "object", "additionalProperties": false, "properties": { "max_retries": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Retries after the first attempt." }, "base_delay": { "type": "number", "minimum": 0, "maximum": 21600, "description": "Seconds before the first retry (at most 6 hours, a GitHub job's limit)." }, "exponential_base": { "type": "number", "minimum": 1, "description": "Factor between consecutive delays." }, "max_delay": { "type": "number", "minimum": 0, "maximum": 21600, "description": "Upper bound of one delay, in seconds (at most 6 hours, a GitHub job's limit)." }, "jitter": { "type": "boolean", "description": "Randomize delays." }, "retry_on_timeout": { "type": "boolean", "default": false, "description": "Retry a command killed at its timeout (a hang usually hangs again)." } } }, "errorRecovery": { "title": "Error recovery", "description": "Retry policies per stage and the circuit breaker around them.", "type": "object", "additionalProperties": false, "properties": { "testing": { "description": "Retry policy of stage testing.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 3, "base_delay": 1, "exponential_base": 2, "max_delay": 10, "jitter": true, "retry_on_timeout": false } }, "refactoring": { "description": "Retry policy of stage refactoring.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 2, "base_delay": 1, "exponential_base": 2, "max_delay": 10, "jitter": true, "retry_on_timeout": false } }, "staging_deployment": { "description": "Retry policy of stage staging_deployment.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 5, "base_delay": 2, "exponential_base": 2, "max_delay": 30, "jitter": true, "retry_on_timeout": false } }, "production_deployment": { "description": "Retry policy of stage production_deployment.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 3, "base_delay": 5, "exponential_base": 1.5, "max_delay": 60, "jitter": true, "retry_on_timeout": false } }, "circuit_breaker": { "description": "One breaker per deployment environment, kept across runs (.spec-to-production/state/, the Actions cache in CI): consecutive failed calls to the environment (deploy attempts, health checks, integration/E2E suites that could not run, rollbacks) open it; while open, deploys are refused without running; after recovery_timeout one trial deploy goes through and its success closes it.", "type": "object", "additionalProperties": false, "properties": { "failure_threshold": { "type": "integer", "minimum": 1, "default": 5, "description": "Consecutive failed calls to the environment, across runs, that open the circuit." }, "recovery_timeout": { "type": "number", "minimum": 0, "maximum": 31536e3, "default": 60, "description": "Seconds the circuit stays open before one trial deploy is let through (also across runs); at most a year (31536000)." }, "half_open_max_calls": { "type": "integer", "minimum": 1, "default": 1, "description": "Trial calls allowed while half-open." } } } } }, "contextManagement": { "title": "Context management", "description": "Context sessions that carry what earlier runs learned about the component.", "type": "object", "additionalProperties": false, "properties": { "session": { "description": "The context session of a component.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Keep a context session per component." }, "max_tokens": { "type": "integer", "minimum": 1, "default": 8e3, "description": "Token budget of a session; older, less important messages are pruned." } } } } }, "observability": { "title": "Observability", "description": "Metrics under .spec-to-production/metrics and the HTML dashboard.", "type": "object", "additionalProperties": false, "properties": { "metrics": { "description": "Execution metrics (one JSON line per tracked execution).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Record metrics under .spec-to-production/metrics." }, "retention_days": { "type": "integer", "minimum": 1, "default": 30, "description": "Days metrics are kept." } } }, "dashboard": { "description": "The self-contained HTML dashboard.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Write workflow_dashboard_<component>.html." } } } } }, "securityStep": { "description": "Secret and vulnerability scanners: `report` and every entry of `reports` feed gate security.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" }, "reports": { "type": "array", "items": { "$ref": "#/definitions/reportRef" }, "default": [], "description": "More reports the command writes, e.g. a secret scan in `report` and `npm audit --json` here; each is read and judged." } } }, "healthCheck": { "description": "Polled after deploying (and after a rollback) until healthy or timed out.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "minLength": 1, "description": "http(s) URL; takes {environment_url} and the other deployment placeholders, but not {staging_url} (a health check polls its own stage's environment)." }, "expected_status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "HTTP status meaning healthy." }, "json_field": { "type": "string", "minLength": 1, "description": "Dotted path of a field in the JSON body to check (e.g. status)." }, "expected_value": { "type": ["string", "number", "boolean"], "description": "Value json_field must have." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Give up after this long." }, "interval_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "First delay between polls (doubles, up to 5 s)." } } }, "testCommand": { "description": "Tests run against the deployed environment, judged by the same gates as the testing stage.", "type": "object", "additionalProperties": false, "required": ["command"], "properties": { "command": { "type": "string", "minLength": 1, "description": "Command template; ENVIRONMENT_URL is set in its environment. Takes the deployment placeholders but {staging_url}: the tests check their own stage's environment ({environment_url})." }, "reports": { "type": "object", "additionalProperties": false, "properties": { "junit": { "$ref": "#/definitions/reportRef", "description": "JUnit XML of the tests. A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report." }, "coverage": { "$ref": "#/definitions/reportRef", "description": "Coverage report of the tests." } }, "description": "Reports the tests write (JUnit, coverage), judged like the testing stage's." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" } } }, "productionCriteria": { "description": "dev\u2192production criteria, each read from a real source; a criterion without a source is unmet, never assumed.", "type": "object", "additionalProperties": false, "properties": { "integration_coverage": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 80, "description": "Minimum integration coverage, percent." }, "report": { "$ref": "#/definitions/reportRef", "description": "Coverage report to read instead of this run's staging integration tests." } }, "description": "Coverage of the staging integration tests (this run's, or a report)." }, "performance": { "type": "object", "additionalProperties": false, "required": ["report", "slas"], "properties": { "command": { "type": "string", "description": "Command that writes the benchmark report (e.g. a load test against {staging_url})." }, "report": { "type": "string", "minLength": 1, "description": "Benchmark JSON: k6 --summary-export, autocannon --json, or {metric: value}." }, "format": { "type": "string", "enum": ["k6", "autocannon", "generic"], "description": "Benchmark format; detected when left out." }, "slas": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "max": { "type": "number", "description": "Largest acceptable value." }, "min": { "type": "number", "description": "Smallest acceptable value." } }, "description": "Bounds of one metric." }, "description": "metric \u2192 {max} / {min}, e.g. p95_latency_ms: {max: 300}, error_rate: {max: 0.01}." } }, "description": "Performance SLAs read from a benchmark report." }, "soak": { "type": "object", "additionalProperties": false, "properties": { "days": { "type": "number", "minimum": 0, "default": 7, "description": "This commit must have been deployed to staging successfully at least this long ago, with no failure since (GitHub Deployments API)." }, "environment": { "type": "string", "minLength": 1, "default": "staging", "description": "Environment whose deployments count as the soak. Unset, it is the staging stage's environment (stages.staging_deployment.environment, 'staging' by default): renaming that environment moves the soak with it." } }, "description": "Staging soak time before production." }, "uptime": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 99.5, "description": "Minimum uptime, percent." }, "days": { "type": "number", "exclusiveMinimum": 0, "default": 7, "description": "Window the uptime must cover, in days." }, "command": { "type": "string", "description": "Prints JSON {uptime_percent, window_days}." }, "url": { "type": "string", "description": "Returns JSON {uptime_percent, window_days}." } }, "description": "Uptime over a window, from a command or an HTTP endpoint returning JSON." }, "security_review": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string" }, "description": "GitHub logins whose approving review counts." }, "teams": { "type": "array", "items": { "type": "string" }, "description": "org/team-slug" }, "labels": { "type": "array", "items": { "type": "string" }, "description": "Pull request labels that mark the review as done." } }, "description": "The pull request that brought the commit has an approving review from one of these users or teams, or one of these labels." } } }, "exitCodes": { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 255 }, "uniqueItems": true }, "stagingDeploymentStage": { "description": "The staging deployment stage.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "type": "string", "description": "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}." }, "environment": { "type": "string", "minLength": 1, "description": "Deployment environment name ({environment})." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "rollback_command": { "type": "string", "description": "Run when deploy, health check or tests fail; then health is checked again." }, "health_check": { "$ref": "#/definitions/healthCheck" }, "integration_tests": { "$ref": "#/definitions/testCommand" }, "github_deployment": { "type": "boolean", "default": true, "description": "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions." }, "retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)." }, "no_retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)." } } }, "productionDeploymentStage": { "description": "The production deployment stage.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "type": "string", "description": "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}." }, "environment": { "type": "string", "minLength": 1, "description": "Deployment environment name ({environment})." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "rollback_command": { "type": "string", "description": "Run when deploy, health check or tests fail; then health is checked again." }, "health_check": { "$ref": "#/definitions/healthCheck" }, "e2e_tests": { "$ref": "#/definitions/testCommand" }, "criteria": { "$ref": "#/definitions/productionCriteria" }, "github_deployment": { "type": "boolean", "default": true, "description": "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions." }, "retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)." }, "no_retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)." } } } } };
var schema12 = { "title": "Preset", "description": "Tool commands to start from, fitted to the repository (each choice is logged with its reason; `spec-to-production config --print` shows them). python: `uv run` in a uv project (uv.lock or [tool.uv]), else the project interpreter (.venv/bin/python, the active virtualenv, python3) with -m; pytest with pytest-cov when installed, else coverage run -m pytest; ruff or pylint and pyright or mypy, whichever the project configures or has installed; detect-secrets (against .secrets.baseline when present) or gitleaks (neither installed and no uv: secretlint fetched by npx); pip-audit or osv-scanner. node: the package manager from packageManager or the lock file; the test runner from package.json (vitest, jest with jest-junit, mocha under c8 or nyc with its xunit reporter or mocha-junit-reporter, node --test; a test script that chains other scripts is followed to the one calling the runner) with its JUnit and coverage reporters; eslint when configured; tsc when tsconfig.json exists; secretlint (recommended rules when the repository has no .secretlintrc; the pinned release fetched by npx when it is not installed); npm audit (osv-scanner for pnpm, yarn or no lock file). none: no commands. Left out: detected from the repository (package.json -> node; pyproject.toml, setup.py, setup.cfg or requirements.txt -> python; both -> the language of the component source files, else node; neither -> none).", "type": "string", "enum": ["python", "node", "none"] };
var schema13 = { "title": "Component paths", "description": "Where the component sources and tests live, relative to the workspace. `{component}` is substituted; the results are the `{path}` and `{tests}` template values. Left out, each comes from the spec frontmatter `paths`, else from the repository layout: packages/<component>, else src/<component> (tests in tests/<component>, tests, test or its own tests/test, else src/<component> itself), else a Python package <component>/ at the root (tests likewise), else the one <group>/<component> directory with a package manifest of its own (tests inside), else the whole repository (`.`; tests in tests, test or __tests__, else `.`). A path a command uses must exist: checked before any command runs.", "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "minLength": 1, "description": "Source directory; `{path}` in commands. Default: from the layout (see paths)." }, "tests": { "type": "string", "minLength": 1, "description": "Test directory; `{tests}` in commands. Default: from the layout (see paths)." } } };
var schema66 = { "title": "Context management", "description": "Context sessions that carry what earlier runs learned about the component.", "type": "object", "additionalProperties": false, "properties": { "session": { "description": "The context session of a component.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Keep a context session per component." }, "max_tokens": { "type": "integer", "minimum": 1, "default": 8e3, "description": "Token budget of a session; older, less important messages are pruned." } } } } };
var schema67 = { "title": "Observability", "description": "Metrics under .spec-to-production/metrics and the HTML dashboard.", "type": "object", "additionalProperties": false, "properties": { "metrics": { "description": "Execution metrics (one JSON line per tracked execution).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Record metrics under .spec-to-production/metrics." }, "retention_days": { "type": "integer", "minimum": 1, "default": 30, "description": "Days metrics are kept." } } }, "dashboard": { "description": "The self-contained HTML dashboard.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true, "description": "Write workflow_dashboard_<component>.html." } } } } };
var func2 = import_ucs2length.default.default;
var schema14 = { "title": "Quality gates", "description": "Thresholds the gates apply to the reports.", "type": "object", "additionalProperties": false, "properties": { "test_coverage": { "description": "Minimum coverage (percent) for each target: line coverage, or coverage.py's statements+branches figure when it measured branches.", "type": "object", "additionalProperties": false, "properties": { "dev_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 50, "description": "Minimum coverage for target dev." }, "staging_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 70, "description": "Minimum coverage for target staging." }, "production_threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 80, "description": "Minimum coverage for target production." } } }, "test_pass_rate": { "description": "Gate test_pass_rate: share of executed tests that must pass.", "type": "object", "additionalProperties": false, "properties": { "required": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 100, "description": "Minimum percent of executed tests that pass." }, "flaky": { "description": "Tests that failed and then passed within this run (a rerun in the report or of the command): fail counts them as failed, warn as passed with a warning, ignore as passed.", "enum": ["fail", "warn", "ignore"], "default": "warn" }, "quarantine": { "description": "Tests whose failures are reported but do not count against the gate. An expired entry fails the gate; an entry that matches no test is warned about.", "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["test", "reason"], "not": { "description": "until is an alias of expires; give the date once, as expires or as until", "properties": { "expires": true, "until": true }, "required": ["expires", "until"] }, "properties": { "test": { "description": "A test id as the report names it (classname::name), a pytest node id (tests/test_x.py::test_y), or a glob of one (* and ?).", "type": "string", "minLength": 1 }, "reason": { "description": "Why the test is quarantined (an issue link): shown wherever its failures are.", "type": "string", "minLength": 1, "pattern": "\\S" }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) on which the entry excuses failures; after it the gate fails.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "until": { "description": "Alias of expires (the name DESIGN.md gives it): the last day (YYYY-MM-DD, UTC) on which the entry excuses failures. Give expires or until, not both.", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } } } }, "linting": { "description": "Gate linting: lint issues allowed in the judged commit.", "type": "object", "additionalProperties": false, "properties": { "max_issues": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most lint issues allowed in the judged commit." }, "auto_fix": { "enum": ["suggest", "commit", false, true], "default": "suggest", "description": "What the linting fix_command may do. suggest: it runs on a copy, the gate judges the commit, the fix is offered as a patch and as review suggestions; commit: the fix is committed, pushed and that commit judged (needs contents: write); false: it never runs. true is a deprecated alias of suggest." } } }, "type_checking": { "description": "Gate type_checking: type errors and warnings allowed.", "type": "object", "additionalProperties": false, "properties": { "max_errors": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most type errors allowed." }, "max_warnings": { "type": ["integer", "null"], "minimum": 0, "default": null, "description": "Most type warnings allowed; null: not limited." } } }, "security": { "description": "Gate security: secrets and vulnerabilities allowed, by severity.", "type": "object", "additionalProperties": false, "properties": { "max_secrets": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most detected secrets allowed." }, "max_critical": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most critical vulnerabilities allowed." }, "max_high": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 0, "description": "Most high vulnerabilities allowed." }, "max_medium": { "allOf": [{ "$ref": "#/definitions/count" }], "default": 5, "description": "Most medium vulnerabilities allowed." }, "secrets": { "type": "boolean", "default": true, "description": "The secrets half of the gate (a secret scan report). true: at targets staging and production the gate fails when no secret scan was measured (at dev: a warning). false: off by configuration, reported as off, its reports not read." }, "vulnerabilities": { "type": "boolean", "default": true, "description": "The vulnerabilities half of the gate (a dependency audit or a scan with severities). true: at targets staging and production the gate fails when no vulnerabilities were measured (at dev: a warning). false: off by configuration, reported as off, its reports not read." } } } } };
var schema15 = { "description": "A percent from 0 to 100: 80 is 80%. A value between 0 and 1 is refused as a fraction written for a percent (0.8 would read as 0.8%).", "type": "number", "minimum": 0, "maximum": 100, "not": { "description": "percent-written-as-fraction", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 } };
var schema19 = { "type": "integer", "minimum": 0 };
var pattern0 = new RegExp("\\S", "u");
var pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "test_coverage" || key0 === "test_pass_rate" || key0 === "linting" || key0 === "type_checking" || key0 === "security")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.test_coverage !== void 0) {
      let data0 = data.test_coverage;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "dev_threshold" || key1 === "staging_threshold" || key1 === "production_threshold")) {
            const err1 = { instancePath: instancePath + "/test_coverage", schemaPath: "#/properties/test_coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.test_coverage, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.dev_threshold !== void 0) {
          let data1 = data0.dev_threshold;
          const _errs9 = errors;
          const _errs10 = errors;
          if (errors === _errs10) {
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 >= 1 || isNaN(data1)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              } else {
                if (data1 <= 0 || isNaN(data1)) {
                  const err3 = {};
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            } else {
              const err4 = {};
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid4 = _errs10 === errors;
          if (valid4) {
            const err5 = { instancePath: instancePath + "/test_coverage/dev_threshold", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 100 || isNaN(data1)) {
              const err6 = { instancePath: instancePath + "/test_coverage/dev_threshold", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err7 = { instancePath: instancePath + "/test_coverage/dev_threshold", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/test_coverage/dev_threshold", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.staging_threshold !== void 0) {
          let data2 = data0.staging_threshold;
          const _errs16 = errors;
          const _errs17 = errors;
          if (errors === _errs17) {
            if (typeof data2 == "number" && isFinite(data2)) {
              if (data2 >= 1 || isNaN(data2)) {
                const err9 = {};
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              } else {
                if (data2 <= 0 || isNaN(data2)) {
                  const err10 = {};
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            } else {
              const err11 = {};
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid7 = _errs17 === errors;
          if (valid7) {
            const err12 = { instancePath: instancePath + "/test_coverage/staging_threshold", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 100 || isNaN(data2)) {
              const err13 = { instancePath: instancePath + "/test_coverage/staging_threshold", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
              const err14 = { instancePath: instancePath + "/test_coverage/staging_threshold", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data2 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/test_coverage/staging_threshold", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data2 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.production_threshold !== void 0) {
          let data3 = data0.production_threshold;
          const _errs23 = errors;
          const _errs24 = errors;
          if (errors === _errs24) {
            if (typeof data3 == "number" && isFinite(data3)) {
              if (data3 >= 1 || isNaN(data3)) {
                const err16 = {};
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              } else {
                if (data3 <= 0 || isNaN(data3)) {
                  const err17 = {};
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
            } else {
              const err18 = {};
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid10 = _errs24 === errors;
          if (valid10) {
            const err19 = { instancePath: instancePath + "/test_coverage/production_threshold", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data3 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 100 || isNaN(data3)) {
              const err20 = { instancePath: instancePath + "/test_coverage/production_threshold", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data3 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data3 < 0 || isNaN(data3)) {
              const err21 = { instancePath: instancePath + "/test_coverage/production_threshold", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data3 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/test_coverage/production_threshold", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data3 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/test_coverage", schemaPath: "#/properties/test_coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.test_coverage.type, parentSchema: schema14.properties.test_coverage, data: data0 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.test_pass_rate !== void 0) {
      let data4 = data.test_pass_rate;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "required" || key2 === "flaky" || key2 === "quarantine")) {
            const err24 = { instancePath: instancePath + "/test_pass_rate", schemaPath: "#/properties/test_pass_rate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.test_pass_rate, data: data4 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data4.required !== void 0) {
          let data5 = data4.required;
          const _errs33 = errors;
          const _errs34 = errors;
          if (errors === _errs34) {
            if (typeof data5 == "number" && isFinite(data5)) {
              if (data5 >= 1 || isNaN(data5)) {
                const err25 = {};
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              } else {
                if (data5 <= 0 || isNaN(data5)) {
                  const err26 = {};
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            } else {
              const err27 = {};
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          var valid14 = _errs34 === errors;
          if (valid14) {
            const err28 = { instancePath: instancePath + "/test_pass_rate/required", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data5 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          } else {
            errors = _errs33;
            if (vErrors !== null) {
              if (_errs33) {
                vErrors.length = _errs33;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 100 || isNaN(data5)) {
              const err29 = { instancePath: instancePath + "/test_pass_rate/required", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data5 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data5 < 0 || isNaN(data5)) {
              const err30 = { instancePath: instancePath + "/test_pass_rate/required", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data5 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/test_pass_rate/required", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data5 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data4.flaky !== void 0) {
          let data6 = data4.flaky;
          if (!(data6 === "fail" || data6 === "warn" || data6 === "ignore")) {
            const err32 = { instancePath: instancePath + "/test_pass_rate/flaky", schemaPath: "#/properties/test_pass_rate/properties/flaky/enum", keyword: "enum", params: { allowedValues: schema14.properties.test_pass_rate.properties.flaky.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.test_pass_rate.properties.flaky.enum, parentSchema: schema14.properties.test_pass_rate.properties.flaky, data: data6 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data4.quarantine !== void 0) {
          let data7 = data4.quarantine;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              const _errs41 = errors;
              const _errs42 = errors;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                let missing0;
                if (data8.expires === void 0 && (missing0 = "expires") || data8.until === void 0 && (missing0 = "until")) {
                  const err33 = {};
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              var valid17 = _errs42 === errors;
              if (valid17) {
                const err34 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0, schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema14.properties.test_pass_rate.properties.quarantine.items.not, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              } else {
                errors = _errs41;
                if (vErrors !== null) {
                  if (_errs41) {
                    vErrors.length = _errs41;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.test === void 0) {
                  const err35 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0, schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/required", keyword: "required", params: { missingProperty: "test" }, message: "must have required property 'test'", schema: schema14.properties.test_pass_rate.properties.quarantine.items.required, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data8.reason === void 0) {
                  const err36 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0, schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema14.properties.test_pass_rate.properties.quarantine.items.required, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                for (const key3 in data8) {
                  if (!(key3 === "test" || key3 === "reason" || key3 === "expires" || key3 === "until")) {
                    const err37 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0, schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data8.test !== void 0) {
                  let data9 = data8.test;
                  if (typeof data9 === "string") {
                    if (func2(data9) < 1) {
                      const err38 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/test", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/test/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.test, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/test", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/test/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.test.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.test, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data8.reason !== void 0) {
                  let data10 = data8.reason;
                  if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                      const err40 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/reason", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.reason, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data10)) {
                      const err41 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/reason", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.reason, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/reason", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.reason.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.reason, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data8.expires !== void 0) {
                  let data11 = data8.expires;
                  if (typeof data11 === "string") {
                    if (!pattern1.test(data11)) {
                      const err43 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/expires", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.expires, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/expires", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.expires.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.expires, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data8.until !== void 0) {
                  let data12 = data8.until;
                  if (typeof data12 === "string") {
                    if (!pattern1.test(data12)) {
                      const err45 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/until", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.until, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0 + "/until", schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.until.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items.properties.until, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/test_pass_rate/quarantine/" + i0, schemaPath: "#/properties/test_pass_rate/properties/quarantine/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.test_pass_rate.properties.quarantine.items.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/test_pass_rate/quarantine", schemaPath: "#/properties/test_pass_rate/properties/quarantine/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.test_pass_rate.properties.quarantine.type, parentSchema: schema14.properties.test_pass_rate.properties.quarantine, data: data7 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/test_pass_rate", schemaPath: "#/properties/test_pass_rate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.test_pass_rate.type, parentSchema: schema14.properties.test_pass_rate, data: data4 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.linting !== void 0) {
      let data13 = data.linting;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key4 in data13) {
          if (!(key4 === "max_issues" || key4 === "auto_fix")) {
            const err50 = { instancePath: instancePath + "/linting", schemaPath: "#/properties/linting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.linting, data: data13 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data13.max_issues !== void 0) {
          let data14 = data13.max_issues;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err51 = { instancePath: instancePath + "/linting/max_issues", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data14 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err52 = { instancePath: instancePath + "/linting/max_issues", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data14 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        }
        if (data13.auto_fix !== void 0) {
          let data15 = data13.auto_fix;
          if (!(data15 === "suggest" || data15 === "commit" || data15 === false || data15 === true)) {
            const err53 = { instancePath: instancePath + "/linting/auto_fix", schemaPath: "#/properties/linting/properties/auto_fix/enum", keyword: "enum", params: { allowedValues: schema14.properties.linting.properties.auto_fix.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.linting.properties.auto_fix.enum, parentSchema: schema14.properties.linting.properties.auto_fix, data: data15 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/linting", schemaPath: "#/properties/linting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.linting.type, parentSchema: schema14.properties.linting, data: data13 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.type_checking !== void 0) {
      let data16 = data.type_checking;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key5 in data16) {
          if (!(key5 === "max_errors" || key5 === "max_warnings")) {
            const err55 = { instancePath: instancePath + "/type_checking", schemaPath: "#/properties/type_checking/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.type_checking, data: data16 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data16.max_errors !== void 0) {
          let data17 = data16.max_errors;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err56 = { instancePath: instancePath + "/type_checking/max_errors", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data17 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err57 = { instancePath: instancePath + "/type_checking/max_errors", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data17 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data16.max_warnings !== void 0) {
          let data18 = data16.max_warnings;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18)) && data18 !== null) {
            const err58 = { instancePath: instancePath + "/type_checking/max_warnings", schemaPath: "#/properties/type_checking/properties/max_warnings/type", keyword: "type", params: { type: schema14.properties.type_checking.properties.max_warnings.type }, message: "must be integer,null", schema: schema14.properties.type_checking.properties.max_warnings.type, parentSchema: schema14.properties.type_checking.properties.max_warnings, data: data18 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 < 0 || isNaN(data18)) {
              const err59 = { instancePath: instancePath + "/type_checking/max_warnings", schemaPath: "#/properties/type_checking/properties/max_warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.type_checking.properties.max_warnings, data: data18 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/type_checking", schemaPath: "#/properties/type_checking/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.type_checking.type, parentSchema: schema14.properties.type_checking, data: data16 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.security !== void 0) {
      let data19 = data.security;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key6 in data19) {
          if (!(key6 === "max_secrets" || key6 === "max_critical" || key6 === "max_high" || key6 === "max_medium" || key6 === "secrets" || key6 === "vulnerabilities")) {
            const err61 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.security, data: data19 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data19.max_secrets !== void 0) {
          let data20 = data19.max_secrets;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err62 = { instancePath: instancePath + "/security/max_secrets", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data20 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err63 = { instancePath: instancePath + "/security/max_secrets", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data20 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
        if (data19.max_critical !== void 0) {
          let data21 = data19.max_critical;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err64 = { instancePath: instancePath + "/security/max_critical", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data21 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err65 = { instancePath: instancePath + "/security/max_critical", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data21 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        }
        if (data19.max_high !== void 0) {
          let data22 = data19.max_high;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err66 = { instancePath: instancePath + "/security/max_high", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data22 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 < 0 || isNaN(data22)) {
              const err67 = { instancePath: instancePath + "/security/max_high", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data22 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
        }
        if (data19.max_medium !== void 0) {
          let data23 = data19.max_medium;
          if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
            const err68 = { instancePath: instancePath + "/security/max_medium", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.type, parentSchema: schema19, data: data23 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 < 0 || isNaN(data23)) {
              const err69 = { instancePath: instancePath + "/security/max_medium", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19, data: data23 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
        }
        if (data19.secrets !== void 0) {
          let data24 = data19.secrets;
          if (typeof data24 !== "boolean") {
            const err70 = { instancePath: instancePath + "/security/secrets", schemaPath: "#/properties/security/properties/secrets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.security.properties.secrets.type, parentSchema: schema14.properties.security.properties.secrets, data: data24 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data19.vulnerabilities !== void 0) {
          let data25 = data19.vulnerabilities;
          if (typeof data25 !== "boolean") {
            const err71 = { instancePath: instancePath + "/security/vulnerabilities", schemaPath: "#/properties/security/properties/vulnerabilities/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.security.properties.vulnerabilities.type, parentSchema: schema14.properties.security.properties.vulnerabilities, data: data25 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.security.type, parentSchema: schema14.properties.security, data: data19 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
  } else {
    const err73 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err73];
    } else {
      vErrors.push(err73);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema25 = { "title": "Stages", "description": "What each stage runs. Every stage and step takes `enabled: false`.", "type": "object", "additionalProperties": false, "properties": { "specification": { "description": "Stage specification: parse and validate the spec, create or restore the context session.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "required_sections": { "type": "array", "items": { "type": "string", "minLength": 1 }, "default": ["Requirements"], "description": "Section titles (## Title) the spec must have, matched case-insensitively. Default: [Requirements]." } } }, "testing": { "description": "Stage testing: run the tests; gates test_pass_rate and test_coverage read the reports.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "reports": { "description": "Reports the test command writes.", "type": "object", "additionalProperties": false, "properties": { "junit": { "description": "JUnit XML test results (gate test_pass_rate). A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report.", "$ref": "#/definitions/reportRef" }, "coverage": { "description": "Coverage report: coverage.py JSON, Cobertura, JaCoCo XML, lcov or Istanbul (gate test_coverage).", "$ref": "#/definitions/reportRef" } } }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" } } }, "refactoring": { "description": "Stage refactoring: gates linting, type_checking, security and instructions_validation.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "linting": { "description": "Linter: command writes report; fix_command is offered or committed as quality_gates.linting.auto_fix says.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "fix_command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" } } }, "type_checking": { "description": "Type checker: its report feeds gate type_checking.", "$ref": "#/definitions/toolStep" }, "security": { "description": "Secret and vulnerability scanners: their reports feed gate security.", "$ref": "#/definitions/securityStep" }, "instructions_validation": { "description": "Validate the instruction files the globs match (gate instructions_validation).", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "globs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "default": [".github/instructions/**/*.instructions.md"], "description": "Instruction files to validate, relative to the workspace." } } } } }, "staging_deployment": { "description": "Stage staging_deployment (targets staging and production): promotion criteria, deploy, integration tests, health check, rollback on failure.", "allOf": [{ "$ref": "#/definitions/stagingDeploymentStage" }], "default": { "enabled": true, "environment": "staging", "timeout_seconds": 600, "github_deployment": true } }, "production_deployment": { "description": "Stage production_deployment (target production): promotion criteria, deploy, E2E tests, rollback on failure.", "allOf": [{ "$ref": "#/definitions/productionDeploymentStage" }], "default": { "enabled": true, "environment": "production", "timeout_seconds": 600, "github_deployment": true, "criteria": { "integration_coverage": { "threshold": 80 }, "soak": { "days": 7, "environment": "staging" }, "uptime": { "threshold": 99.5, "days": 7 } } } } } };
var schema26 = { "type": "boolean", "default": true, "description": "Set to false to skip this step." };
var schema28 = { "type": "string", "description": "Shell command template. Placeholders: {component}, {reports} (fresh per-run report directory), {path}, {tests}, {sha}. Write {{ and }} for literal braces." };
var schema31 = { "type": "integer", "minimum": 1, "default": 600, "description": "Seconds before the command is killed." };
var schema29 = { "description": 'Report the command writes: a path template (e.g. "{reports}/junit.xml"), or { path, format } to name the format instead of detecting it from the content.', "type": ["string", "object"], "minLength": 1, "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "minLength": 1, "description": "Path template of the report, relative to the workspace." }, "format": { "$ref": "#/definitions/reportFormat", "description": "Report format; detected from the content when left out." } } };
var schema30 = { "type": "string", "enum": ["junit", "coverage.py-json", "cobertura", "lcov", "istanbul-summary", "istanbul-final", "jacoco", "eslint-json", "tsc-text", "ruff-json", "pyright-json", "mypy-text", "mypy-json", "pylint-json", "secretlint-json", "detect-secrets-json", "gitleaks-json", "sarif", "bandit-json", "npm-audit-json", "pip-audit-json", "osv-scanner-json", "svelte-check-machine", "oxlint-json", "eslint", "tsc", "ruff", "pyright", "mypy", "pylint", "pylint-json2", "secretlint", "detect-secrets", "gitleaks", "gitleaks-sarif", "sarif-json", "sarif-2.1.0", "bandit", "npm-audit", "pip-audit", "svelte-check", "oxlint", "osv-scanner", "osv"], "description": "Report formats the pipeline reads. Test results: junit. Coverage: coverage.py-json, cobertura, lcov, istanbul-summary (coverage-summary.json), istanbul-final (coverage-final.json), jacoco (JaCoCo XML: jacoco-maven-plugin's target/site/jacoco/jacoco.xml, Gradle's build/reports/jacoco/test/jacocoTestReport.xml). Findings: eslint-json, tsc-text, ruff-json, pyright-json, mypy-text, mypy-json (mypy -O json), pylint-json, secretlint-json, detect-secrets-json, gitleaks-json, sarif, bandit-json, npm-audit-json (npm 7+), pip-audit-json, osv-scanner-json, svelte-check-machine (svelte-check --output machine or machine-verbose), oxlint-json (oxlint --format json); a findings format may also be named by its tool alone (eslint, bandit, npm-audit, pip-audit, osv-scanner, gitleaks, ...)." };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema29.type }, message: "must be string,object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (func2(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "path" || key0 === "format")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.path, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.path.type, parentSchema: schema29.properties.path, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data1 = data.format;
      if (typeof data1 !== "string") {
        const err6 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/reportFormat/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.type, parentSchema: schema30, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "junit" || data1 === "coverage.py-json" || data1 === "cobertura" || data1 === "lcov" || data1 === "istanbul-summary" || data1 === "istanbul-final" || data1 === "jacoco" || data1 === "eslint-json" || data1 === "tsc-text" || data1 === "ruff-json" || data1 === "pyright-json" || data1 === "mypy-text" || data1 === "mypy-json" || data1 === "pylint-json" || data1 === "secretlint-json" || data1 === "detect-secrets-json" || data1 === "gitleaks-json" || data1 === "sarif" || data1 === "bandit-json" || data1 === "npm-audit-json" || data1 === "pip-audit-json" || data1 === "osv-scanner-json" || data1 === "svelte-check-machine" || data1 === "oxlint-json" || data1 === "eslint" || data1 === "tsc" || data1 === "ruff" || data1 === "pyright" || data1 === "mypy" || data1 === "pylint" || data1 === "pylint-json2" || data1 === "secretlint" || data1 === "detect-secrets" || data1 === "gitleaks" || data1 === "gitleaks-sarif" || data1 === "sarif-json" || data1 === "sarif-2.1.0" || data1 === "bandit" || data1 === "npm-audit" || data1 === "pip-audit" || data1 === "svelte-check" || data1 === "oxlint" || data1 === "osv-scanner" || data1 === "osv")) {
        const err7 = { instancePath: instancePath + "/format", schemaPath: "#/definitions/reportFormat/enum", keyword: "enum", params: { allowedValues: schema30.enum }, message: "must be equal to one of the allowed values", schema: schema30.enum, parentSchema: schema30, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema37 = { "description": "A tool the refactoring stage runs.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "command" || key0 === "report")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      if (!validate14(data.report, { instancePath: instancePath + "/report", parentData: data, parentDataProperty: "report", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema40 = { "description": "Secret and vulnerability scanners: `report` and every entry of `reports` feed gate security.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "$ref": "#/definitions/command" }, "report": { "$ref": "#/definitions/reportRef" }, "reports": { "type": "array", "items": { "$ref": "#/definitions/reportRef" }, "default": [], "description": "More reports the command writes, e.g. a secret scan in `report` and `npm audit --json` here; each is read and judged." } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "command" || key0 === "report" || key0 === "reports")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.report !== void 0) {
      if (!validate14(data.report, { instancePath: instancePath + "/report", parentData: data, parentDataProperty: "report", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.reports !== void 0) {
      let data3 = data.reports;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate14(data3[i0], { instancePath: instancePath + "/reports/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.reports.type, parentSchema: schema40.properties.reports, data: data3 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema44 = { "description": "The staging deployment stage.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "type": "string", "description": "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}." }, "environment": { "type": "string", "minLength": 1, "description": "Deployment environment name ({environment})." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "rollback_command": { "type": "string", "description": "Run when deploy, health check or tests fail; then health is checked again." }, "health_check": { "$ref": "#/definitions/healthCheck" }, "integration_tests": { "$ref": "#/definitions/testCommand" }, "github_deployment": { "type": "boolean", "default": true, "description": "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions." }, "retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)." }, "no_retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)." } } };
var schema47 = { "description": "Polled after deploying (and after a rollback) until healthy or timed out.", "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "minLength": 1, "description": "http(s) URL; takes {environment_url} and the other deployment placeholders, but not {staging_url} (a health check polls its own stage's environment)." }, "expected_status": { "type": "integer", "minimum": 100, "maximum": 599, "default": 200, "description": "HTTP status meaning healthy." }, "json_field": { "type": "string", "minLength": 1, "description": "Dotted path of a field in the JSON body to check (e.g. status)." }, "expected_value": { "type": ["string", "number", "boolean"], "description": "Value json_field must have." }, "timeout_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 60, "description": "Give up after this long." }, "interval_seconds": { "type": "number", "exclusiveMinimum": 0, "default": 1, "description": "First delay between polls (doubles, up to 5 s)." } } };
var schema50 = { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 255 }, "uniqueItems": true };
var func10 = Object.prototype.hasOwnProperty;
var schema48 = { "description": "Tests run against the deployed environment, judged by the same gates as the testing stage.", "type": "object", "additionalProperties": false, "required": ["command"], "properties": { "command": { "type": "string", "minLength": 1, "description": "Command template; ENVIRONMENT_URL is set in its environment. Takes the deployment placeholders but {staging_url}: the tests check their own stage's environment ({environment_url})." }, "reports": { "type": "object", "additionalProperties": false, "properties": { "junit": { "$ref": "#/definitions/reportRef", "description": "JUnit XML of the tests. A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report." }, "coverage": { "$ref": "#/definitions/reportRef", "description": "Coverage report of the tests." } }, "description": "Reports the tests write (JUnit, coverage), judged like the testing stage's." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.command === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "command" || key0 === "reports" || key0 === "timeout_seconds")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data0 = data.command;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.properties.command, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.command.type, parentSchema: schema48.properties.command, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.reports !== void 0) {
      let data1 = data.reports;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "junit" || key1 === "coverage")) {
            const err4 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.reports, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.junit !== void 0) {
          if (!validate14(data1.junit, { instancePath: instancePath + "/reports/junit", parentData: data1, parentDataProperty: "junit", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data1.coverage !== void 0) {
          if (!validate14(data1.coverage, { instancePath: instancePath + "/reports/coverage", parentData: data1, parentDataProperty: "coverage", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/reports", schemaPath: "#/properties/reports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.reports.type, parentSchema: schema48.properties.reports, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.timeout_seconds !== void 0) {
      let data4 = data.timeout_seconds;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err6 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.type, parentSchema: schema31, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 1 || isNaN(data4)) {
          const err7 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31, data: data4 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func10.call(schema44.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.command.type, parentSchema: schema44.properties.command, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema44.properties.environment, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.environment.type, parentSchema: schema44.properties.environment, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timeout_seconds !== void 0) {
      let data3 = data.timeout_seconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.type, parentSchema: schema31, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.rollback_command !== void 0) {
      let data4 = data.rollback_command;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/rollback_command", schemaPath: "#/properties/rollback_command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.rollback_command.type, parentSchema: schema44.properties.rollback_command, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.health_check !== void 0) {
      let data5 = data.health_check;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.url === void 0) {
          const err8 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema47.required, parentSchema: schema47, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "url" || key1 === "expected_status" || key1 === "json_field" || key1 === "expected_value" || key1 === "timeout_seconds" || key1 === "interval_seconds")) {
            const err9 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.url !== void 0) {
          let data6 = data5.url;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err10 = { instancePath: instancePath + "/health_check/url", schemaPath: "#/definitions/healthCheck/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.url, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/health_check/url", schemaPath: "#/definitions/healthCheck/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.url.type, parentSchema: schema47.properties.url, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.expected_status !== void 0) {
          let data7 = data5.expected_status;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err12 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.expected_status.type, parentSchema: schema47.properties.expected_status, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 599 || isNaN(data7)) {
              const err13 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema47.properties.expected_status, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data7 < 100 || isNaN(data7)) {
              const err14 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema47.properties.expected_status, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data5.json_field !== void 0) {
          let data8 = data5.json_field;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err15 = { instancePath: instancePath + "/health_check/json_field", schemaPath: "#/definitions/healthCheck/properties/json_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.json_field, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/health_check/json_field", schemaPath: "#/definitions/healthCheck/properties/json_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.json_field.type, parentSchema: schema47.properties.json_field, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.expected_value !== void 0) {
          let data9 = data5.expected_value;
          if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean") {
            const err17 = { instancePath: instancePath + "/health_check/expected_value", schemaPath: "#/definitions/healthCheck/properties/expected_value/type", keyword: "type", params: { type: schema47.properties.expected_value.type }, message: "must be string,number,boolean", schema: schema47.properties.expected_value.type, parentSchema: schema47.properties.expected_value, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.timeout_seconds !== void 0) {
          let data10 = data5.timeout_seconds;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 <= 0 || isNaN(data10)) {
              const err18 = { instancePath: instancePath + "/health_check/timeout_seconds", schemaPath: "#/definitions/healthCheck/properties/timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema47.properties.timeout_seconds, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/health_check/timeout_seconds", schemaPath: "#/definitions/healthCheck/properties/timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.timeout_seconds.type, parentSchema: schema47.properties.timeout_seconds, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.interval_seconds !== void 0) {
          let data11 = data5.interval_seconds;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 <= 0 || isNaN(data11)) {
              const err20 = { instancePath: instancePath + "/health_check/interval_seconds", schemaPath: "#/definitions/healthCheck/properties/interval_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema47.properties.interval_seconds, data: data11 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/health_check/interval_seconds", schemaPath: "#/definitions/healthCheck/properties/interval_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.interval_seconds.type, parentSchema: schema47.properties.interval_seconds, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.integration_tests !== void 0) {
      if (!validate26(data.integration_tests, { instancePath: instancePath + "/integration_tests", parentData: data, parentDataProperty: "integration_tests", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.github_deployment !== void 0) {
      let data13 = data.github_deployment;
      if (typeof data13 !== "boolean") {
        const err23 = { instancePath: instancePath + "/github_deployment", schemaPath: "#/properties/github_deployment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema44.properties.github_deployment.type, parentSchema: schema44.properties.github_deployment, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retry_on_exit_codes !== void 0) {
      let data14 = data.retry_on_exit_codes;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data14[i0];
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err24 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.items.type, parentSchema: schema50.items, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 255 || isNaN(data15)) {
              const err25 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema50.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err26 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.items, data: data15 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        let i1 = data14.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data14[i1];
            if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err27 = { instancePath: instancePath + "/retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema50, data: data14 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data14 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.no_retry_on_exit_codes !== void 0) {
      let data16 = data.no_retry_on_exit_codes;
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data17 = data16[i2];
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err29 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.items.type, parentSchema: schema50.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 > 255 || isNaN(data17)) {
              const err30 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema50.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data17 < 1 || isNaN(data17)) {
              const err31 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        let i3 = data16.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data16[i3];
            if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err32 = { instancePath: instancePath + "/no_retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema50, data: data16 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/no_retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema52 = { "description": "The production deployment stage.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "$ref": "#/definitions/enabled" }, "command": { "type": "string", "description": "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}." }, "environment": { "type": "string", "minLength": 1, "description": "Deployment environment name ({environment})." }, "timeout_seconds": { "$ref": "#/definitions/timeoutSeconds" }, "rollback_command": { "type": "string", "description": "Run when deploy, health check or tests fail; then health is checked again." }, "health_check": { "$ref": "#/definitions/healthCheck" }, "e2e_tests": { "$ref": "#/definitions/testCommand" }, "criteria": { "$ref": "#/definitions/productionCriteria" }, "github_deployment": { "type": "boolean", "default": true, "description": "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions." }, "retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)." }, "no_retry_on_exit_codes": { "$ref": "#/definitions/exitCodes", "description": "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)." } } };
var schema56 = { "description": "dev\u2192production criteria, each read from a real source; a criterion without a source is unmet, never assumed.", "type": "object", "additionalProperties": false, "properties": { "integration_coverage": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 80, "description": "Minimum integration coverage, percent." }, "report": { "$ref": "#/definitions/reportRef", "description": "Coverage report to read instead of this run's staging integration tests." } }, "description": "Coverage of the staging integration tests (this run's, or a report)." }, "performance": { "type": "object", "additionalProperties": false, "required": ["report", "slas"], "properties": { "command": { "type": "string", "description": "Command that writes the benchmark report (e.g. a load test against {staging_url})." }, "report": { "type": "string", "minLength": 1, "description": "Benchmark JSON: k6 --summary-export, autocannon --json, or {metric: value}." }, "format": { "type": "string", "enum": ["k6", "autocannon", "generic"], "description": "Benchmark format; detected when left out." }, "slas": { "type": "object", "minProperties": 1, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "max": { "type": "number", "description": "Largest acceptable value." }, "min": { "type": "number", "description": "Smallest acceptable value." } }, "description": "Bounds of one metric." }, "description": "metric \u2192 {max} / {min}, e.g. p95_latency_ms: {max: 300}, error_rate: {max: 0.01}." } }, "description": "Performance SLAs read from a benchmark report." }, "soak": { "type": "object", "additionalProperties": false, "properties": { "days": { "type": "number", "minimum": 0, "default": 7, "description": "This commit must have been deployed to staging successfully at least this long ago, with no failure since (GitHub Deployments API)." }, "environment": { "type": "string", "minLength": 1, "default": "staging", "description": "Environment whose deployments count as the soak. Unset, it is the staging stage's environment (stages.staging_deployment.environment, 'staging' by default): renaming that environment moves the soak with it." } }, "description": "Staging soak time before production." }, "uptime": { "type": "object", "additionalProperties": false, "properties": { "threshold": { "allOf": [{ "$ref": "#/definitions/percent" }], "default": 99.5, "description": "Minimum uptime, percent." }, "days": { "type": "number", "exclusiveMinimum": 0, "default": 7, "description": "Window the uptime must cover, in days." }, "command": { "type": "string", "description": "Prints JSON {uptime_percent, window_days}." }, "url": { "type": "string", "description": "Returns JSON {uptime_percent, window_days}." } }, "description": "Uptime over a window, from a command or an HTTP endpoint returning JSON." }, "security_review": { "type": "object", "additionalProperties": false, "properties": { "users": { "type": "array", "items": { "type": "string" }, "description": "GitHub logins whose approving review counts." }, "teams": { "type": "array", "items": { "type": "string" }, "description": "org/team-slug" }, "labels": { "type": "array", "items": { "type": "string" }, "description": "Pull request labels that mark the review as done." } }, "description": "The pull request that brought the commit has an approving review from one of these users or teams, or one of these labels." } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "integration_coverage" || key0 === "performance" || key0 === "soak" || key0 === "uptime" || key0 === "security_review")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.integration_coverage !== void 0) {
      let data0 = data.integration_coverage;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "threshold" || key1 === "report")) {
            const err1 = { instancePath: instancePath + "/integration_coverage", schemaPath: "#/properties/integration_coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.integration_coverage, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.threshold !== void 0) {
          let data1 = data0.threshold;
          const _errs9 = errors;
          const _errs10 = errors;
          if (errors === _errs10) {
            if (typeof data1 == "number" && isFinite(data1)) {
              if (data1 >= 1 || isNaN(data1)) {
                const err2 = {};
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              } else {
                if (data1 <= 0 || isNaN(data1)) {
                  const err3 = {};
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              }
            } else {
              const err4 = {};
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid4 = _errs10 === errors;
          if (valid4) {
            const err5 = { instancePath: instancePath + "/integration_coverage/threshold", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 100 || isNaN(data1)) {
              const err6 = { instancePath: instancePath + "/integration_coverage/threshold", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err7 = { instancePath: instancePath + "/integration_coverage/threshold", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/integration_coverage/threshold", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.report !== void 0) {
          if (!validate14(data0.report, { instancePath: instancePath + "/integration_coverage/report", parentData: data0, parentDataProperty: "report", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/integration_coverage", schemaPath: "#/properties/integration_coverage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.integration_coverage.type, parentSchema: schema56.properties.integration_coverage, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.performance !== void 0) {
      let data3 = data.performance;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.report === void 0) {
          const err10 = { instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'", schema: schema56.properties.performance.required, parentSchema: schema56.properties.performance, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.slas === void 0) {
          const err11 = { instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/required", keyword: "required", params: { missingProperty: "slas" }, message: "must have required property 'slas'", schema: schema56.properties.performance.required, parentSchema: schema56.properties.performance, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key2 in data3) {
          if (!(key2 === "command" || key2 === "report" || key2 === "format" || key2 === "slas")) {
            const err12 = { instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.performance, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.command !== void 0) {
          let data4 = data3.command;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/performance/command", schemaPath: "#/properties/performance/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.performance.properties.command.type, parentSchema: schema56.properties.performance.properties.command, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.report !== void 0) {
          let data5 = data3.report;
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err14 = { instancePath: instancePath + "/performance/report", schemaPath: "#/properties/performance/properties/report/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.performance.properties.report, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/performance/report", schemaPath: "#/properties/performance/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.performance.properties.report.type, parentSchema: schema56.properties.performance.properties.report, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data3.format !== void 0) {
          let data6 = data3.format;
          if (typeof data6 !== "string") {
            const err16 = { instancePath: instancePath + "/performance/format", schemaPath: "#/properties/performance/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.performance.properties.format.type, parentSchema: schema56.properties.performance.properties.format, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data6 === "k6" || data6 === "autocannon" || data6 === "generic")) {
            const err17 = { instancePath: instancePath + "/performance/format", schemaPath: "#/properties/performance/properties/format/enum", keyword: "enum", params: { allowedValues: schema56.properties.performance.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema56.properties.performance.properties.format.enum, parentSchema: schema56.properties.performance.properties.format, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.slas !== void 0) {
          let data7 = data3.slas;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (Object.keys(data7).length < 1) {
              const err18 = { instancePath: instancePath + "/performance/slas", schemaPath: "#/properties/performance/properties/slas/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema56.properties.performance.properties.slas, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key3 in data7) {
              let data8 = data7[key3];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key4 in data8) {
                  if (!(key4 === "max" || key4 === "min")) {
                    const err19 = { instancePath: instancePath + "/performance/slas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/performance/properties/slas/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.performance.properties.slas.additionalProperties, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data8.max !== void 0) {
                  let data9 = data8.max;
                  if (!(typeof data9 == "number" && isFinite(data9))) {
                    const err20 = { instancePath: instancePath + "/performance/slas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/performance/properties/slas/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.performance.properties.slas.additionalProperties.properties.max.type, parentSchema: schema56.properties.performance.properties.slas.additionalProperties.properties.max, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data8.min !== void 0) {
                  let data10 = data8.min;
                  if (!(typeof data10 == "number" && isFinite(data10))) {
                    const err21 = { instancePath: instancePath + "/performance/slas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/performance/properties/slas/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.performance.properties.slas.additionalProperties.properties.min.type, parentSchema: schema56.properties.performance.properties.slas.additionalProperties.properties.min, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              } else {
                const err22 = { instancePath: instancePath + "/performance/slas/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/performance/properties/slas/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.performance.properties.slas.additionalProperties.type, parentSchema: schema56.properties.performance.properties.slas.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/performance/slas", schemaPath: "#/properties/performance/properties/slas/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.performance.properties.slas.type, parentSchema: schema56.properties.performance.properties.slas, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/performance", schemaPath: "#/properties/performance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.performance.type, parentSchema: schema56.properties.performance, data: data3 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.soak !== void 0) {
      let data11 = data.soak;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key5 in data11) {
          if (!(key5 === "days" || key5 === "environment")) {
            const err25 = { instancePath: instancePath + "/soak", schemaPath: "#/properties/soak/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.soak, data: data11 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data11.days !== void 0) {
          let data12 = data11.days;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err26 = { instancePath: instancePath + "/soak/days", schemaPath: "#/properties/soak/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema56.properties.soak.properties.days, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/soak/days", schemaPath: "#/properties/soak/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.soak.properties.days.type, parentSchema: schema56.properties.soak.properties.days, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data11.environment !== void 0) {
          let data13 = data11.environment;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err28 = { instancePath: instancePath + "/soak/environment", schemaPath: "#/properties/soak/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.soak.properties.environment, data: data13 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/soak/environment", schemaPath: "#/properties/soak/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.soak.properties.environment.type, parentSchema: schema56.properties.soak.properties.environment, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/soak", schemaPath: "#/properties/soak/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.soak.type, parentSchema: schema56.properties.soak, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.uptime !== void 0) {
      let data14 = data.uptime;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key6 in data14) {
          if (!(key6 === "threshold" || key6 === "days" || key6 === "command" || key6 === "url")) {
            const err31 = { instancePath: instancePath + "/uptime", schemaPath: "#/properties/uptime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.uptime, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data14.threshold !== void 0) {
          let data15 = data14.threshold;
          const _errs46 = errors;
          const _errs47 = errors;
          if (errors === _errs47) {
            if (typeof data15 == "number" && isFinite(data15)) {
              if (data15 >= 1 || isNaN(data15)) {
                const err32 = {};
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              } else {
                if (data15 <= 0 || isNaN(data15)) {
                  const err33 = {};
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            } else {
              const err34 = {};
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var valid12 = _errs47 === errors;
          if (valid12) {
            const err35 = { instancePath: instancePath + "/uptime/threshold", schemaPath: "#/definitions/percent/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema15.not, parentSchema: schema15, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err36 = { instancePath: instancePath + "/uptime/threshold", schemaPath: "#/definitions/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data15 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err37 = { instancePath: instancePath + "/uptime/threshold", schemaPath: "#/definitions/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema15, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/uptime/threshold", schemaPath: "#/definitions/percent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.type, parentSchema: schema15, data: data15 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.days !== void 0) {
          let data16 = data14.days;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 <= 0 || isNaN(data16)) {
              const err39 = { instancePath: instancePath + "/uptime/days", schemaPath: "#/properties/uptime/properties/days/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema56.properties.uptime.properties.days, data: data16 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/uptime/days", schemaPath: "#/properties/uptime/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema56.properties.uptime.properties.days.type, parentSchema: schema56.properties.uptime.properties.days, data: data16 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data14.command !== void 0) {
          let data17 = data14.command;
          if (typeof data17 !== "string") {
            const err41 = { instancePath: instancePath + "/uptime/command", schemaPath: "#/properties/uptime/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.uptime.properties.command.type, parentSchema: schema56.properties.uptime.properties.command, data: data17 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data14.url !== void 0) {
          let data18 = data14.url;
          if (typeof data18 !== "string") {
            const err42 = { instancePath: instancePath + "/uptime/url", schemaPath: "#/properties/uptime/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.uptime.properties.url.type, parentSchema: schema56.properties.uptime.properties.url, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/uptime", schemaPath: "#/properties/uptime/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.uptime.type, parentSchema: schema56.properties.uptime, data: data14 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.security_review !== void 0) {
      let data19 = data.security_review;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key7 in data19) {
          if (!(key7 === "users" || key7 === "teams" || key7 === "labels")) {
            const err44 = { instancePath: instancePath + "/security_review", schemaPath: "#/properties/security_review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56.properties.security_review, data: data19 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data19.users !== void 0) {
          let data20 = data19.users;
          if (Array.isArray(data20)) {
            const len0 = data20.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data21 = data20[i0];
              if (typeof data21 !== "string") {
                const err45 = { instancePath: instancePath + "/security_review/users/" + i0, schemaPath: "#/properties/security_review/properties/users/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.security_review.properties.users.items.type, parentSchema: schema56.properties.security_review.properties.users.items, data: data21 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/security_review/users", schemaPath: "#/properties/security_review/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.security_review.properties.users.type, parentSchema: schema56.properties.security_review.properties.users, data: data20 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data19.teams !== void 0) {
          let data22 = data19.teams;
          if (Array.isArray(data22)) {
            const len1 = data22.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data23 = data22[i1];
              if (typeof data23 !== "string") {
                const err47 = { instancePath: instancePath + "/security_review/teams/" + i1, schemaPath: "#/properties/security_review/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.security_review.properties.teams.items.type, parentSchema: schema56.properties.security_review.properties.teams.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/security_review/teams", schemaPath: "#/properties/security_review/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.security_review.properties.teams.type, parentSchema: schema56.properties.security_review.properties.teams, data: data22 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data19.labels !== void 0) {
          let data24 = data19.labels;
          if (Array.isArray(data24)) {
            const len2 = data24.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data25 = data24[i2];
              if (typeof data25 !== "string") {
                const err49 = { instancePath: instancePath + "/security_review/labels/" + i2, schemaPath: "#/properties/security_review/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.security_review.properties.labels.items.type, parentSchema: schema56.properties.security_review.properties.labels.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/security_review/labels", schemaPath: "#/properties/security_review/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.security_review.properties.labels.type, parentSchema: schema56.properties.security_review.properties.labels, data: data24 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/security_review", schemaPath: "#/properties/security_review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.properties.security_review.type, parentSchema: schema56.properties.security_review, data: data19 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
  } else {
    const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err52];
    } else {
      vErrors.push(err52);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func10.call(schema52.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data1 = data.command;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.command.type, parentSchema: schema52.properties.command, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data2 = data.environment;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.environment, data: data2 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.environment.type, parentSchema: schema52.properties.environment, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timeout_seconds !== void 0) {
      let data3 = data.timeout_seconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.type, parentSchema: schema31, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err6 = { instancePath: instancePath + "/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.rollback_command !== void 0) {
      let data4 = data.rollback_command;
      if (typeof data4 !== "string") {
        const err7 = { instancePath: instancePath + "/rollback_command", schemaPath: "#/properties/rollback_command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.rollback_command.type, parentSchema: schema52.properties.rollback_command, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.health_check !== void 0) {
      let data5 = data.health_check;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.url === void 0) {
          const err8 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema47.required, parentSchema: schema47, data: data5 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "url" || key1 === "expected_status" || key1 === "json_field" || key1 === "expected_value" || key1 === "timeout_seconds" || key1 === "interval_seconds")) {
            const err9 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data5.url !== void 0) {
          let data6 = data5.url;
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err10 = { instancePath: instancePath + "/health_check/url", schemaPath: "#/definitions/healthCheck/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.url, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/health_check/url", schemaPath: "#/definitions/healthCheck/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.url.type, parentSchema: schema47.properties.url, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.expected_status !== void 0) {
          let data7 = data5.expected_status;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err12 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.expected_status.type, parentSchema: schema47.properties.expected_status, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 599 || isNaN(data7)) {
              const err13 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599", schema: 599, parentSchema: schema47.properties.expected_status, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data7 < 100 || isNaN(data7)) {
              const err14 = { instancePath: instancePath + "/health_check/expected_status", schemaPath: "#/definitions/healthCheck/properties/expected_status/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema47.properties.expected_status, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data5.json_field !== void 0) {
          let data8 = data5.json_field;
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err15 = { instancePath: instancePath + "/health_check/json_field", schemaPath: "#/definitions/healthCheck/properties/json_field/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema47.properties.json_field, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/health_check/json_field", schemaPath: "#/definitions/healthCheck/properties/json_field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.json_field.type, parentSchema: schema47.properties.json_field, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.expected_value !== void 0) {
          let data9 = data5.expected_value;
          if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean") {
            const err17 = { instancePath: instancePath + "/health_check/expected_value", schemaPath: "#/definitions/healthCheck/properties/expected_value/type", keyword: "type", params: { type: schema47.properties.expected_value.type }, message: "must be string,number,boolean", schema: schema47.properties.expected_value.type, parentSchema: schema47.properties.expected_value, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.timeout_seconds !== void 0) {
          let data10 = data5.timeout_seconds;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 <= 0 || isNaN(data10)) {
              const err18 = { instancePath: instancePath + "/health_check/timeout_seconds", schemaPath: "#/definitions/healthCheck/properties/timeout_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema47.properties.timeout_seconds, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/health_check/timeout_seconds", schemaPath: "#/definitions/healthCheck/properties/timeout_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.timeout_seconds.type, parentSchema: schema47.properties.timeout_seconds, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.interval_seconds !== void 0) {
          let data11 = data5.interval_seconds;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 <= 0 || isNaN(data11)) {
              const err20 = { instancePath: instancePath + "/health_check/interval_seconds", schemaPath: "#/definitions/healthCheck/properties/interval_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema47.properties.interval_seconds, data: data11 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/health_check/interval_seconds", schemaPath: "#/definitions/healthCheck/properties/interval_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema47.properties.interval_seconds.type, parentSchema: schema47.properties.interval_seconds, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/health_check", schemaPath: "#/definitions/healthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.e2e_tests !== void 0) {
      if (!validate26(data.e2e_tests, { instancePath: instancePath + "/e2e_tests", parentData: data, parentDataProperty: "e2e_tests", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.criteria !== void 0) {
      if (!validate33(data.criteria, { instancePath: instancePath + "/criteria", parentData: data, parentDataProperty: "criteria", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.github_deployment !== void 0) {
      let data14 = data.github_deployment;
      if (typeof data14 !== "boolean") {
        const err23 = { instancePath: instancePath + "/github_deployment", schemaPath: "#/properties/github_deployment/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema52.properties.github_deployment.type, parentSchema: schema52.properties.github_deployment, data: data14 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.retry_on_exit_codes !== void 0) {
      let data15 = data.retry_on_exit_codes;
      if (Array.isArray(data15)) {
        const len0 = data15.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data16 = data15[i0];
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err24 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.items.type, parentSchema: schema50.items, data: data16 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 255 || isNaN(data16)) {
              const err25 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema50.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data16 < 1 || isNaN(data16)) {
              const err26 = { instancePath: instancePath + "/retry_on_exit_codes/" + i0, schemaPath: "#/definitions/exitCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.items, data: data16 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        let i1 = data15.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data15[i1];
            if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err27 = { instancePath: instancePath + "/retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema50, data: data15 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data15 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.no_retry_on_exit_codes !== void 0) {
      let data17 = data.no_retry_on_exit_codes;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data18 = data17[i2];
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
            const err29 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.items.type, parentSchema: schema50.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 255 || isNaN(data18)) {
              const err30 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255", schema: 255, parentSchema: schema50.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data18 < 1 || isNaN(data18)) {
              const err31 = { instancePath: instancePath + "/no_retry_on_exit_codes/" + i2, schemaPath: "#/definitions/exitCodes/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        let i3 = data17.length;
        let j1;
        if (i3 > 1) {
          const indices1 = {};
          for (; i3--; ) {
            let item1 = data17[i3];
            if (!(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
              continue;
            }
            if (typeof indices1[item1] == "number") {
              j1 = indices1[item1];
              const err32 = { instancePath: instancePath + "/no_retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema50, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
              break;
            }
            indices1[item1] = i3;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/no_retry_on_exit_codes", schemaPath: "#/definitions/exitCodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema50.type, parentSchema: schema50, data: data17 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "specification" || key0 === "testing" || key0 === "refactoring" || key0 === "staging_deployment" || key0 === "production_deployment")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.specification !== void 0) {
      let data0 = data.specification;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "enabled" || key1 === "required_sections")) {
            const err1 = { instancePath: instancePath + "/specification", schemaPath: "#/properties/specification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.specification, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.enabled !== void 0) {
          let data1 = data0.enabled;
          if (typeof data1 !== "boolean") {
            const err2 = { instancePath: instancePath + "/specification/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.required_sections !== void 0) {
          let data2 = data0.required_sections;
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (func2(data3) < 1) {
                  const err3 = { instancePath: instancePath + "/specification/required_sections/" + i0, schemaPath: "#/properties/specification/properties/required_sections/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.specification.properties.required_sections.items, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = { instancePath: instancePath + "/specification/required_sections/" + i0, schemaPath: "#/properties/specification/properties/required_sections/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.specification.properties.required_sections.items.type, parentSchema: schema25.properties.specification.properties.required_sections.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/specification/required_sections", schemaPath: "#/properties/specification/properties/required_sections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.specification.properties.required_sections.type, parentSchema: schema25.properties.specification.properties.required_sections, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/specification", schemaPath: "#/properties/specification/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.specification.type, parentSchema: schema25.properties.specification, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.testing !== void 0) {
      let data4 = data.testing;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "enabled" || key2 === "command" || key2 === "reports" || key2 === "timeout_seconds")) {
            const err7 = { instancePath: instancePath + "/testing", schemaPath: "#/properties/testing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.testing, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.enabled !== void 0) {
          let data5 = data4.enabled;
          if (typeof data5 !== "boolean") {
            const err8 = { instancePath: instancePath + "/testing/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.command !== void 0) {
          let data6 = data4.command;
          if (typeof data6 !== "string") {
            const err9 = { instancePath: instancePath + "/testing/command", schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.reports !== void 0) {
          let data7 = data4.reports;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              if (!(key3 === "junit" || key3 === "coverage")) {
                const err10 = { instancePath: instancePath + "/testing/reports", schemaPath: "#/properties/testing/properties/reports/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.testing.properties.reports, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data7.junit !== void 0) {
              if (!validate14(data7.junit, { instancePath: instancePath + "/testing/reports/junit", parentData: data7, parentDataProperty: "junit", rootData })) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
              }
            }
            if (data7.coverage !== void 0) {
              if (!validate14(data7.coverage, { instancePath: instancePath + "/testing/reports/coverage", parentData: data7, parentDataProperty: "coverage", rootData })) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/testing/reports", schemaPath: "#/properties/testing/properties/reports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.testing.properties.reports.type, parentSchema: schema25.properties.testing.properties.reports, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4.timeout_seconds !== void 0) {
          let data10 = data4.timeout_seconds;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err12 = { instancePath: instancePath + "/testing/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.type, parentSchema: schema31, data: data10 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err13 = { instancePath: instancePath + "/testing/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31, data: data10 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/testing", schemaPath: "#/properties/testing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.testing.type, parentSchema: schema25.properties.testing, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.refactoring !== void 0) {
      let data11 = data.refactoring;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          if (!(key4 === "enabled" || key4 === "timeout_seconds" || key4 === "linting" || key4 === "type_checking" || key4 === "security" || key4 === "instructions_validation")) {
            const err15 = { instancePath: instancePath + "/refactoring", schemaPath: "#/properties/refactoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.refactoring, data: data11 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data11.enabled !== void 0) {
          let data12 = data11.enabled;
          if (typeof data12 !== "boolean") {
            const err16 = { instancePath: instancePath + "/refactoring/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data12 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.timeout_seconds !== void 0) {
          let data13 = data11.timeout_seconds;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err17 = { instancePath: instancePath + "/refactoring/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.type, parentSchema: schema31, data: data13 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 1 || isNaN(data13)) {
              const err18 = { instancePath: instancePath + "/refactoring/timeout_seconds", schemaPath: "#/definitions/timeoutSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31, data: data13 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
        }
        if (data11.linting !== void 0) {
          let data14 = data11.linting;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key5 in data14) {
              if (!(key5 === "enabled" || key5 === "command" || key5 === "fix_command" || key5 === "report")) {
                const err19 = { instancePath: instancePath + "/refactoring/linting", schemaPath: "#/properties/refactoring/properties/linting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.refactoring.properties.linting, data: data14 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data14.enabled !== void 0) {
              let data15 = data14.enabled;
              if (typeof data15 !== "boolean") {
                const err20 = { instancePath: instancePath + "/refactoring/linting/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data15 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data14.command !== void 0) {
              let data16 = data14.command;
              if (typeof data16 !== "string") {
                const err21 = { instancePath: instancePath + "/refactoring/linting/command", schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data16 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data14.fix_command !== void 0) {
              let data17 = data14.fix_command;
              if (typeof data17 !== "string") {
                const err22 = { instancePath: instancePath + "/refactoring/linting/fix_command", schemaPath: "#/definitions/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.type, parentSchema: schema28, data: data17 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data14.report !== void 0) {
              if (!validate14(data14.report, { instancePath: instancePath + "/refactoring/linting/report", parentData: data14, parentDataProperty: "report", rootData })) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/refactoring/linting", schemaPath: "#/properties/refactoring/properties/linting/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.refactoring.properties.linting.type, parentSchema: schema25.properties.refactoring.properties.linting, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.type_checking !== void 0) {
          if (!validate18(data11.type_checking, { instancePath: instancePath + "/refactoring/type_checking", parentData: data11, parentDataProperty: "type_checking", rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
        if (data11.security !== void 0) {
          if (!validate21(data11.security, { instancePath: instancePath + "/refactoring/security", parentData: data11, parentDataProperty: "security", rootData })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data11.instructions_validation !== void 0) {
          let data21 = data11.instructions_validation;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "enabled" || key6 === "globs")) {
                const err24 = { instancePath: instancePath + "/refactoring/instructions_validation", schemaPath: "#/properties/refactoring/properties/instructions_validation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties.refactoring.properties.instructions_validation, data: data21 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data21.enabled !== void 0) {
              let data22 = data21.enabled;
              if (typeof data22 !== "boolean") {
                const err25 = { instancePath: instancePath + "/refactoring/instructions_validation/enabled", schemaPath: "#/definitions/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.type, parentSchema: schema26, data: data22 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data21.globs !== void 0) {
              let data23 = data21.globs;
              if (Array.isArray(data23)) {
                const len1 = data23.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data24 = data23[i1];
                  if (typeof data24 === "string") {
                    if (func2(data24) < 1) {
                      const err26 = { instancePath: instancePath + "/refactoring/instructions_validation/globs/" + i1, schemaPath: "#/properties/refactoring/properties/instructions_validation/properties/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.refactoring.properties.instructions_validation.properties.globs.items, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/refactoring/instructions_validation/globs/" + i1, schemaPath: "#/properties/refactoring/properties/instructions_validation/properties/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.refactoring.properties.instructions_validation.properties.globs.items.type, parentSchema: schema25.properties.refactoring.properties.instructions_validation.properties.globs.items, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/refactoring/instructions_validation/globs", schemaPath: "#/properties/refactoring/properties/instructions_validation/properties/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.refactoring.properties.instructions_validation.properties.globs.type, parentSchema: schema25.properties.refactoring.properties.instructions_validation.properties.globs, data: data23 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/refactoring/instructions_validation", schemaPath: "#/properties/refactoring/properties/instructions_validation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.refactoring.properties.instructions_validation.type, parentSchema: schema25.properties.refactoring.properties.instructions_validation, data: data21 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/refactoring", schemaPath: "#/properties/refactoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties.refactoring.type, parentSchema: schema25.properties.refactoring, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.staging_deployment !== void 0) {
      if (!validate25(data.staging_deployment, { instancePath: instancePath + "/staging_deployment", parentData: data, parentDataProperty: "staging_deployment", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.production_deployment !== void 0) {
      if (!validate31(data.production_deployment, { instancePath: instancePath + "/production_deployment", parentData: data, parentDataProperty: "production_deployment", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema61 = { "title": "Error recovery", "description": "Retry policies per stage and the circuit breaker around them.", "type": "object", "additionalProperties": false, "properties": { "testing": { "description": "Retry policy of stage testing.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 3, "base_delay": 1, "exponential_base": 2, "max_delay": 10, "jitter": true, "retry_on_timeout": false } }, "refactoring": { "description": "Retry policy of stage refactoring.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 2, "base_delay": 1, "exponential_base": 2, "max_delay": 10, "jitter": true, "retry_on_timeout": false } }, "staging_deployment": { "description": "Retry policy of stage staging_deployment.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 5, "base_delay": 2, "exponential_base": 2, "max_delay": 30, "jitter": true, "retry_on_timeout": false } }, "production_deployment": { "description": "Retry policy of stage production_deployment.", "allOf": [{ "$ref": "#/definitions/retryPolicy" }], "default": { "max_retries": 3, "base_delay": 5, "exponential_base": 1.5, "max_delay": 60, "jitter": true, "retry_on_timeout": false } }, "circuit_breaker": { "description": "One breaker per deployment environment, kept across runs (.spec-to-production/state/, the Actions cache in CI): consecutive failed calls to the environment (deploy attempts, health checks, integration/E2E suites that could not run, rollbacks) open it; while open, deploys are refused without running; after recovery_timeout one trial deploy goes through and its success closes it.", "type": "object", "additionalProperties": false, "properties": { "failure_threshold": { "type": "integer", "minimum": 1, "default": 5, "description": "Consecutive failed calls to the environment, across runs, that open the circuit." }, "recovery_timeout": { "type": "number", "minimum": 0, "maximum": 31536e3, "default": 60, "description": "Seconds the circuit stays open before one trial deploy is let through (also across runs); at most a year (31536000)." }, "half_open_max_calls": { "type": "integer", "minimum": 1, "default": 1, "description": "Trial calls allowed while half-open." } } } } };
var schema62 = { "description": "Retries with exponential backoff: delay = min(max_delay, base_delay * exponential_base^attempt), randomized when jitter.", "type": "object", "additionalProperties": false, "properties": { "max_retries": { "type": "integer", "minimum": 0, "maximum": 100, "description": "Retries after the first attempt." }, "base_delay": { "type": "number", "minimum": 0, "maximum": 21600, "description": "Seconds before the first retry (at most 6 hours, a GitHub job's limit)." }, "exponential_base": { "type": "number", "minimum": 1, "description": "Factor between consecutive delays." }, "max_delay": { "type": "number", "minimum": 0, "maximum": 21600, "description": "Upper bound of one delay, in seconds (at most 6 hours, a GitHub job's limit)." }, "jitter": { "type": "boolean", "description": "Randomize delays." }, "retry_on_timeout": { "type": "boolean", "default": false, "description": "Retry a command killed at its timeout (a hang usually hangs again)." } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "testing" || key0 === "refactoring" || key0 === "staging_deployment" || key0 === "production_deployment" || key0 === "circuit_breaker")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.testing !== void 0) {
      let data0 = data.testing;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "max_retries" || key1 === "base_delay" || key1 === "exponential_base" || key1 === "max_delay" || key1 === "jitter" || key1 === "retry_on_timeout")) {
            const err1 = { instancePath: instancePath + "/testing", schemaPath: "#/definitions/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.max_retries !== void 0) {
          let data1 = data0.max_retries;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err2 = { instancePath: instancePath + "/testing/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.max_retries.type, parentSchema: schema62.properties.max_retries, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 100 || isNaN(data1)) {
              const err3 = { instancePath: instancePath + "/testing/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.max_retries, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err4 = { instancePath: instancePath + "/testing/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_retries, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
        if (data0.base_delay !== void 0) {
          let data2 = data0.base_delay;
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 21600 || isNaN(data2)) {
              const err5 = { instancePath: instancePath + "/testing/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.base_delay, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/testing/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.base_delay, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/testing/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.base_delay.type, parentSchema: schema62.properties.base_delay, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.exponential_base !== void 0) {
          let data3 = data0.exponential_base;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 1 || isNaN(data3)) {
              const err8 = { instancePath: instancePath + "/testing/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.exponential_base, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/testing/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.exponential_base.type, parentSchema: schema62.properties.exponential_base, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.max_delay !== void 0) {
          let data4 = data0.max_delay;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 21600 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/testing/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.max_delay, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4 < 0 || isNaN(data4)) {
              const err11 = { instancePath: instancePath + "/testing/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_delay, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/testing/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.max_delay.type, parentSchema: schema62.properties.max_delay, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.jitter !== void 0) {
          let data5 = data0.jitter;
          if (typeof data5 !== "boolean") {
            const err13 = { instancePath: instancePath + "/testing/jitter", schemaPath: "#/definitions/retryPolicy/properties/jitter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.jitter.type, parentSchema: schema62.properties.jitter, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data0.retry_on_timeout !== void 0) {
          let data6 = data0.retry_on_timeout;
          if (typeof data6 !== "boolean") {
            const err14 = { instancePath: instancePath + "/testing/retry_on_timeout", schemaPath: "#/definitions/retryPolicy/properties/retry_on_timeout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.retry_on_timeout.type, parentSchema: schema62.properties.retry_on_timeout, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/testing", schemaPath: "#/definitions/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.refactoring !== void 0) {
      let data7 = data.refactoring;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "max_retries" || key2 === "base_delay" || key2 === "exponential_base" || key2 === "max_delay" || key2 === "jitter" || key2 === "retry_on_timeout")) {
            const err16 = { instancePath: instancePath + "/refactoring", schemaPath: "#/definitions/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.max_retries !== void 0) {
          let data8 = data7.max_retries;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err17 = { instancePath: instancePath + "/refactoring/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.max_retries.type, parentSchema: schema62.properties.max_retries, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 100 || isNaN(data8)) {
              const err18 = { instancePath: instancePath + "/refactoring/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.max_retries, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data8 < 0 || isNaN(data8)) {
              const err19 = { instancePath: instancePath + "/refactoring/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_retries, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data7.base_delay !== void 0) {
          let data9 = data7.base_delay;
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 > 21600 || isNaN(data9)) {
              const err20 = { instancePath: instancePath + "/refactoring/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.base_delay, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data9 < 0 || isNaN(data9)) {
              const err21 = { instancePath: instancePath + "/refactoring/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.base_delay, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/refactoring/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.base_delay.type, parentSchema: schema62.properties.base_delay, data: data9 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data7.exponential_base !== void 0) {
          let data10 = data7.exponential_base;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 1 || isNaN(data10)) {
              const err23 = { instancePath: instancePath + "/refactoring/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.exponential_base, data: data10 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/refactoring/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.exponential_base.type, parentSchema: schema62.properties.exponential_base, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data7.max_delay !== void 0) {
          let data11 = data7.max_delay;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 21600 || isNaN(data11)) {
              const err25 = { instancePath: instancePath + "/refactoring/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.max_delay, data: data11 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err26 = { instancePath: instancePath + "/refactoring/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_delay, data: data11 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/refactoring/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.max_delay.type, parentSchema: schema62.properties.max_delay, data: data11 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data7.jitter !== void 0) {
          let data12 = data7.jitter;
          if (typeof data12 !== "boolean") {
            const err28 = { instancePath: instancePath + "/refactoring/jitter", schemaPath: "#/definitions/retryPolicy/properties/jitter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.jitter.type, parentSchema: schema62.properties.jitter, data: data12 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data7.retry_on_timeout !== void 0) {
          let data13 = data7.retry_on_timeout;
          if (typeof data13 !== "boolean") {
            const err29 = { instancePath: instancePath + "/refactoring/retry_on_timeout", schemaPath: "#/definitions/retryPolicy/properties/retry_on_timeout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.retry_on_timeout.type, parentSchema: schema62.properties.retry_on_timeout, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/refactoring", schemaPath: "#/definitions/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.staging_deployment !== void 0) {
      let data14 = data.staging_deployment;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          if (!(key3 === "max_retries" || key3 === "base_delay" || key3 === "exponential_base" || key3 === "max_delay" || key3 === "jitter" || key3 === "retry_on_timeout")) {
            const err31 = { instancePath: instancePath + "/staging_deployment", schemaPath: "#/definitions/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data14.max_retries !== void 0) {
          let data15 = data14.max_retries;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err32 = { instancePath: instancePath + "/staging_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.max_retries.type, parentSchema: schema62.properties.max_retries, data: data15 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err33 = { instancePath: instancePath + "/staging_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.max_retries, data: data15 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err34 = { instancePath: instancePath + "/staging_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_retries, data: data15 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data14.base_delay !== void 0) {
          let data16 = data14.base_delay;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 21600 || isNaN(data16)) {
              const err35 = { instancePath: instancePath + "/staging_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.base_delay, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data16 < 0 || isNaN(data16)) {
              const err36 = { instancePath: instancePath + "/staging_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.base_delay, data: data16 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/staging_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.base_delay.type, parentSchema: schema62.properties.base_delay, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data14.exponential_base !== void 0) {
          let data17 = data14.exponential_base;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 1 || isNaN(data17)) {
              const err38 = { instancePath: instancePath + "/staging_deployment/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.exponential_base, data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/staging_deployment/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.exponential_base.type, parentSchema: schema62.properties.exponential_base, data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data14.max_delay !== void 0) {
          let data18 = data14.max_delay;
          if (typeof data18 == "number" && isFinite(data18)) {
            if (data18 > 21600 || isNaN(data18)) {
              const err40 = { instancePath: instancePath + "/staging_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.max_delay, data: data18 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data18 < 0 || isNaN(data18)) {
              const err41 = { instancePath: instancePath + "/staging_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_delay, data: data18 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/staging_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.max_delay.type, parentSchema: schema62.properties.max_delay, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data14.jitter !== void 0) {
          let data19 = data14.jitter;
          if (typeof data19 !== "boolean") {
            const err43 = { instancePath: instancePath + "/staging_deployment/jitter", schemaPath: "#/definitions/retryPolicy/properties/jitter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.jitter.type, parentSchema: schema62.properties.jitter, data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data14.retry_on_timeout !== void 0) {
          let data20 = data14.retry_on_timeout;
          if (typeof data20 !== "boolean") {
            const err44 = { instancePath: instancePath + "/staging_deployment/retry_on_timeout", schemaPath: "#/definitions/retryPolicy/properties/retry_on_timeout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.retry_on_timeout.type, parentSchema: schema62.properties.retry_on_timeout, data: data20 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/staging_deployment", schemaPath: "#/definitions/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data14 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.production_deployment !== void 0) {
      let data21 = data.production_deployment;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key4 in data21) {
          if (!(key4 === "max_retries" || key4 === "base_delay" || key4 === "exponential_base" || key4 === "max_delay" || key4 === "jitter" || key4 === "retry_on_timeout")) {
            const err46 = { instancePath: instancePath + "/production_deployment", schemaPath: "#/definitions/retryPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema62, data: data21 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data21.max_retries !== void 0) {
          let data22 = data21.max_retries;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err47 = { instancePath: instancePath + "/production_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.properties.max_retries.type, parentSchema: schema62.properties.max_retries, data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 100 || isNaN(data22)) {
              const err48 = { instancePath: instancePath + "/production_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema62.properties.max_retries, data: data22 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err49 = { instancePath: instancePath + "/production_deployment/max_retries", schemaPath: "#/definitions/retryPolicy/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_retries, data: data22 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
        if (data21.base_delay !== void 0) {
          let data23 = data21.base_delay;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 21600 || isNaN(data23)) {
              const err50 = { instancePath: instancePath + "/production_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.base_delay, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data23 < 0 || isNaN(data23)) {
              const err51 = { instancePath: instancePath + "/production_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.base_delay, data: data23 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/production_deployment/base_delay", schemaPath: "#/definitions/retryPolicy/properties/base_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.base_delay.type, parentSchema: schema62.properties.base_delay, data: data23 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data21.exponential_base !== void 0) {
          let data24 = data21.exponential_base;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 1 || isNaN(data24)) {
              const err53 = { instancePath: instancePath + "/production_deployment/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62.properties.exponential_base, data: data24 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/production_deployment/exponential_base", schemaPath: "#/definitions/retryPolicy/properties/exponential_base/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.exponential_base.type, parentSchema: schema62.properties.exponential_base, data: data24 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data21.max_delay !== void 0) {
          let data25 = data21.max_delay;
          if (typeof data25 == "number" && isFinite(data25)) {
            if (data25 > 21600 || isNaN(data25)) {
              const err55 = { instancePath: instancePath + "/production_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 21600 }, message: "must be <= 21600", schema: 21600, parentSchema: schema62.properties.max_delay, data: data25 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data25 < 0 || isNaN(data25)) {
              const err56 = { instancePath: instancePath + "/production_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema62.properties.max_delay, data: data25 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/production_deployment/max_delay", schemaPath: "#/definitions/retryPolicy/properties/max_delay/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema62.properties.max_delay.type, parentSchema: schema62.properties.max_delay, data: data25 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data21.jitter !== void 0) {
          let data26 = data21.jitter;
          if (typeof data26 !== "boolean") {
            const err58 = { instancePath: instancePath + "/production_deployment/jitter", schemaPath: "#/definitions/retryPolicy/properties/jitter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.jitter.type, parentSchema: schema62.properties.jitter, data: data26 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data21.retry_on_timeout !== void 0) {
          let data27 = data21.retry_on_timeout;
          if (typeof data27 !== "boolean") {
            const err59 = { instancePath: instancePath + "/production_deployment/retry_on_timeout", schemaPath: "#/definitions/retryPolicy/properties/retry_on_timeout/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema62.properties.retry_on_timeout.type, parentSchema: schema62.properties.retry_on_timeout, data: data27 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/production_deployment", schemaPath: "#/definitions/retryPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema62.type, parentSchema: schema62, data: data21 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.circuit_breaker !== void 0) {
      let data28 = data.circuit_breaker;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key5 in data28) {
          if (!(key5 === "failure_threshold" || key5 === "recovery_timeout" || key5 === "half_open_max_calls")) {
            const err61 = { instancePath: instancePath + "/circuit_breaker", schemaPath: "#/properties/circuit_breaker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.circuit_breaker, data: data28 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data28.failure_threshold !== void 0) {
          let data29 = data28.failure_threshold;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err62 = { instancePath: instancePath + "/circuit_breaker/failure_threshold", schemaPath: "#/properties/circuit_breaker/properties/failure_threshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.circuit_breaker.properties.failure_threshold.type, parentSchema: schema61.properties.circuit_breaker.properties.failure_threshold, data: data29 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 < 1 || isNaN(data29)) {
              const err63 = { instancePath: instancePath + "/circuit_breaker/failure_threshold", schemaPath: "#/properties/circuit_breaker/properties/failure_threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.circuit_breaker.properties.failure_threshold, data: data29 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
        }
        if (data28.recovery_timeout !== void 0) {
          let data30 = data28.recovery_timeout;
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 > 31536e3 || isNaN(data30)) {
              const err64 = { instancePath: instancePath + "/circuit_breaker/recovery_timeout", schemaPath: "#/properties/circuit_breaker/properties/recovery_timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31536e3 }, message: "must be <= 31536000", schema: 31536e3, parentSchema: schema61.properties.circuit_breaker.properties.recovery_timeout, data: data30 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err65 = { instancePath: instancePath + "/circuit_breaker/recovery_timeout", schemaPath: "#/properties/circuit_breaker/properties/recovery_timeout/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.circuit_breaker.properties.recovery_timeout, data: data30 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/circuit_breaker/recovery_timeout", schemaPath: "#/properties/circuit_breaker/properties/recovery_timeout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.circuit_breaker.properties.recovery_timeout.type, parentSchema: schema61.properties.circuit_breaker.properties.recovery_timeout, data: data30 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data28.half_open_max_calls !== void 0) {
          let data31 = data28.half_open_max_calls;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)) && isFinite(data31))) {
            const err67 = { instancePath: instancePath + "/circuit_breaker/half_open_max_calls", schemaPath: "#/properties/circuit_breaker/properties/half_open_max_calls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.circuit_breaker.properties.half_open_max_calls.type, parentSchema: schema61.properties.circuit_breaker.properties.half_open_max_calls, data: data31 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 < 1 || isNaN(data31)) {
              const err68 = { instancePath: instancePath + "/circuit_breaker/half_open_max_calls", schemaPath: "#/properties/circuit_breaker/properties/half_open_max_calls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.circuit_breaker.properties.half_open_max_calls, data: data31 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/circuit_breaker", schemaPath: "#/properties/circuit_breaker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.circuit_breaker.type, parentSchema: schema61.properties.circuit_breaker, data: data28 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
  } else {
    const err70 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
var schema68 = { "title": "Component overrides", "description": "Overrides for one component: any top-level key except `components`.", "type": "object", "additionalProperties": false, "properties": { "preset": { "$ref": "#/definitions/preset" }, "paths": { "$ref": "#/definitions/paths" }, "quality_gates": { "$ref": "#/definitions/qualityGates" }, "stages": { "$ref": "#/definitions/stages" }, "error_recovery": { "$ref": "#/definitions/errorRecovery" }, "context_management": { "$ref": "#/definitions/contextManagement" }, "observability": { "$ref": "#/definitions/observability" } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preset" || key0 === "paths" || key0 === "quality_gates" || key0 === "stages" || key0 === "error_recovery" || key0 === "context_management" || key0 === "observability")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data0 = data.preset;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/preset", schemaPath: "#/definitions/preset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "python" || data0 === "node" || data0 === "none")) {
        const err2 = { instancePath: instancePath + "/preset", schemaPath: "#/definitions/preset/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data1 = data.paths;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "source" || key1 === "tests")) {
            const err3 = { instancePath: instancePath + "/paths", schemaPath: "#/definitions/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.source !== void 0) {
          let data2 = data1.source;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/paths/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.source, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/paths/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.type, parentSchema: schema13.properties.source, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.tests !== void 0) {
          let data3 = data1.tests;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err6 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/paths/properties/tests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.tests, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/paths/properties/tests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.tests.type, parentSchema: schema13.properties.tests, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/paths", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.quality_gates !== void 0) {
      if (!validate11(data.quality_gates, { instancePath: instancePath + "/quality_gates", parentData: data, parentDataProperty: "quality_gates", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.stages !== void 0) {
      if (!validate13(data.stages, { instancePath: instancePath + "/stages", parentData: data, parentDataProperty: "stages", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_recovery !== void 0) {
      if (!validate38(data.error_recovery, { instancePath: instancePath + "/error_recovery", parentData: data, parentDataProperty: "error_recovery", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.context_management !== void 0) {
      let data7 = data.context_management;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "session")) {
            const err9 = { instancePath: instancePath + "/context_management", schemaPath: "#/definitions/contextManagement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data7.session !== void 0) {
          let data8 = data7.session;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
              if (!(key3 === "enabled" || key3 === "max_tokens")) {
                const err10 = { instancePath: instancePath + "/context_management/session", schemaPath: "#/definitions/contextManagement/properties/session/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.session, data: data8 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.enabled !== void 0) {
              let data9 = data8.enabled;
              if (typeof data9 !== "boolean") {
                const err11 = { instancePath: instancePath + "/context_management/session/enabled", schemaPath: "#/definitions/contextManagement/properties/session/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.session.properties.enabled.type, parentSchema: schema66.properties.session.properties.enabled, data: data9 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.max_tokens !== void 0) {
              let data10 = data8.max_tokens;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err12 = { instancePath: instancePath + "/context_management/session/max_tokens", schemaPath: "#/definitions/contextManagement/properties/session/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.session.properties.max_tokens.type, parentSchema: schema66.properties.session.properties.max_tokens, data: data10 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err13 = { instancePath: instancePath + "/context_management/session/max_tokens", schemaPath: "#/definitions/contextManagement/properties/session/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.session.properties.max_tokens, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/context_management/session", schemaPath: "#/definitions/contextManagement/properties/session/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.session.type, parentSchema: schema66.properties.session, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/context_management", schemaPath: "#/definitions/contextManagement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.observability !== void 0) {
      let data11 = data.observability;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          if (!(key4 === "metrics" || key4 === "dashboard")) {
            const err16 = { instancePath: instancePath + "/observability", schemaPath: "#/definitions/observability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data11 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.metrics !== void 0) {
          let data12 = data11.metrics;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key5 in data12) {
              if (!(key5 === "enabled" || key5 === "retention_days")) {
                const err17 = { instancePath: instancePath + "/observability/metrics", schemaPath: "#/definitions/observability/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.metrics, data: data12 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data12.enabled !== void 0) {
              let data13 = data12.enabled;
              if (typeof data13 !== "boolean") {
                const err18 = { instancePath: instancePath + "/observability/metrics/enabled", schemaPath: "#/definitions/observability/properties/metrics/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.metrics.properties.enabled.type, parentSchema: schema67.properties.metrics.properties.enabled, data: data13 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data12.retention_days !== void 0) {
              let data14 = data12.retention_days;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err19 = { instancePath: instancePath + "/observability/metrics/retention_days", schemaPath: "#/definitions/observability/properties/metrics/properties/retention_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.metrics.properties.retention_days.type, parentSchema: schema67.properties.metrics.properties.retention_days, data: data14 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 1 || isNaN(data14)) {
                  const err20 = { instancePath: instancePath + "/observability/metrics/retention_days", schemaPath: "#/definitions/observability/properties/metrics/properties/retention_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema67.properties.metrics.properties.retention_days, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/observability/metrics", schemaPath: "#/definitions/observability/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.metrics.type, parentSchema: schema67.properties.metrics, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data11.dashboard !== void 0) {
          let data15 = data11.dashboard;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key6 in data15) {
              if (!(key6 === "enabled")) {
                const err22 = { instancePath: instancePath + "/observability/dashboard", schemaPath: "#/definitions/observability/properties/dashboard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.dashboard, data: data15 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data15.enabled !== void 0) {
              let data16 = data15.enabled;
              if (typeof data16 !== "boolean") {
                const err23 = { instancePath: instancePath + "/observability/dashboard/enabled", schemaPath: "#/definitions/observability/properties/dashboard/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.dashboard.properties.enabled.type, parentSchema: schema67.properties.dashboard.properties.enabled, data: data16 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/observability/dashboard", schemaPath: "#/definitions/observability/properties/dashboard/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.dashboard.type, parentSchema: schema67.properties.dashboard, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/observability", schemaPath: "#/definitions/observability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data11 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preset" || key0 === "paths" || key0 === "quality_gates" || key0 === "stages" || key0 === "error_recovery" || key0 === "context_management" || key0 === "observability" || key0 === "components")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preset !== void 0) {
      let data0 = data.preset;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/preset", schemaPath: "#/definitions/preset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "python" || data0 === "node" || data0 === "none")) {
        const err2 = { instancePath: instancePath + "/preset", schemaPath: "#/definitions/preset/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data1 = data.paths;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "source" || key1 === "tests")) {
            const err3 = { instancePath: instancePath + "/paths", schemaPath: "#/definitions/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.source !== void 0) {
          let data2 = data1.source;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/paths/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.source, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/paths/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.source.type, parentSchema: schema13.properties.source, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.tests !== void 0) {
          let data3 = data1.tests;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err6 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/paths/properties/tests/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.tests, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/paths/properties/tests/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.tests.type, parentSchema: schema13.properties.tests, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/paths", schemaPath: "#/definitions/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.quality_gates !== void 0) {
      if (!validate11(data.quality_gates, { instancePath: instancePath + "/quality_gates", parentData: data, parentDataProperty: "quality_gates", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.stages !== void 0) {
      if (!validate13(data.stages, { instancePath: instancePath + "/stages", parentData: data, parentDataProperty: "stages", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_recovery !== void 0) {
      if (!validate38(data.error_recovery, { instancePath: instancePath + "/error_recovery", parentData: data, parentDataProperty: "error_recovery", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.context_management !== void 0) {
      let data7 = data.context_management;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "session")) {
            const err9 = { instancePath: instancePath + "/context_management", schemaPath: "#/definitions/contextManagement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data7.session !== void 0) {
          let data8 = data7.session;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key3 in data8) {
              if (!(key3 === "enabled" || key3 === "max_tokens")) {
                const err10 = { instancePath: instancePath + "/context_management/session", schemaPath: "#/definitions/contextManagement/properties/session/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.session, data: data8 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.enabled !== void 0) {
              let data9 = data8.enabled;
              if (typeof data9 !== "boolean") {
                const err11 = { instancePath: instancePath + "/context_management/session/enabled", schemaPath: "#/definitions/contextManagement/properties/session/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema66.properties.session.properties.enabled.type, parentSchema: schema66.properties.session.properties.enabled, data: data9 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data8.max_tokens !== void 0) {
              let data10 = data8.max_tokens;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err12 = { instancePath: instancePath + "/context_management/session/max_tokens", schemaPath: "#/definitions/contextManagement/properties/session/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.session.properties.max_tokens.type, parentSchema: schema66.properties.session.properties.max_tokens, data: data10 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 1 || isNaN(data10)) {
                  const err13 = { instancePath: instancePath + "/context_management/session/max_tokens", schemaPath: "#/definitions/contextManagement/properties/session/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema66.properties.session.properties.max_tokens, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/context_management/session", schemaPath: "#/definitions/contextManagement/properties/session/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.session.type, parentSchema: schema66.properties.session, data: data8 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/context_management", schemaPath: "#/definitions/contextManagement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.observability !== void 0) {
      let data11 = data.observability;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key4 in data11) {
          if (!(key4 === "metrics" || key4 === "dashboard")) {
            const err16 = { instancePath: instancePath + "/observability", schemaPath: "#/definitions/observability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data: data11 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.metrics !== void 0) {
          let data12 = data11.metrics;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key5 in data12) {
              if (!(key5 === "enabled" || key5 === "retention_days")) {
                const err17 = { instancePath: instancePath + "/observability/metrics", schemaPath: "#/definitions/observability/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.metrics, data: data12 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data12.enabled !== void 0) {
              let data13 = data12.enabled;
              if (typeof data13 !== "boolean") {
                const err18 = { instancePath: instancePath + "/observability/metrics/enabled", schemaPath: "#/definitions/observability/properties/metrics/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.metrics.properties.enabled.type, parentSchema: schema67.properties.metrics.properties.enabled, data: data13 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data12.retention_days !== void 0) {
              let data14 = data12.retention_days;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err19 = { instancePath: instancePath + "/observability/metrics/retention_days", schemaPath: "#/definitions/observability/properties/metrics/properties/retention_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.metrics.properties.retention_days.type, parentSchema: schema67.properties.metrics.properties.retention_days, data: data14 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 1 || isNaN(data14)) {
                  const err20 = { instancePath: instancePath + "/observability/metrics/retention_days", schemaPath: "#/definitions/observability/properties/metrics/properties/retention_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema67.properties.metrics.properties.retention_days, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/observability/metrics", schemaPath: "#/definitions/observability/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.metrics.type, parentSchema: schema67.properties.metrics, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data11.dashboard !== void 0) {
          let data15 = data11.dashboard;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key6 in data15) {
              if (!(key6 === "enabled")) {
                const err22 = { instancePath: instancePath + "/observability/dashboard", schemaPath: "#/definitions/observability/properties/dashboard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.dashboard, data: data15 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data15.enabled !== void 0) {
              let data16 = data15.enabled;
              if (typeof data16 !== "boolean") {
                const err23 = { instancePath: instancePath + "/observability/dashboard/enabled", schemaPath: "#/definitions/observability/properties/dashboard/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.dashboard.properties.enabled.type, parentSchema: schema67.properties.dashboard.properties.enabled, data: data16 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/observability/dashboard", schemaPath: "#/definitions/observability/properties/dashboard/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.dashboard.type, parentSchema: schema67.properties.dashboard, data: data15 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/observability", schemaPath: "#/definitions/observability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data: data11 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.components !== void 0) {
      let data17 = data.components;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key7 in data17) {
          const _errs45 = errors;
          if (typeof key7 === "string") {
            if (!pattern3.test(key7)) {
              const err26 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$" }, message: 'must match pattern "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"', schema: "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$", parentSchema: schema11.properties.components.propertyNames, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          var valid11 = _errs45 === errors;
          if (!valid11) {
            const err27 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema11.properties.components.propertyNames, parentSchema: schema11.properties.components, data: data17 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        for (const key8 in data17) {
          if (!validate40(data17[key8], { instancePath: instancePath + "/components/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data17, parentDataProperty: key8, rootData })) {
            vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.components.type, parentSchema: schema11.properties.components, data: data17 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validateFrontmatter = validate45;
var schema73 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/spec-to-production/schema/spec-frontmatter.schema.json", "title": "spec-to-production spec frontmatter", "description": "YAML frontmatter at the top of a component specification (between --- lines). Every field is optional; fields not listed here are allowed.", "type": "object", "properties": { "title": { "description": "Human-readable title; used when the document has no '# ' heading.", "type": "string", "minLength": 1 }, "component": { "description": "Component name, as passed to --component.", "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }, "version": { "description": "Version of the specification.", "type": ["string", "number"] }, "status": { "description": "Life-cycle status of the specification.", "type": "string", "enum": ["draft", "review", "approved", "implemented", "deprecated"] }, "owners": { "description": "People or teams that own the component.", "type": "array", "items": { "type": "string" } }, "paths": { "description": "Where the component's source and tests live, relative to the repository root: source and tests, no other key.", "type": "object", "properties": { "source": { "$ref": "#/definitions/pathList" }, "tests": { "$ref": "#/definitions/pathList" } }, "additionalProperties": false }, "tags": { "description": "Free-form labels.", "type": "array", "items": { "type": "string" } } }, "additionalProperties": true, "definitions": { "pathList": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] } } };
var schema74 = { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] };
var pattern4 = new RegExp("^[A-Za-z0-9._-]+$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err0 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema73.properties.title, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.title.type, parentSchema: schema73.properties.title, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.component !== void 0) {
      let data1 = data.component;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err2 = { instancePath: instancePath + "/component", schemaPath: "#/properties/component/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema73.properties.component, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/component", schemaPath: "#/properties/component/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.component.type, parentSchema: schema73.properties.component, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2))) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: schema73.properties.version.type }, message: "must be string,number", schema: schema73.properties.version.type, parentSchema: schema73.properties.version, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data3 = data.status;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.status.type, parentSchema: schema73.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data3 === "draft" || data3 === "review" || data3 === "approved" || data3 === "implemented" || data3 === "deprecated")) {
        const err6 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema73.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.status.enum, parentSchema: schema73.properties.status, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data4 = data.owners;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err7 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.owners.items.type, parentSchema: schema73.properties.owners.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.properties.owners.type, parentSchema: schema73.properties.owners, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data6 = data.paths;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key0 in data6) {
          if (!(key0 === "source" || key0 === "tests")) {
            const err9 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73.properties.paths, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data6.source !== void 0) {
          let data7 = data6.source;
          const _errs19 = errors;
          let valid5 = false;
          const _errs20 = errors;
          if (typeof data7 !== "string") {
            const err10 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/pathList/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.anyOf[0].type, parentSchema: schema74.anyOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var _valid0 = _errs20 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs22 = errors;
            if (Array.isArray(data7)) {
              const len1 = data7.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data8 = data7[i1];
                if (typeof data8 !== "string") {
                  const err11 = { instancePath: instancePath + "/paths/source/" + i1, schemaPath: "#/definitions/pathList/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.anyOf[1].items.type, parentSchema: schema74.anyOf[1].items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            } else {
              const err12 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/pathList/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.anyOf[1].type, parentSchema: schema74.anyOf[1], data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            var _valid0 = _errs22 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err13 = { instancePath: instancePath + "/paths/source", schemaPath: "#/definitions/pathList/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema74.anyOf, parentSchema: schema74, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs19;
            if (vErrors !== null) {
              if (_errs19) {
                vErrors.length = _errs19;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.tests !== void 0) {
          let data9 = data6.tests;
          const _errs28 = errors;
          let valid9 = false;
          const _errs29 = errors;
          if (typeof data9 !== "string") {
            const err14 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/pathList/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.anyOf[0].type, parentSchema: schema74.anyOf[0], data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid1 = _errs29 === errors;
          valid9 = valid9 || _valid1;
          if (!valid9) {
            const _errs31 = errors;
            if (Array.isArray(data9)) {
              const len2 = data9.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data10 = data9[i2];
                if (typeof data10 !== "string") {
                  const err15 = { instancePath: instancePath + "/paths/tests/" + i2, schemaPath: "#/definitions/pathList/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema74.anyOf[1].items.type, parentSchema: schema74.anyOf[1].items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            } else {
              const err16 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/pathList/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema74.anyOf[1].type, parentSchema: schema74.anyOf[1], data: data9 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid1 = _errs31 === errors;
            valid9 = valid9 || _valid1;
          }
          if (!valid9) {
            const err17 = { instancePath: instancePath + "/paths/tests", schemaPath: "#/definitions/pathList/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema74.anyOf, parentSchema: schema74, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.properties.paths.type, parentSchema: schema73.properties.paths, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data11 = data.tags;
      if (Array.isArray(data11)) {
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data12 = data11[i3];
          if (typeof data12 !== "string") {
            const err19 = { instancePath: instancePath + "/tags/" + i3, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema73.properties.tags.items.type, parentSchema: schema73.properties.tags.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema73.properties.tags.type, parentSchema: schema73.properties.tags, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}

export {
  formatKeyPath,
  suggest,
  describeSchemaError,
  locate,
  validateConfig,
  validateFrontmatter
};
