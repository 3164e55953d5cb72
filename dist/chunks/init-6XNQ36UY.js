import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectPreset,
  fitPreset,
  layoutPaths,
  spec_to_production_schema_default
} from "./chunk-VQB6PDBS.js";
import "./chunk-LKSAG4SA.js";
import "./chunk-LEJ6JWSO.js";
import {
  validateComponentName
} from "./chunk-FHEQNACH.js";
import {
  RepositoryProbe
} from "./chunk-GJMVF7HK.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/init.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
var CONFIG_FILE = ".github/spec-to-production.yml";
var WORKFLOW_FILE = ".github/workflows/spec-to-production.yml";
var q = (value) => JSON.stringify(value);
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
function guessComponent(probe) {
  const pyName = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(probe.text("pyproject.toml") ?? "")?.[1];
  const raw = probe.packageJson()?.name?.replace(/^@[^/]+\//, "") ?? pyName ?? basename(probe.workspace);
  const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "").slice(0, 100);
  return cleaned === "" ? "app" : cleaned;
}
function templated(path, component) {
  return path.split("/").map((part) => part === component ? "{component}" : part).join("/");
}
function reportYaml(ref) {
  if (!ref?.path) return "{}";
  return ref.format ? `{ path: ${q(ref.path)}, format: ${ref.format} }` : q(ref.path);
}
function because(choices, topic) {
  const c = choices.find((x) => x.topic === topic);
  return c ? `# ${c.topic}: ${c.chose} (${c.because})` : "";
}
function toolYaml(name, step, note) {
  const lines = [`    ${note}`.trimEnd(), `    ${name}:`];
  if (!step || step.enabled === false || !step.command) return [...lines, "      enabled: false"];
  lines.push(`      command: ${q(step.command)}`);
  if (step.fix_command) lines.push(`      fix_command: ${q(step.fix_command)}`);
  if (step.report) lines.push(`      report: ${reportYaml(step.report)}`);
  if (step.reports && step.reports.length > 0) lines.push(`      reports: [${step.reports.map(reportYaml).join(", ")}]`);
  return lines.filter((l) => l.trim() !== "");
}
function configText(preset, layer, choices, paths) {
  const testing = layer.stages?.testing;
  const r = layer.stages?.refactoring;
  const lines = [
    `# yaml-language-server: $schema=${spec_to_production_schema_default.$id}`,
    "# spec-to-production configuration, written by `spec-to-production init`.",
    "# These are the commands the preset chose for this repository (the reason is above each); edit them freely.",
    "# `spec-to-production config --print --component NAME` shows the effective values and where each came from.",
    "# Commands run at the repository root. {reports} is a fresh directory per run; {path} and {tests} are the paths below.",
    `preset: ${preset}`,
    `paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }`,
    "quality_gates:",
    "  test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 }",
    "  test_pass_rate: { required: 100 }",
    "  type_checking: { max_errors: 0 }",
    "  security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }",
    "stages:",
    `  ${because(choices, "tests and coverage")}`,
    "  testing:",
    `    command: ${q(testing?.command ?? "")}`,
    `    reports: { junit: ${reportYaml(testing?.reports?.junit)}, coverage: ${reportYaml(testing?.reports?.coverage)} }`,
    "  refactoring:",
    ...toolYaml("linting", r?.linting, because(choices, "linting")),
    ...toolYaml("type_checking", r?.type_checking, because(choices, "type checking")),
    ...toolYaml("security", r?.security, `${because(choices, "secrets")}
    ${because(choices, "vulnerabilities")}`),
    "  # Deployments: give a command (it takes {environment}, {sha}, {outputs}) and remove enabled: false.",
    "  staging_deployment: { enabled: false }",
    "  production_deployment: { enabled: false }"
  ];
  return `${lines.filter((l) => l.trim() !== "").join("\n")}
`;
}
function specText(component, paths) {
  return `---
component: ${component}
paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }
---
# ${component}

## Overview

What ${component} is for, in a few sentences.

## Requirements

- The first thing ${component} must do.

## Acceptance Criteria

- A checkable statement that shows the first requirement is met.
`;
}
function setupSteps(preset, probe) {
  if (preset === "node") {
    const pnpm = probe.file("pnpm-lock.yaml") || /^pnpm@/.test(probe.packageJson()?.packageManager ?? "");
    const yarn = probe.file("yarn.lock") || /^yarn@/.test(probe.packageJson()?.packageManager ?? "");
    return [
      ...pnpm ? ["      - uses: pnpm/action-setup@v4"] : [],
      "      - uses: actions/setup-node@v5",
      "        with: { node-version: 24 }",
      ...yarn ? ["      - run: corepack enable"] : [],
      `      - run: ${pnpm ? "pnpm install --frozen-lockfile" : yarn ? "yarn install --immutable" : probe.file("package-lock.json") ? "npm ci" : "npm install"}`
    ];
  }
  if (preset === "python") {
    if (probe.file("uv.lock") || probe.pyprojectTable("tool.uv")) return ["      - uses: astral-sh/setup-uv@v6", "      - run: uv sync --all-extras --dev"];
    const install = probe.file("requirements.txt") ? "pip install -r requirements.txt" : "pip install -e .";
    return [
      "      - uses: actions/setup-python@v5",
      "        with: { python-version: '3.x' }",
      `      - run: ${install} && pip install pytest pytest-cov ruff pyright detect-secrets pip-audit`
    ];
  }
  return [];
}
function workflowText(component, specPath, preset, probe) {
  return `# Written by \`spec-to-production init\`: runs ${component} from its spec through the quality gates.
name: spec-to-production
on: [push, pull_request]
permissions: { contents: read, checks: write }
jobs:
  ship:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
${setupSteps(preset, probe).join("\n")}
      - uses: org/spec-to-production@v1
        with:
          spec: ${specPath}
          component: ${component}
          target: dev            # dev | staging | production (staging and production need deployment commands)
`.replace(/\n\n+/g, "\n");
}
async function initCommand(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { component: { type: "string" }, force: { type: "boolean" }, workspace: { type: "string" } },
    strict: true
  });
  const workspace = resolve(values.workspace ?? process.cwd());
  const probe = new RepositoryProbe(workspace);
  const component = validateComponentName(values.component ?? guessComponent(probe));
  const layout = layoutPaths(probe, component);
  const detected = await detectPreset(workspace, layout.source);
  const { layer, choices } = await fitPreset(detected.preset, probe);
  const paths = { source: templated(layout.source, component), tests: templated(layout.tests, component) };
  const specPath = `specs/${component}.md`;
  const files = [
    [CONFIG_FILE, configText(detected.preset, layer, choices, paths)],
    [specPath, specText(component, { source: layout.source, tests: layout.tests })],
    [WORKFLOW_FILE, workflowText(component, specPath, detected.preset, probe)]
  ];
  const keepSpec = await exists(join(workspace, specPath));
  if (keepSpec) files.splice(1, 1);
  const present = [];
  for (const [path] of files) if (await exists(join(workspace, path))) present.push(path);
  if (present.length > 0 && !values.force) {
    process.stderr.write(`spec-to-production init: ${present.join(", ")} already exist${present.length === 1 ? "s" : ""}; nothing was written. Run with --force to overwrite.
`);
    return 2;
  }
  process.stdout.write(`preset ${detected.preset} (${detected.source})
`);
  process.stdout.write(`  paths: source ${layout.source}, tests ${layout.tests} (${layout.because})
`);
  for (const c of choices) process.stdout.write(`  ${c.topic}: ${c.chose} \u2014 ${c.because}
`);
  for (const [path, text] of files) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
    process.stdout.write(`wrote ${path}${present.includes(path) ? " (overwritten)" : ""}
`);
  }
  if (keepSpec) process.stdout.write(`kept ${specPath} (an existing spec is never overwritten)
`);
  process.stdout.write(
    `
Next: spec-to-production --spec ${specPath} --component ${component}
Add to .gitignore: .spec-to-production/runs/, workflow_report_*.json, workflow_dashboard_*.html
`
  );
  return 0;
}
export {
  CONFIG_FILE,
  WORKFLOW_FILE,
  configText,
  initCommand,
  specText,
  workflowText
};
