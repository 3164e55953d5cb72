
// src/config/tools.ts
import { basename } from "node:path";
var GO_TOOLS = [
  { binary: "osv-scanner", module: "github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.1", pattern: /(^|[\s;&|(])osv-scanner\s/m },
  { binary: "gitleaks", module: "github.com/zricethezav/gitleaks/v8@v8.30.1", pattern: /(^|[\s;&|(])gitleaks\s/m },
  // A Go module's test reports, as its choice advises: gotestsum's JUnit XML, gocover-cobertura's Cobertura of the profile.
  { binary: "gotestsum", module: "gotest.tools/gotestsum@v1.13.0", pattern: /(^|[\s;&|(])gotestsum\s/m },
  { binary: "gocover-cobertura", module: "github.com/boumenot/gocover-cobertura@v1.4.0", pattern: /(^|[\s;&|(])gocover-cobertura\s/m }
];
var INSTALL = {
  uv: "add `- uses: astral-sh/setup-uv@v6` before this action",
  uvx: "add `- uses: astral-sh/setup-uv@v6` before this action (uvx comes with uv)",
  python: "add `- uses: actions/setup-python@v5` before this action",
  python3: "add `- uses: actions/setup-python@v5` before this action",
  node: "add `- uses: actions/setup-node@v5` before this action",
  npm: "add `- uses: actions/setup-node@v5` before this action",
  npx: "add `- uses: actions/setup-node@v5` before this action",
  pnpm: "add `- uses: pnpm/action-setup@v4` before this action (it reads packageManager from package.json)",
  yarn: "run `corepack enable` (after actions/setup-node) before this action",
  bun: "add `- uses: oven-sh/setup-bun@v2` before this action",
  bunx: "add `- uses: oven-sh/setup-bun@v2` before this action (bunx comes with bun)",
  deno: "add `- uses: denoland/setup-deno@v2` before this action",
  pytest: "add pytest to the project's dev dependencies (`pip install pytest`, or `uv add --dev pytest`)",
  pytest_cov: "add pytest-cov to the project's dev dependencies (`pip install pytest-cov`, or `uv add --dev pytest-cov`)",
  coverage: "add coverage to the project's dev dependencies (`pip install coverage`)",
  xmlrunner: "add unittest-xml-reporting to the project's dev dependencies (`pip install unittest-xml-reporting`): it writes the JUnit XML report of a unittest run",
  ruff: "`pip install ruff` in the workflow, or `- uses: astral-sh/ruff-action@v3` with `args: --version`",
  pylint: "`pip install pylint` in the workflow",
  mypy: "`pip install mypy` in the workflow (with the project's dependencies installed)",
  pyright: "`pip install pyright` or `npm i -D pyright`",
  "detect-secrets": "`pip install detect-secrets` in the workflow",
  detect_secrets: "`pip install detect-secrets` in the workflow",
  "pip-audit": "`pip install pip-audit` in the workflow",
  pip_audit: "`pip install pip-audit` in the workflow",
  ...Object.fromEntries(GO_TOOLS.map((t) => [t.binary, `add \`- uses: actions/setup-go@v5\` and \`- run: go install ${t.module}\` before this action`])),
  git: "git is on every GitHub-hosted runner; on a self-hosted one install it",
  "cargo-llvm-cov": "add `- uses: taiki-e/install-action@v2` with `tool: cargo-llvm-cov` (and `dtolnay/rust-toolchain` with `components: llvm-tools-preview`) before this action, or `cargo install cargo-llvm-cov`",
  "cargo-nextest": "add `- uses: taiki-e/install-action@v2` with `tool: cargo-nextest` before this action, or `cargo install cargo-nextest --locked`"
};
var BIN_PACKAGES = {
  tsc: "typescript",
  tsserver: "typescript",
  biome: "@biomejs/biome",
  ng: "@angular/cli",
  playwright: "@playwright/test",
  "vue-tsc": "vue-tsc",
  tsgo: "@typescript/native-preview",
  "mocha-junit-reporter": "mocha-junit-reporter"
};
function packageOfBin(bin) {
  return Object.hasOwn(BIN_PACKAGES, bin) ? BIN_PACKAGES[bin] : bin;
}
function addDevDependency(pm, pkg, workspace) {
  if (pm === "pnpm") return workspace === void 0 ? `pnpm add -D ${pkg}` : workspace === "." ? `pnpm add -D -w ${pkg}` : `pnpm --dir ${workspace} add -D ${pkg}`;
  if (pm === "yarn") return `yarn add -D ${pkg}`;
  return `npm i -D ${pkg}`;
}
var PURPOSE_KEYS = {
  testing: "stages.testing.command",
  linting: "stages.refactoring.linting.command",
  "linting-fix": "stages.refactoring.linting.fix_command",
  type_checking: "stages.refactoring.type_checking.command",
  security: "stages.refactoring.security.command"
};
function keyForPurpose(purpose) {
  return PURPOSE_KEYS[purpose] ?? `the ${purpose} command`;
}
function stageOf(key) {
  const parts = key.split(".");
  if (parts[0] !== "stages" || parts.length < 3) return key;
  return parts.length > 3 ? `${parts[1]} stage (${parts[2]})` : `${parts[1]} stage`;
}
function describeMissing(missing, also = []) {
  const install = missing.install ?? (missing.kind === "node-package" ? `install it: \`${addDevDependency(missing.pm ?? "npm", packageOfBin(missing.tool), missing.workspace)}\`, and install dependencies (\`${missing.pm ?? "npm"} ${missing.pm === "npm" || !missing.pm ? "ci" : "install"}\`) in the workflow before this action` : missing.kind === "file" ? missing.tool.startsWith("/") ? INSTALL[basename(missing.tool)] ?? `install the program that provides ${missing.tool} in the workflow before this action, or name it without its path so PATH finds it` : "check the path (it is relative to the repository root) and that the file is committed and executable" : INSTALL[missing.tool] ?? `install ${missing.tool} in the workflow before this action`);
  const keys = [missing.key, ...also.filter((k) => k !== missing.key)];
  const stages = [...new Set(keys.map(stageOf))].join(", ");
  const replace = keys.length === 1 ? `set ${keys[0]} to a command that does not need it` : `set ${keys.join(", ")} to commands that do not need it`;
  return `${missing.tool} (${missing.looked}), needed by the ${stages}: ${install}; or ${replace}`;
}
function notFoundProgram(output) {
  const match = /(?:^|\n)[^\n]*?(?:^|: )([^\s:]+): (?:command )?not found\s*(?:\n|$)/.exec(output);
  return match?.[1];
}
function commandNotFoundMessage(output, purpose) {
  const program = notFoundProgram(output);
  if (!program) return void 0;
  return `missing tool: ${describeMissing({ tool: program, kind: program.includes("/") ? "file" : "program", looked: "command not found, exit status 127", key: keyForPurpose(purpose) })}`;
}

export {
  GO_TOOLS,
  packageOfBin,
  describeMissing,
  commandNotFoundMessage
};
