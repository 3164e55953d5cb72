import {
  originOf
} from "./chunk-QFJOODSQ.js";
import {
  RepositoryProbe,
  isExecutable
} from "./chunk-YJ4WECTM.js";
import {
  describeMissing
} from "./chunk-JAHX4E5E.js";
import {
  coveragePlugins,
  projectInstall,
  pytestOption
} from "./chunk-V5KI2VEC.js";

// src/config/preflight.ts
import { readFileSync } from "node:fs";
import { isAbsolute, posix } from "node:path";
var BUILTINS = /* @__PURE__ */ new Set([
  "cd",
  "export",
  "exit",
  "set",
  "unset",
  "echo",
  "printf",
  "test",
  "[",
  "[[",
  "true",
  "false",
  ":",
  "source",
  ".",
  "eval",
  "read",
  "shift",
  "return",
  "wait",
  "trap",
  "umask",
  "ulimit",
  "local",
  "declare",
  "readonly",
  "pushd",
  "popd",
  "type",
  "hash"
]);
var SYNTAX = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "function", "(", "{", "!", "time"]);
var YARN_COMMANDS = /* @__PURE__ */ new Set(["test", "run", "install", "add", "remove", "audit", "npm", "exec", "dlx", "workspace", "workspaces", "why", "info", "build", "dedupe", "up", "upgrade", "config", "node"]);
var PYTHON = /(^|\/)python(3(\.\d+)?)?$/;
var PYTHON_DISTRIBUTIONS = {
  pytest_cov: "pytest-cov",
  xmlrunner: "unittest-xml-reporting",
  detect_secrets: "detect-secrets",
  pip_audit: "pip-audit",
  xdist: "pytest-xdist",
  pytest_timeout: "pytest-timeout",
  pytest_rerunfailures: "pytest-rerunfailures",
  pytest_django: "pytest-django",
  pytest_benchmark: "pytest-benchmark",
  pytest_mypy: "pytest-mypy"
};
var PYTEST_PLUGIN_FLAGS = {
  "-n": "xdist",
  "--numprocesses": "xdist",
  "--dist": "xdist",
  "--maxprocesses": "xdist",
  "--timeout": "pytest_timeout",
  "--reruns": "pytest_rerunfailures",
  "--cov": "pytest_cov",
  "--ds": "pytest_django",
  "--benchmark-disable": "pytest_benchmark",
  "--benchmark-skip": "pytest_benchmark",
  "--mypy": "pytest_mypy",
  "--hypothesis-profile": "hypothesis",
  "--hypothesis-show-statistics": "hypothesis"
};
var TOOL_MODULES = /* @__PURE__ */ new Set(["ruff", "pylint", "mypy", "pyright", "detect_secrets", "pip_audit"]);
function withoutSubstitutions(command) {
  let out = "";
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (ch === "'") {
      const end = command.indexOf("'", i + 1);
      const stop = end === -1 ? command.length - 1 : end;
      out += command.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\" && i + 1 < command.length) {
      out += command.slice(i, i + 2);
      i++;
    } else if (ch === "$" && command[i + 1] === "(") {
      let depth = 0;
      let j = i + 1;
      for (; j < command.length; j++) {
        if (command[j] === "(") depth++;
        else if (command[j] === ")" && --depth === 0) break;
      }
      out += "SUBSTITUTION";
      i = j;
    } else if (ch === "`") {
      const end = command.indexOf("`", i + 1);
      out += "SUBSTITUTION";
      i = end === -1 ? command.length : end;
    } else {
      out += ch;
    }
  }
  return out;
}
function simpleCommands(line) {
  const command = withoutSubstitutions(line);
  const segments = [];
  let words = [];
  let word = "";
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endSegment = () => {
    endWord();
    if (words.length > 0) segments.push(words);
    words = [];
  };
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (ch === "'") {
      const end = command.indexOf("'", i + 1);
      word += command.slice(i + 1, end === -1 ? void 0 : end);
      inWord = true;
      i = end === -1 ? command.length : end;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < command.length && command[j] !== '"') {
        if (command[j] === "\\" && j + 1 < command.length) j++;
        word += command[j];
        j++;
      }
      inWord = true;
      i = j;
    } else if (ch === "\\" && i + 1 < command.length) {
      word += command[i + 1];
      inWord = true;
      i++;
    } else if (ch === " " || ch === "	") {
      endWord();
    } else if (ch === "(" || ch === ")") {
      endSegment();
    } else if (ch === ";" || ch === "\n" || ch === "|" || ch === "&") {
      if (ch === "&" && (command[i - 1] === ">" || command[i + 1] === ">")) {
        word += ch;
        inWord = true;
        continue;
      }
      endSegment();
      if ((ch === "&" || ch === "|") && command[i + 1] === ch) i++;
    } else {
      word += ch;
      inWord = true;
    }
  }
  endSegment();
  return segments;
}
function programWords(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\d*(>>?|<)&?$/.test(w)) {
      i++;
      continue;
    }
    if (/^\d*(>>?|<)/.test(w) || /^\d*>&\d$/.test(w)) continue;
    if (out.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue;
    out.push(w);
  }
  return out;
}
function need(ctx, tool, kind, looked, addTo = ".") {
  if (ctx.missing.some((m) => m.tool === tool && m.key === ctx.key)) return;
  const workspace = kind === "node-package" && ctx.pm === "pnpm" && ctx.probe.file("pnpm-workspace.yaml");
  ctx.missing.push({ tool, kind, looked, key: ctx.key, pm: ctx.pm, ...workspace ? { workspace: addTo } : {} });
}
function checkProgram(ctx, program) {
  const { probe } = ctx;
  if (isAbsolute(program)) {
    if (!isExecutable(program)) {
      need(ctx, program, "file", "no such executable file on this machine");
      return false;
    }
    return true;
  }
  const installed = /^(?:\.\/)?((?:[^/]+\/)*?)node_modules\/\.bin\/([^/]+)$/.exec(program);
  if (installed && !probe.file(program)) {
    need(ctx, installed[2], "node-package", `not in ${installed[1]}node_modules/.bin`);
    return false;
  }
  if (program.includes("/")) {
    if (!probe.file(program)) {
      need(ctx, program, "file", "no such file in the repository");
      return false;
    }
    return true;
  }
  if (ctx.inScript && probe.nodeBin(program)) return true;
  if (!probe.onPath(program)) {
    need(ctx, program, "program", ctx.inScript ? "not in node_modules/.bin nor on PATH" : "not on PATH");
    return false;
  }
  return true;
}
function checkNodeBin(ctx, bin, from = ".") {
  if (!bin || bin.startsWith("-") || bin.includes("{")) return;
  if (!ctx.probe.nodeBin(bin, from)) need(ctx, bin, "node-package", `not in node_modules/.bin${from === "." ? "" : ` of ${from} or above it`}`);
}
function repositoryDir(ctx, word) {
  if (!word) return void 0;
  const path = ctx.source === void 0 ? word : word.replaceAll("{path}", ctx.source);
  if (path.includes("{") || isAbsolute(path)) return void 0;
  const normalized = posix.normalize(path.replace(/^(['"])(.*)\1$/, "$2")).replace(/\/+$/, "");
  return normalized === ".." || normalized.startsWith("../") ? void 0 : normalized || ".";
}
function filterDir(ctx, filter) {
  if (!filter) return void 0;
  const path = /^\{(.+)\}$/.exec(filter)?.[1] ?? (filter.startsWith(".") ? filter.replace(/\.\.\.$/, "") : void 0);
  if (path !== void 0) return repositoryDir(ctx, path);
  for (let dir = repositoryDir(ctx, ctx.source); dir !== void 0 && dir !== "."; dir = posix.dirname(dir)) {
    const text = ctx.probe.text(`${dir}/package.json`);
    if (text === null) continue;
    try {
      return JSON.parse(text).name === filter ? dir : void 0;
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function managerWhere(ctx, words) {
  let i = 0;
  let dir;
  for (; i < words.length; i++) {
    const w = words[i];
    const [flag, value] = w.includes("=") ? [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] : [w, void 0];
    if (!["--dir", "-C", "--prefix", "--cwd", "--filter", "-F"].includes(flag)) break;
    const given = value ?? words[++i];
    dir = flag === "--filter" || flag === "-F" ? filterDir(ctx, given) : repositoryDir(ctx, given);
  }
  return { dir, rest: words.slice(i) };
}
function checkScript(ctx, name) {
  if (!name || ctx.depth > 2) return;
  const script = ctx.probe.packageJson()?.scripts?.[name];
  if (script === void 0) {
    need(ctx, `package.json scripts.${name}`, "file", "no such script");
    return;
  }
  checkCommand({ ...ctx, inScript: true, depth: ctx.depth + 1 }, script);
}
function checkPythonModules(ctx, python, words) {
  const modules = [];
  for (let i = 0; i < words.length - 1; i++) if (words[i] === "-m") modules.push(words[i + 1]);
  if (modules.includes("pytest") && words.some((w) => w.startsWith("--cov"))) modules.push("pytest_cov");
  if (modules.includes("pytest") && words.some((w) => w === "--ds" || w.startsWith("--ds="))) modules.push("pytest_django");
  const addopts = modules.includes("pytest") ? pytestOption(ctx.probe, "addopts") : void 0;
  const plugins = /* @__PURE__ */ new Map();
  for (const w of addopts?.words ?? []) {
    const flag = w.split("=")[0];
    const plugin = Object.hasOwn(PYTEST_PLUGIN_FLAGS, flag) ? PYTEST_PLUGIN_FLAGS[flag] : void 0;
    if (plugin && !modules.includes(plugin)) {
      modules.push(plugin);
      plugins.set(plugin, addopts.file);
    }
  }
  const coverage = modules.includes("pytest_cov") || modules.includes("coverage") ? coveragePlugins(ctx.probe) : void 0;
  const coverageLoads = /* @__PURE__ */ new Set();
  for (const plugin of coverage?.plugins ?? []) {
    if (modules.includes(plugin)) continue;
    modules.push(plugin);
    coverageLoads.add(plugin);
  }
  if (modules.length === 0) return;
  ctx.pending.push(
    ctx.probe.pythonImports(python, modules).then((found) => {
      const install = modules.every((m) => found.has(m)) ? void 0 : projectInstall(ctx.probe, ctx.source);
      for (const m of modules) {
        if (found.has(m)) continue;
        need(ctx, m, "python-module", `not importable by ${python}`);
        const dist = PYTHON_DISTRIBUTIONS[m] ?? (coverageLoads.has(m) ? m.split(".")[0].replace(/_/g, "-") : m);
        const declared = ctx.probe.pythonRequires(dist, ctx.source, "pip") ? dist : m === "coverage" && ctx.probe.pythonRequires("pytest-cov", ctx.source, "pip") ? "pytest-cov (which brings coverage)" : void 0;
        const toolTable = declared ? void 0 : ctx.probe.pythonToolDeclares(dist, ctx.source) ?? (m === "coverage" ? ctx.probe.pythonToolDeclares("pytest-cov", ctx.source) : void 0);
        const entry = ctx.missing.find((x) => x.tool === m && x.key === ctx.key);
        if (install && declared) {
          if (entry) {
            const upgrade = /--group /.test(install) ? `${python} -m pip install --upgrade pip && ` : "";
            entry.install = `the project declares ${declared}, but ${python} does not have the project's dependencies: install them into it in the workflow before this action (\`${upgrade}${python} -m pip install ${install}\`)`;
          }
        } else if (entry && toolTable) {
          entry.install = `the project declares ${m === "coverage" && !ctx.probe.pythonToolDeclares(dist, ctx.source) ? "pytest-cov (which brings coverage)" : dist} in [${toolTable}] of pyproject.toml, which pip does not install: install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`), or install that table's dependencies with its tool`;
        } else if (entry && coverageLoads.has(m)) {
          entry.install = `the coverage configuration in ${coverage.file} loads it as a plugin ([run] plugins): add ${dist} to the project's test dependencies and install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`;
        } else if (entry && plugins.has(m)) {
          entry.install = `pytest's addopts in ${plugins.get(m)} use it: add ${dist} to the project's test dependencies and install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`;
        } else if (entry && m === "pytest_django") {
          entry.install = `the command runs a Django project's tests with pytest-django (--ds): install it into ${python} in the workflow before this action (\`${python} -m pip install ${dist}\`)`;
        } else if (entry && TOOL_MODULES.has(m)) {
          entry.install = `install it into that interpreter in the workflow before this action (\`${python} -m pip install ${dist}\`)`;
        }
      }
    })
  );
}
var CARGO_COMMANDS = /* @__PURE__ */ new Set([
  "add",
  "b",
  "bench",
  "build",
  "c",
  "check",
  "clean",
  "config",
  "d",
  "doc",
  "fetch",
  "fix",
  "generate-lockfile",
  "git-checkout",
  "help",
  "info",
  "init",
  "install",
  "locate-project",
  "login",
  "logout",
  "metadata",
  "new",
  "owner",
  "package",
  "pkgid",
  "publish",
  "r",
  "read-manifest",
  "remove",
  "report",
  "rm",
  "run",
  "rustc",
  "rustdoc",
  "search",
  "t",
  "test",
  "tree",
  "uninstall",
  "update",
  "vendor",
  "verify-project",
  "version",
  "yank"
]);
var CARGO_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-Z", "--config", "-C", "--color"]);
function checkCargoSubcommands(ctx, words) {
  let i = 1;
  while (i < words.length && /^[-+]/.test(words[i])) i += CARGO_VALUE_OPTIONS.has(words[i]) ? 2 : 1;
  const sub = words[i];
  if (sub === void 0 || CARGO_COMMANDS.has(sub) || !/^[a-z][\w-]*$/.test(sub)) return;
  const wanted = [sub, ...sub === "llvm-cov" && words[i + 1] === "nextest" ? ["nextest"] : []];
  const home = Object.fromEntries(ctx.probe.environment(/^(?:CARGO_HOME|HOME)$/));
  const cargoHome = home.CARGO_HOME ?? (home.HOME ? posix.join(home.HOME, ".cargo") : void 0);
  const aliases = cargoAliases([ctx.probe.text(".cargo/config.toml"), ctx.probe.text(".cargo/config"), ...cargoHome ? [cargoHomeConfig(cargoHome)] : []]);
  for (const name of wanted) {
    if (aliases.has(name)) continue;
    const program = `cargo-${name}`;
    if (ctx.probe.onPath(program) || cargoHome !== void 0 && isExecutable(posix.join(cargoHome, "bin", program))) continue;
    need(ctx, program, "program", "not on PATH nor in cargo's bin directory");
  }
}
function cargoAliases(texts) {
  const names = /* @__PURE__ */ new Set();
  for (const text of texts) {
    let inAlias = false;
    for (const line of (text ?? "").split(/\r?\n/)) {
      const table = /^\s*\[([^\]]*)\]/.exec(line);
      if (table) inAlias = table[1].trim() === "alias";
      else if (inAlias) {
        const key = /^\s*"?([\w-]+)"?\s*=/.exec(line);
        if (key) names.add(key[1]);
      }
      const dotted = /^\s*alias\.([\w-]+)\s*=/.exec(line);
      if (dotted && !table) names.add(dotted[1]);
    }
  }
  return names;
}
function cargoHomeConfig(cargoHome) {
  for (const name of ["config.toml", "config"]) {
    const text = readHomeFile(posix.join(cargoHome, name));
    if (text !== null) return text;
  }
  return null;
}
function readHomeFile(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
function fetchesPackages(words) {
  const end = words.indexOf("--");
  return (end === -1 ? words : words.slice(0, end)).some((w) => w === "--package" || w === "-p" || w.startsWith("--package="));
}
function checkCommand(ctx, command) {
  let cwd = ".";
  const dirs = /* @__PURE__ */ new Set(["."]);
  for (const segment of simpleCommands(command)) {
    let words = programWords(segment);
    while (words.length > 0 && (words[0] === "command" || words[0] === "exec" || words[0] === "env")) words = programWords(words.slice(1));
    const program = words[0];
    if (program === "cd" || program === "pushd") {
      cwd = repositoryDir(ctx, words[1]) ?? ".";
      dirs.add(cwd);
      continue;
    }
    if (!program || BUILTINS.has(program) || SYNTAX.has(program) || /[`$(){}]/.test(program)) continue;
    if (!checkProgram(ctx, program)) continue;
    const where = program === "npm" || program === "pnpm" || program === "yarn" ? managerWhere(ctx, words.slice(1)) : { rest: words.slice(1) };
    if (where.dir !== void 0) dirs.add(where.dir);
    const at = where.dir ?? cwd;
    const sub = where.dir === void 0 ? words[1] : where.rest[0];
    if (program === "npx") {
      if (!fetchesPackages(words)) checkNodeBin(ctx, words.slice(1).find((w) => !w.startsWith("-")), cwd);
    } else if (program === "pnpm" && sub === "exec") checkNodeBin(ctx, where.dir === void 0 ? words[2] : where.rest[1], at);
    else if (program === "yarn" && sub && !YARN_COMMANDS.has(sub) && !sub.startsWith("-")) checkNodeBin(ctx, sub, at);
    else if ((program === "npm" || program === "pnpm" || program === "yarn") && at !== ".") continue;
    else if ((program === "npm" || program === "pnpm" || program === "yarn") && (sub === "test" || sub === "t")) checkScript(ctx, "test");
    else if ((program === "npm" || program === "pnpm" || program === "yarn") && sub === "run") checkScript(ctx, words[2]);
    else if (PYTHON.test(program)) checkPythonModules(ctx, program, words);
    else if (program === "cargo") checkCargoSubcommands(ctx, words);
  }
  const packages = [];
  if (/--reporters[= ]jest-junit\b/.test(command)) packages.push("jest-junit");
  if (/\bmocha-junit-reporter\b/.test(command)) packages.push("mocha-junit-reporter");
  if (/secretlint-rule-preset-recommend/.test(command) && !/--package[= ]@secretlint\/secretlint-rule-preset-recommend@/.test(command)) {
    packages.push("@secretlint/secretlint-rule-preset-recommend");
  }
  const installed = (pkg) => [...dirs].some((dir) => ctx.probe.nodePackage(pkg, dir));
  for (const pkg of packages) if (!installed(pkg)) need(ctx, pkg, "node-package", "not in node_modules");
  if (/\bvitest\b|\bnpm test\b|\bpnpm (?:run )?test\b|\byarn test\b/.test(command) && /--coverage\.enabled|--coverage\.reporter/.test(command)) {
    if (!installed("@vitest/coverage-v8") && !installed("@vitest/coverage-istanbul")) {
      const version = [...dirs].map((dir) => ctx.probe.nodePackageVersion("vitest", dir)).find((v) => v !== void 0);
      const vitestIn = [...dirs].find((dir) => dir !== "." && ctx.probe.file(`${dir}/node_modules/vitest/package.json`));
      need(ctx, `@vitest/coverage-v8${version ? `@${version}` : ""}`, "node-package", "not in node_modules", vitestIn);
    }
  }
}
function commandsToRun(config, stages) {
  const out = [];
  const s = config.stages;
  const on = (key) => stages.includes(key) && s[key].enabled;
  if (on("testing")) out.push(["stages.testing.command", s.testing.command]);
  if (on("refactoring")) {
    const r = s.refactoring;
    if (r.linting.enabled) {
      out.push(["stages.refactoring.linting.command", r.linting.command]);
      if (config.quality_gates.linting.auto_fix) out.push(["stages.refactoring.linting.fix_command", r.linting.fix_command]);
    }
    if (r.type_checking.enabled) out.push(["stages.refactoring.type_checking.command", r.type_checking.command]);
    if (r.security.enabled) out.push(["stages.refactoring.security.command", r.security.command]);
  }
  for (const key of ["staging_deployment", "production_deployment"]) {
    if (!on(key)) continue;
    const d = s[key];
    out.push([`stages.${key}.command`, d.command], [`stages.${key}.rollback_command`, d.rollback_command]);
    out.push([`stages.${key}.integration_tests.command`, d.integration_tests?.command], [`stages.${key}.e2e_tests.command`, d.e2e_tests?.command]);
    out.push([`stages.${key}.criteria.performance.command`, d.criteria?.performance?.command]);
    out.push([`stages.${key}.criteria.uptime.command`, d.criteria?.uptime?.command]);
  }
  return out.filter((entry) => typeof entry[1] === "string" && entry[1].trim() !== "");
}
var NO_TEST_COMMAND = "stages.testing.command: no test command is configured";
function preflightReason(problems) {
  const reasons = [
    ...problems.some((p) => /^paths\.(source|tests): /.test(p)) ? ["a path the configuration names does not exist"] : [],
    ...problems.some((p) => p.startsWith(NO_TEST_COMMAND)) ? ["no test command is configured"] : [],
    ...problems.some((p) => / missing tools?, found before running anything:$/.test(p)) ? ["tools the configuration needs are missing"] : []
  ];
  return reasons.length > 0 ? reasons.join("; ") : "the configuration cannot run here";
}
async function preflight(loaded, opts) {
  const { config } = loaded;
  const probe = new RepositoryProbe(opts.workspace, opts.env);
  const commands = commandsToRun(config, opts.stages);
  const problems = [];
  for (const [placeholder, key] of [["{path}", "source"], ["{tests}", "tests"]]) {
    const users = commands.filter(([, command]) => command.includes(placeholder)).map(([k]) => k);
    const value = config.paths[key];
    if (users.length === 0 || probe.dir(value) || probe.file(value)) continue;
    problems.push(
      `paths.${key}: '${value}' does not exist in the repository (set by ${originOf(loaded.layers, ["paths", key])}; used as ${placeholder} by ${users.join(", ")}). Set paths.${key} in the configuration file, or paths.${key} in the spec's frontmatter, to the component's directory`
    );
  }
  if (opts.stages.includes("testing") && config.stages.testing.enabled && !config.stages.testing.command?.trim()) {
    const why = loaded.choices.find((c) => c.topic === "tests and coverage" && c.chose.startsWith("none") && c.given === void 0);
    problems.push(
      `${NO_TEST_COMMAND}, so nothing would be tested${why ? ` (the ${config.preset} preset chose none: ${why.because})` : ""}. Set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and stages.testing.reports.coverage, or set stages.testing.enabled: false to skip the stage on purpose`
    );
  }
  const pm = /^(pnpm|yarn)/.exec(probe.packageJson()?.packageManager ?? "")?.[1] ?? (probe.file("pnpm-lock.yaml") ? "pnpm" : probe.file("yarn.lock") ? "yarn" : "npm");
  const missing = [];
  const pending = [];
  const source = loaded.config.paths.source;
  for (const [key, command] of commands) checkCommand({ probe, key, pm, missing, inScript: false, depth: 0, pending, source }, command);
  await Promise.all(pending);
  const byTool = /* @__PURE__ */ new Map();
  for (const m of missing) byTool.set(m.tool, [...byTool.get(m.tool) ?? [], m]);
  if (byTool.size > 0) {
    problems.push(`${byTool.size} missing tool${byTool.size === 1 ? "" : "s"}, found before running anything:`);
    for (const [, all] of byTool) problems.push(`  - ${describeMissing(all[0], all.slice(1).map((m) => m.key))}`);
  }
  return problems;
}

export {
  simpleCommands,
  preflightReason,
  preflight
};
