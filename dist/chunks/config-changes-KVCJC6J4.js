import {
  blobsAt
} from "./chunk-OFVU2N4T.js";
import {
  MAX_FRONTMATTER_CHARS,
  nestsTooDeep
} from "./chunk-KEV4FWKC.js";
import {
  parseDocument
} from "./chunk-4LSZ7FBK.js";
import "./chunk-HANBNIMK.js";

// src/engine/config-changes.ts
import { execFile } from "node:child_process";
import { posix, relative } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var CONFIG = ["-c", "core.quotePath=false", "-c", "diff.renames=true"];
var TEST_GATES = ["testing.test_pass_rate", "testing.test_coverage"];
var GATE_FILES = [
  // A runner's configuration chooses the tests that run (jest's testPathIgnorePatterns, vitest's exclude, mocha's
  // spec, pytest's addopts -k) and what coverage counts (coveragePathIgnorePatterns, collectCoverageFrom); a
  // conftest.py can deselect tests or rewrite their reports (pytest_runtest_makereport). pytest reads a hidden
  // .pytest.ini (7 and later) and pytest.toml / .pytest.toml (9 and later) before pyproject.toml; ava, node-tap,
  // karma and Cypress have files of their own.
  [TEST_GATES, /(?:^|\/)(?:(?:jest|vitest|vite|playwright|ava|cypress)\.config\.[\w.]+|vitest\.workspace\.[\w.]+|\.mocharc(?:\.[a-z]+)?|\.?pytest\.(?:ini|toml)|conftest\.py|\.taprc|karma\.conf\.[\w.]+)$/],
  // The set-up files runners load before every test file by their conventional names (create-react-app's
  // src/setupTests.js, jest.setup.js, vitest.setup.ts): one can wrap the runner's test() so that a failure never
  // throws. (Set-up files under other names, named only in a runner's configuration, are not followed.)
  [TEST_GATES, /(?:^|\/)(?:setupTests|setup-tests|(?:jest|vitest)[.-](?:setup|global-setup|globalSetup)(?:[.-]after-env)?|test-setup)\.[cm]?[jt]sx?$/],
  // Coverage tools' own: omit, exclude_lines, include, all.
  [["testing.test_coverage"], /(?:^|\/)(?:\.coveragerc|\.c8rc(?:\.[a-z]+)?|\.nycrc(?:\.[a-z]+)?|nyc\.config\.[cm]?js)$/],
  // pylint 3 reads pylintrc.toml and .pylintrc.toml too; stylelint's (its SARIF is read) its own and its ignore file.
  // A .gitignore leaves files out of what ruff and biome lint (they skip what git ignores, tracked or not), and of
  // eslint as the node preset runs it (its entries become --ignore-pattern): `/src` added to it hid src/ from the linter.
  [["refactoring.linting"], /(?:^|\/)(?:\.gitignore|eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.[a-z]+)?|\.eslintignore|ruff\.toml|\.ruff\.toml|\.?pylintrc(?:\.toml)?|\.flake8|biome\.jsonc?|\.oxlintrc\.json|\.stylelintrc(?:\.[a-z]+)?|stylelint\.config\.[cm]?[jt]s|\.stylelintignore)$/],
  [["refactoring.type_checking"], /(?:^|\/)(?:[jt]sconfig[^/]*\.json|mypy\.ini|\.mypy\.ini|pyrightconfig\.json)$/],
  // osv-scanner reads osv-scanner.toml beside the lock file it scans: [[IgnoredVulns]] takes vulnerabilities out of
  // its report, which then reads as an audit that found none; bandit reads .bandit (skips, excluded paths). The
  // allowlists of the audit wrappers and scanners a command may run: better-npm-audit's .nsprc, audit-ci's
  // audit-ci.json(c), Snyk's .snyk, Trivy's .trivyignore(.yaml) and trivy.yaml, Grype's .grype.yaml.
  [["refactoring.security"], /(?:^|\/)(?:\.secretlintrc(?:\.[a-z]+)?|\.secretlintignore|\.secrets\.baseline|\.gitleaks\.toml|\.gitleaksignore|\.npmrc|osv-scanner\.toml|\.bandit|\.nsprc|audit-ci\.json[c5]?|\.snyk|\.trivyignore(?:\.yaml)?|trivy\.ya?ml|\.grype\.ya?ml)$/]
];
var SHARED_FILES = [
  [
    /(?:^|\/)pyproject\.toml$/,
    [
      [TEST_GATES, /^\[tool\.pytest(?:\.|\])/],
      [["testing.test_coverage"], /^\[tool\.coverage(?:\.|\])/],
      [["refactoring.linting"], /^\[tool\.(?:ruff|pylint|flake8)(?:\.|\])/],
      [["refactoring.type_checking"], /^\[\[?tool\.(?:mypy|pyright|basedpyright)(?:\.|\])/],
      [["refactoring.security"], /^\[tool\.bandit(?:\.|\])/]
    ]
  ],
  [
    /(?:^|\/)setup\.cfg$/,
    [
      [TEST_GATES, /^\[tool:pytest\]/],
      [["testing.test_coverage"], /^\[coverage:/],
      [["refactoring.linting"], /^\[(?:flake8|pylint)/],
      [["refactoring.type_checking"], /^\[mypy(?:-|\])/]
    ]
  ],
  [
    /(?:^|\/)tox\.ini$/,
    [
      [TEST_GATES, /^\[pytest\]/],
      [["testing.test_coverage"], /^\[coverage:/],
      [["refactoring.linting"], /^\[flake8\]/]
    ]
  ],
  [
    /(?:^|\/)package\.json$/,
    [
      // The node preset runs the test script (`npm test -- …`): its flags are the run's, and npm runs `pretest` and
      // `posttest` around it (a pretest can delete the failing test before the runner starts).
      [TEST_GATES, /^(?:"jest"|"mocha"|"vitest"|"ava"|"tap"|"scripts"\."(?:pre|post)?test[^"]*")$/],
      [["testing.test_coverage"], /^(?:"c8"|"nyc")$/],
      [["refactoring.linting"], /^(?:"eslintConfig"|"eslintIgnore")$/]
    ]
  ]
];
var ALL_GATES = [
  "testing.test_pass_rate",
  "testing.test_coverage",
  "refactoring.linting",
  "refactoring.type_checking",
  "refactoring.security",
  "staging_deployment.*",
  "production_deployment.*"
];
async function filesChangedSince(workspace, base) {
  if (base === "" || base.startsWith("-") || /[\0\n]/.test(base)) return { unknown: `invalid base ${JSON.stringify(base)}` };
  const git = async (args) => (await run("git", [...CONFIG, ...args], { cwd: workspace, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
  try {
    await git(["rev-parse", "--verify", "--quiet", `${base}^{commit}`]);
  } catch {
    return { unknown: `the base commit ${base.slice(0, 12)} is not in the checkout (check out with fetch-depth: 0, or 2 for a pull request's merge commit)` };
  }
  try {
    const from = (await git(["merge-base", base, "HEAD"]).catch(() => base)).trim() || base;
    const top = (await git(["rev-parse", "--show-toplevel"])).trim();
    const names = (await git(["diff", "--name-only", "-z", "--no-ext-diff", from, "HEAD"])).split("\0").filter(Boolean);
    const inside = posix.normalize(relative(top, workspace).replace(/\\/g, "/"));
    const prefix = inside === "." || inside === "" ? "" : `${inside}/`;
    const depth = prefix === "" ? 0 : inside.split("/").length;
    const above = (name) => {
      const dir = posix.dirname(name);
      if (!(dir === "." || prefix.startsWith(`${dir}/`))) return null;
      const up = depth - (dir === "." ? 0 : dir.split("/").length);
      return `${"../".repeat(up)}${posix.basename(name)}`;
    };
    const files = [];
    for (const name of names) {
      if (name.startsWith(prefix)) files.push(name.slice(prefix.length));
      else {
        const up = above(name);
        if (up !== null) files.push(up);
      }
    }
    return { files, from };
  } catch (error) {
    return { unknown: `git could not compare with ${base.slice(0, 12)}: ${(error.message.split("\n")[0] ?? "").trim()}` };
  }
}
var MAX_REFERRING = 200;
var MAX_REFERRING_BYTES = 256 * 1024;
var RELATIVE_PATH = /(['"`])((?:\.{1,2}\/|<rootDir>\/)[^'"`\s${}*?]+)\1/g;
var TEST_FILE = /(?:\.(?:test|spec)\.[\w]+$|(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$)/;
var RESOLVED = ["", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".json"];
async function referencedByConfiguration(workspace, changed) {
  const out = /* @__PURE__ */ new Map();
  const unnamed = new Set(changed.filter((f) => !GATE_FILES.some(([, pattern]) => pattern.test(f))));
  if (unnamed.size === 0) return out;
  let listing;
  try {
    listing = (await run("git", [...CONFIG, "ls-files", "-z"], { cwd: workspace, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch {
    return out;
  }
  const referring = [];
  for (const file of listing.split("\0")) {
    if (file === "" || referring.length >= MAX_REFERRING) continue;
    if (/(?:^|\/)conftest\.py$/.test(file)) continue;
    const gates = GATE_FILES.filter(([, pattern]) => pattern.test(file)).flatMap(([g]) => g);
    const shared = /(?:^|\/)package\.json$/.test(file) ? SHARED_FILES.find(([name]) => name.test(file))[1].flatMap(([g]) => g) : [];
    if (gates.length + shared.length > 0) referring.push([file, [.../* @__PURE__ */ new Set([...gates, ...shared])]]);
  }
  const texts = await blobsAt(workspace, referring.map(([file]) => `HEAD:./${file}`), MAX_REFERRING_BYTES);
  for (const [file, gates] of referring) {
    let text = texts.get(`HEAD:./${file}`) ?? "";
    if (/(?:^|\/)package\.json$/.test(file)) text = packageConfigText(text);
    else if (/(?:^|\/)[jt]sconfig[^/]*\.json$/.test(file)) text = [...text.matchAll(/"extends"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)].map((m) => m[1]).join("\n");
    const dir = posix.dirname(file);
    for (const [, , raw] of text.matchAll(RELATIVE_PATH)) {
      const path = posix.normalize(posix.join(dir, raw.replace(/^<rootDir>\//, "./")));
      if (path.startsWith("../") || path === "..") continue;
      const hit = RESOLVED.map((ext) => `${path}${ext}`).find((p) => unnamed.has(p));
      if (!hit || TEST_FILE.test(hit)) continue;
      const at = out.get(hit) ?? { gates: /* @__PURE__ */ new Set(), keys: /* @__PURE__ */ new Set() };
      for (const g of gates) at.gates.add(g);
      at.keys.add(`named in ${file}`);
      out.set(hit, at);
    }
  }
  return out;
}
function packageConfigText(text) {
  try {
    const json = JSON.parse(text);
    return ["jest", "mocha", "vitest", "ava", "tap", "c8", "nyc", "eslintConfig"].map((k) => JSON.stringify(json[k] ?? null)).join("\n");
  } catch {
    return "";
  }
}
async function showAt(workspace, rev, file) {
  return (await run("git", [...CONFIG, "show", `${rev}:./${file}`], { cwd: workspace, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }).catch(() => ({ stdout: "" }))).stdout;
}
async function changedSharedParts(workspace, from, changed, run2 = []) {
  const out = [];
  for (const file of changed) {
    const shared = SHARED_FILES.find(([name]) => name.test(file))?.[1] ?? [];
    const ran = run2.filter(([, name]) => name.test(file));
    if (shared.length === 0 && ran.length === 0) continue;
    const [before, after] = await Promise.all([showAt(workspace, from, file), showAt(workspace, "HEAD", file)]);
    for (const part of partsDiffering(file, before, after)) {
      const gates = shared.find(([, pattern]) => pattern.test(part))?.[0];
      if (gates) out.push([gates, `${file} ${part}`]);
      for (const [by, , pattern, key] of ran) {
        const more = by.filter((gate) => !gates?.includes(gate));
        if (more.length > 0 && pattern.test(part)) out.push([more, `${file} ${part} (run by ${key})`]);
      }
    }
  }
  return out;
}
async function changedSpecPaths(workspace, from, changed, specFile) {
  if (!changed.includes(specFile)) return [];
  const pathsOf = (text) => {
    const match = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
    if (!match) return JSON.stringify(null);
    if (match[1].length > MAX_FRONTMATTER_CHARS || nestsTooDeep(match[1])) return null;
    try {
      const data = parseDocument(match[1]).toJS({ maxAliasCount: 100 });
      return JSON.stringify(data !== null && typeof data === "object" && !Array.isArray(data) ? data.paths ?? null : null);
    } catch {
      return null;
    }
  };
  const [before, after] = await Promise.all([showAt(workspace, from, specFile), showAt(workspace, "HEAD", specFile)]);
  const [a, b] = [pathsOf(before), pathsOf(after)];
  return b !== null && a !== b ? [[ALL_GATES, `${specFile} frontmatter paths`]] : [];
}
function partsDiffering(file, before, after) {
  const [a, b] = [partsOf(file, before), partsOf(file, after)];
  if (a === null || b === null) return [];
  return [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}
function partsOf(file, text) {
  const parts = /* @__PURE__ */ new Map();
  if (file.endsWith(".json")) {
    if (text.trim() === "") return parts;
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return null;
    }
    if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
    for (const [key, value] of Object.entries(json)) {
      if (key === "scripts" && value !== null && typeof value === "object" && !Array.isArray(value)) {
        for (const [name, script] of Object.entries(value)) parts.set(`"scripts".${JSON.stringify(name)}`, JSON.stringify(script));
      } else parts.set(JSON.stringify(key), JSON.stringify(value));
    }
    return parts;
  }
  let header = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const m = /^(\[\[?)([^\]]+)(\]\]?)\s*(?:[#;].*)?$/.exec(line);
    if (m) {
      header = `${m[1]}${m[2].replace(/\s+/g, "")}${m[3]}`;
      parts.set(header, `${parts.get(header) ?? ""}
--`);
      continue;
    }
    if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    parts.set(header, `${parts.get(header) ?? ""}
${line}`);
  }
  return parts;
}
function configurationNotCompared(why) {
  return ALL_GATES.map((gate) => [
    gate,
    `configuration changes not checked: ${why}, so whether this change loosens the configuration the gate judged it by is unknown`
  ]);
}
var DEFAULT_CONFIG_FILES = /* @__PURE__ */ new Set([".github/spec-to-production.yml", ".github/spec-to-production.yaml"]);
function configurationChanges(changed, configFile, base, parts = [], run2 = /* @__PURE__ */ new Map()) {
  const byGate = /* @__PURE__ */ new Map();
  const add = (gate, file) => byGate.set(gate, [...byGate.get(gate) ?? [], file]);
  for (const file of changed) {
    const named = /* @__PURE__ */ new Set();
    if (configFile !== null && file === configFile) for (const gate of ALL_GATES) named.add(gate);
    for (const [gates, pattern] of GATE_FILES) if (pattern.test(file)) for (const gate of gates) named.add(gate);
    for (const gate of named) add(gate, file);
    if (configFile === null && DEFAULT_CONFIG_FILES.has(file)) for (const gate of ALL_GATES) add(gate, `${file} (deleted by this change: the run fell back to the preset)`);
    const by = run2.get(file);
    for (const gate of by?.gates ?? []) if (!named.has(gate)) add(gate, `${file} (${[...by.keys].join(", ")})`);
  }
  for (const [gates, label] of parts) for (const gate of gates) add(gate, label);
  return [...byGate].map(([gate, files]) => {
    const shown = files.slice(0, 5).join(", ") + (files.length > 5 ? `, \u2026 (${files.length} in all)` : "");
    return [gate, `configuration changed by this change (against ${base.slice(0, 12)}): ${shown} \u2014 the gate judged the change by the configuration as the change has it; review what it loosens`];
  });
}
export {
  TEST_GATES,
  changedSharedParts,
  changedSpecPaths,
  configurationChanges,
  configurationNotCompared,
  filesChangedSince,
  partsDiffering,
  referencedByConfiguration
};
