import {
  pytestOption
} from "./chunk-QORUNHXP.js";
import {
  BOTH_HALVES
} from "./chunk-HXZPDVJ2.js";

// src/config/detect.ts
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var NODE_MARKERS = ["package.json"];
var PYTHON_MARKERS = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"];
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
async function detectPreset(workspace, sourcePath) {
  const node = await present(workspace, NODE_MARKERS);
  const python = await present(workspace, PYTHON_MARKERS);
  if (node.length > 0 && python.length === 0) return { preset: "node", source: `detected: ${node.join(", ")}` };
  if (python.length > 0 && node.length === 0) return { preset: "python", source: `detected: ${python.join(", ")}` };
  if (node.length === 0) {
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
async function fitPreset(name, probe, security = BOTH_HALVES) {
  if (name === "python") return (await import("./preset-python-2R7YS3E3.js")).pythonPreset(probe, security);
  if (name === "node") return (await import("./preset-node-F6ILI6VH.js")).nodePreset(probe, security);
  return { layer: { preset: "none" }, choices: [] };
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
  if (probe.file(`${component}/__init__.py`)) {
    const tests2 = firstDir([`tests/${component}`, "tests", "test", `${component}/tests`, `${component}/test`]) ?? component;
    return { source: component, tests: tests2, because: `${component}/__init__.py: a Python package at the root; tests in ${tests2}${from(tests2)}` };
  }
  const tests = firstDir(["tests", "test", "__tests__"]) ?? ".";
  return {
    source: ".",
    tests,
    because: `no packages/${component}, src/${component} or ${component}/ directory: the whole repository${tests === "." ? "" : `, tests in ${tests}${from(tests)}`}`
  };
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

export {
  detectPreset,
  fitPreset,
  layoutPaths,
  defaultConfig
};
