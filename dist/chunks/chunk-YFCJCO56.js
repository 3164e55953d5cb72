import {
  JEST_INVOCATIONS_FILE,
  VITEST_RETRIES_FILE
} from "./chunk-JYBEL37R.js";
import {
  BOTH_HALVES,
  securityScans
} from "./chunk-HXZPDVJ2.js";
import {
  shellQuote
} from "./chunk-4GTCQ74A.js";

// src/config/preset-node.ts
import { posix } from "node:path";
var MANAGERS = {
  npm: { name: "npm", exec: "npx", script: "npm test", test: (args) => `npm test -- ${args}`, run: (name, args) => `npm run ${name} -- ${args}` },
  pnpm: { name: "pnpm", exec: "pnpm exec", script: "pnpm run test", test: (args) => `pnpm run test ${args}`, run: (name, args) => `pnpm run ${name} ${args}` },
  yarn: { name: "yarn", exec: "yarn", script: "yarn test", test: (args) => `yarn test ${args}`, run: (name, args) => `yarn run ${name} ${args}` },
  // bun install writes node_modules as npm does, and its binaries run under node through npx (bunx would run them
  // under bun's runtime when told `--bun`, which is not the project's node); `bun run test` passes what follows.
  bun: { name: "bun", exec: "npx", script: "bun run test", test: (args) => `bun run test ${args}`, run: (name, args) => `bun run ${name} ${args}` }
};
function runnerSettings(probe, pm) {
  const keys = pm.exec === "pnpm exec" ? ["node-options", "verify-deps-before-run", "use-node-version"] : ["node-options"];
  const set = (value) => value.trim() !== "" && !/^(?:false|["']{2})$/.test(value.trim());
  for (const [file, text] of [[".npmrc", probe.text(".npmrc")], ["~/.npmrc", probe.userNpmrc()]]) {
    for (const key of keys) {
      const value = new RegExp(`^\\s*${key}\\s*=(.*)$`, "m").exec(text ?? "")?.[1];
      if (value !== void 0 && set(value)) return `${key} in ${file}`;
    }
  }
  for (const key of keys) {
    const env = probe.environment(new RegExp(`^(?:npm|pnpm)_config_${key.replace(/-/g, "_")}$`, "i")).find(([, value]) => set(value));
    if (env) return `${env[0]} in the environment`;
  }
  if (pm.exec !== "pnpm exec") return void 0;
  const camel = keys.map((k) => k.replace(/-(\w)/g, (_, c) => c.toUpperCase()));
  for (const key of [...camel, "executionEnv"]) {
    const value = new RegExp(`^${key}\\s*:(.*)$`, "m").exec(probe.text("pnpm-workspace.yaml") ?? "")?.[1];
    if (value !== void 0 && (set(value) || value.trim() === "")) return `${key} in pnpm-workspace.yaml`;
  }
  const own = probe.packageJson()?.pnpm;
  return typeof own === "object" && own !== null && own.executionEnv !== void 0 ? "pnpm.executionEnv in package.json" : void 0;
}
function ownBin(probe, bin) {
  const pkg = probe.packageJson();
  if (pkg === null) return false;
  if (typeof pkg.bin === "string") return typeof pkg.name === "string" && pkg.name.replace(/^@[^/]+\//, "") === bin;
  if (typeof pkg.bin === "object" && pkg.bin !== null && Object.hasOwn(pkg.bin, bin)) return true;
  const dir = pkg.directories?.bin;
  return typeof dir === "string" && probe.file(posix.join(dir, bin));
}
function toolCommand(probe, pm, bin) {
  const direct = (pm.exec === "npx" || pm.exec === "pnpm exec") && probe.rootNodeBin(bin) && !probe.file(".pnp.cjs") && !probe.file(".pnp.data.json") && !probe.rootNodeBin("node") && !(pm.exec === "npx" && ownBin(probe, bin)) && runnerSettings(probe, pm) === void 0;
  return direct ? `node_modules/.bin/${bin}` : `${pm.exec} ${bin}`;
}
var LOCK_FILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"],
  // bun 1.2's text lock file, and the binary one of earlier releases.
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"]
];
var SECRETLINT_RECOMMENDED = '{{"rules":[{{"id":"@secretlint/secretlint-rule-preset-recommend"}}]}}';
var SECRETLINT_VERSION = "12.0.0";
var RUN_OUTPUT_GLOBS = ["**/.spec-to-production/**", "**/workflow_report_*.json", "**/workflow_dashboard_*.html"];
function secretlintExclusions(exclude) {
  return [...exclude, ...RUN_OUTPUT_GLOBS].map((g) => ` '!${g}'`).join("");
}
function eslintExclusions(ignored = []) {
  return [...RUN_OUTPUT_GLOBS, ...ignored].map((g) => ` --ignore-pattern '${g}'`).join("");
}
var MAX_GITIGNORE_PATTERNS = 20;
function gitignoredPaths(probe) {
  const patterns = [];
  for (const raw of (probe.text(".gitignore") ?? "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("!") || /[*?[\]\\'"`${}\s]/.test(line)) continue;
    const path = line.replace(/\/+$/, "");
    const anchored = path.startsWith("/") || path.slice(0, -1).includes("/");
    const name = path.replace(/^\/+/, "");
    if (name === "" || name === "node_modules" || name.startsWith(".spec-to-production") || name.split("/").includes("..")) continue;
    const pattern = anchored ? `${name}/**` : `**/${name}/**`;
    if (!patterns.includes(pattern)) patterns.push(pattern);
    if (patterns.length === MAX_GITIGNORE_PATTERNS) break;
  }
  return patterns;
}
function fetchedSecretlint(path, exclude = []) {
  const packages = `--package secretlint@${SECRETLINT_VERSION} --package @secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`;
  return `npx --yes ${packages} -- secretlint --secretlintrcJSON '${SECRETLINT_RECOMMENDED}' ${path}/'**/*'` + secretlintExclusions(exclude) + " --format json --output {reports}/secretlint.json";
}
var ESLINT_CONFIGS = [
  "eslint.config.js",
  "eslint.config.mjs",
  "eslint.config.cjs",
  "eslint.config.ts",
  "eslint.config.mts",
  "eslint.config.cts",
  ".eslintrc.js",
  ".eslintrc.cjs",
  ".eslintrc.json",
  ".eslintrc.yml",
  ".eslintrc.yaml",
  ".eslintrc"
];
var SECRETLINT_CONFIGS = [".secretlintrc", ".secretlintrc.json", ".secretlintrc.yml", ".secretlintrc.yaml", ".secretlintrc.js", ".secretlintrc.cjs", ".secretlintrc.mjs"];
function lintingOffBecause(probe, pm) {
  const scripts = probe.packageJson()?.scripts ?? {};
  const calls = (n) => typeof scripts[n] === "string" && LINTER_WORD.test(scripts[n]);
  const chainedFrom = (n) => typeof scripts[n] === "string" ? chainedNames(scripts[n], scripts).find((c) => c !== n && calls(c)) : void 0;
  const roots = ["test", "check", "pretest", "posttest"];
  const given = (n) => typeof scripts[n] === "string" && scripts[n].trim() !== "";
  const name = ["lint", "lint:check", "lint:js", "lint:ts"].find(given) ?? roots.find(calls) ?? roots.map(chainedFrom).find((n) => n !== void 0) ?? // Any other script named for linting (ai/nanoid: `test:lint: oxlint`, run by `pnpm run /^test:/`).
  Object.keys(scripts).find((n) => /(?:^|:)lint(?:$|:)/.test(n) && given(n));
  if (name === void 0) {
    const config = probe.firstFile(LINTER_CONFIGS);
    if (config !== void 0) {
      return `no eslint configuration (eslint.config.js, .eslintrc.*, package.json eslintConfig), the only linter the preset runs; ${config} configures another linter, which is not run, so the project's own linting is not checked: ` + (config.startsWith("biome.") ? biomeAdvice(probe, pm) : config.includes("oxlint") ? oxlintAdvice(pm) : "set stages.refactoring.linting.command to a command that writes an eslint JSON or SARIF report and stages.refactoring.linting.report");
    }
    return "no eslint configuration (eslint.config.js, .eslintrc.*): nothing to lint with; add one, or set stages.refactoring.linting.command";
  }
  const linter = name.startsWith("lint") ? void 0 : LINTER_WORD.exec(scripts[name])?.[1];
  const script = linter ? `the ${linter} that scripts.${name} ("${scripts[name]}") runs is not run` : `scripts.${name} ("${scripts[name]}") is not run`;
  return `no eslint configuration (eslint.config.js, .eslintrc.*, package.json eslintConfig), the only linter the preset runs; ${script}, so the project's own linting is not checked: ` + (/(?:^|[\s/;&|(])biome\s/.test(scripts[name]) ? biomeAdvice(probe, pm) : /(?:^|[\s/;&|(])oxlint(?=$|[\s;&|)])/.test(scripts[name]) ? oxlintAdvice(pm) : "set stages.refactoring.linting.command to a command that writes an eslint JSON or SARIF report (xo, for one, writes eslint JSON with --reporter=json) and stages.refactoring.linting.report");
}
var BIOME_SARIF_SINCE = [2, 4, 0];
function biomeAdvice(probe, pm) {
  const set = `set stages.refactoring.linting.command to "${pm.exec} biome lint --reporter=sarif {path} > {reports}/biome.sarif" and stages.refactoring.linting.report to { path: "{reports}/biome.sarif", format: sarif }`;
  const version = probe.nodePackageVersion("@biomejs/biome");
  const parts = (version ?? "").split(/[.-]/).slice(0, 3).map(Number);
  const older = parts.length === 3 && parts.every(Number.isFinite) && (parts.map((n, i) => n - BIOME_SARIF_SINCE[i]).find((d) => d !== 0) ?? 0) < 0;
  return older ? `biome ${version}, installed here, writes no report the gate reads (--reporter=sarif came in biome 2.4.0): upgrade @biomejs/biome to 2.4.0 or later, then ${set}` : `biome writes SARIF from 2.4.0 on: ${set}`;
}
function oxlintAdvice(pm) {
  return `oxlint writes its own JSON, which the gate reads: set stages.refactoring.linting.command to "${pm.exec} oxlint --ignore-pattern '**/.spec-to-production/**' {path} --format json > {reports}/oxlint.json" and stages.refactoring.linting.report to { path: "{reports}/oxlint.json", format: oxlint-json }`;
}
var LINTER_CONFIGS = [
  "oxlint.config.ts",
  "oxlint.config.js",
  "oxlint.config.mjs",
  ".oxlintrc.json",
  "biome.json",
  "biome.jsonc",
  ".xo-config",
  ".xo-config.json",
  ".xo-config.js",
  ".xo-config.cjs",
  "xo.config.js",
  "xo.config.cjs",
  "xo.config.mjs",
  "xo.config.ts"
];
var LINTER_WORD = /(?:^|[\s/;&|(])(xo|standard|semistandard|ts-standard|biome|oxlint|eslint|gts\s+(?:lint|check))(?=$|[\s;&|)])/;
var TS_EXTENSIONS = ".js,.jsx,.cjs,.mjs,.ts,.tsx,.cts,.mts";
function legacyExtensions(probe, config) {
  if (!config.startsWith(".eslintrc") && config !== "package.json eslintConfig") return void 0;
  const scripts = probe.packageJson()?.scripts ?? {};
  const lintFirst = Object.entries(scripts).sort(([a], [b]) => Number(!a.startsWith("lint")) - Number(!b.startsWith("lint")));
  for (const [name, script] of lintFirst) {
    if (typeof script !== "string" || !/\beslint\b/.test(script)) continue;
    const given = /(?:^|\s)--ext(?:\s+|=)([\w.,]+)/.exec(script)?.[1];
    if (given) return { ext: given, because: `a legacy configuration lints only .js files unless told: --ext ${given} as scripts.${name} gives it` };
  }
  if (!probe.file("tsconfig.json")) return void 0;
  return { ext: TS_EXTENSIONS, because: "a legacy configuration lints only .js files unless told, and tsconfig.json makes this a TypeScript project: --ext includes .ts and .tsx" };
}
function chooseManager(probe, choices) {
  const declared = /^(npm|pnpm|yarn|bun)@/.exec(probe.packageJson()?.packageManager ?? "");
  if (declared) {
    choices.push({ topic: "package manager", chose: declared[1], because: `package.json packageManager: ${probe.packageJson()?.packageManager}` });
    return MANAGERS[declared[1]];
  }
  for (const [file, name] of LOCK_FILES) {
    if (probe.file(file)) {
      choices.push({ topic: "package manager", chose: name, because: `${file} exists` });
      return MANAGERS[name];
    }
  }
  choices.push({ topic: "package manager", chose: "npm", because: "no lock file and no packageManager field: npm" });
  return MANAGERS.npm;
}
var JEST_INVOCATIONS_MODULE = 'module.exports = (t) => { const p = {}; if (t.invocations > 1) { p.invocations = String(t.invocations); (t.retryReasons || []).slice(0, 5).forEach((r, i) => { p["retryReason" + (i + 1)] = String(r).replace(/\\u001b\\[[0-9;]*m/g, "").split("\\n")[0].slice(0, 500) }) } return p }';
var JEST_INVOCATIONS_SETUP = `printf '%s\\n' '${JEST_INVOCATIONS_MODULE.replace(/[{}]/g, "$&$&")}' > {reports}/${JEST_INVOCATIONS_FILE} && `;
var VITEST_RETRIES_MODULE = 'const mark = (t) => { for (const c of t.tasks || []) mark(c); const r = t.result; if (t.type === "test" && r && r.retryCount > 0 && Array.isArray(t.annotations) && !t.annotations.some((a) => a.type === "retryCount")) { t.annotations.push({ type: "retryCount", message: String(r.retryCount) }); if (r.state === "pass") (r.errors || []).slice(0, 5).forEach((e, i) => t.annotations.push({ type: "retryReason" + (i + 1), message: String((e && e.message) || "").split("\\n")[0].slice(0, 500) })) } }; export default class { onTestRunEnd(modules) { for (const m of modules || []) mark(m.task) } onFinished(files) { for (const f of files || []) mark(f) } }';
var VITEST_RETRIES_SETUP = `printf '%s\\n' '${VITEST_RETRIES_MODULE.replace(/[{}]/g, "$&$&")}' > {reports}/${VITEST_RETRIES_FILE} && `;
var JEST_INVOCATIONS_ENV = `JEST_JUNIT_TEST_CASE_PROPERTIES_DIR={reports} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=${JEST_INVOCATIONS_FILE} `;
var OTHER_RUNNERS = /(?:^|[\s/;&|(])(uvu|ava|tap|tape|tsd|tstyche|jasmine|karma|playwright|cypress|lab|qunit|zora|brittle|borp|baretest|testem|wdio|nightwatch|mochify|web-test-runner|wtr|testcafe|bun test|deno test)(?=$|[\s;&|)])/;
var NO_TEST_SCRIPT = /^echo\s+["']?Error: no test specified/;
function testScript(probe, top = "test") {
  const scripts = probe.packageJson()?.scripts ?? {};
  const test = scripts[top];
  if (typeof test !== "string") return void 0;
  const chained = [];
  for (const name of chainedNames(test, scripts)) {
    const inner = scripts[name];
    if (name !== top && typeof inner === "string" && (RUNNER_WORD.test(inner) || OTHER_RUNNERS.test(inner)) && !chained.some((c) => c.name === name)) {
      chained.push({ name, script: inner });
    }
  }
  const first = RUNNER_WORD.test(test) ? void 0 : chained.find((c) => RUNNER_WORD.test(c.script));
  const others = chained.filter((c) => c !== first).map((c) => `scripts["${c.name}"] ("${c.script}")`);
  if (first) return { script: first.script, name: first.name, others };
  return { script: test, name: top, others };
}
function notRun(others, top = "test") {
  if (others.length === 0) return "";
  return `; ${scriptKey(top)} also runs ${others.join(" and ")}, which this command does not run: ${others.length === 1 ? "its" : "their"} tests are not judged (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`;
}
function chainedNames(script, scripts) {
  const names = Object.keys(scripts);
  const found = [];
  for (const m of script.matchAll(/\b(?<![\w-])(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?(["']?)([\w:.-]+|\/[^/\s'"]+\/)\1(?![\w:./-])/g)) {
    const token = m[2];
    if (!token.startsWith("/")) {
      found.push({ at: m.index, names: [token] });
      continue;
    }
    let pattern;
    try {
      pattern = new RegExp(token.slice(1, -1));
    } catch {
      pattern = void 0;
    }
    found.push({ at: m.index, names: pattern ? names.filter((n) => pattern.test(n)) : [] });
  }
  for (const m of script.matchAll(/(?:^|[\s;&|(])(?:npm-run-all2?|run-s|run-p)((?:\s+(?:'[^']*'|"[^"]*"|[^\s;&|)'"]+))*)/g)) {
    const words = [...m[1].matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? w[2] ?? w[3]);
    const expanded = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w === "--") break;
      if (/^--(max-parallel|npm-path)$/.test(w)) i++;
      if (w.startsWith("-")) continue;
      const glob = new RegExp(`^${w.split(/(\*\*|\*)/).map((part) => part === "**" ? ".+" : part === "*" ? "[^:]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("")}$`);
      expanded.push(...names.filter((n) => glob.test(n) && !expanded.includes(n)));
    }
    found.push({ at: m.index, names: expanded });
  }
  return found.sort((a, b) => a.at - b.at).flatMap((f) => f.names);
}
var RUNNER_WORD = /\b(?:vitest|jest|mocha)\b|\bnode\b[^&|;]*\s--test\b/;
function scriptKey(name) {
  return /^\w+$/.test(name) ? `scripts.${name}` : `scripts["${name}"]`;
}
function chooseRunner(probe, top = "test") {
  const found = testScript(probe, top);
  const chosen = runnerOf(probe, found, top);
  const others = chosen.runner === "unsupported" ? [] : found?.others ?? [];
  if (others.length === 0) return chosen;
  const warning = `${others.join(" and ")}, which ${scriptKey(top)} runs too, ${others.length === 1 ? "is" : "are"} not run by the preset's test command: ${others.length === 1 ? "its" : "their"} tests are not checked (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`;
  return { ...chosen, because: `${chosen.because}${notRun(others, top)}`, warning };
}
function unreported(runner) {
  return /^(?:bun|deno) test$/.test(runner) ? `${runner.split(" ")[0]}'s own test runner, which the node preset does not drive (it runs the tests under node, and ${runner.split(" ")[0]} is another runtime)` : "which the node preset has no JUnit reporter for";
}
function runnerOf(probe, found, top = "test") {
  const script = found?.name === top ? found.script : void 0;
  const key = scriptKey(top);
  if (found && found.name !== top) {
    const inner = found.script;
    const via = `${key} runs scripts["${found.name}"] ("${inner}")`;
    if (/\bvitest\b/.test(inner)) return { runner: "vitest", because: `${via}: vitest`, segment: inner };
    if (/\bjest\b/.test(inner)) return { runner: "jest", because: `${via}: jest`, segment: inner };
    if (/\bmocha\b/.test(inner)) return { runner: "mocha", because: `${via}: mocha`, script: inner };
    return { runner: "node-test", because: `${via}: node --test`, script: inner };
  }
  if (script !== void 0) {
    if (/\bvitest\b/.test(script)) return { runner: "vitest", because: `${key} runs vitest ("${script}")`, script };
    if (/\bjest\b/.test(script)) return { runner: "jest", because: `${key} runs jest ("${script}")`, script };
    if (/\bmocha\b/.test(script)) return { runner: "mocha", because: `${key} runs mocha ("${script}")`, script };
    if (/\bnode\b[^&|;]*\s--test\b/.test(script)) return { runner: "node-test", because: `${key} runs node --test ("${script}")`, script };
  }
  const given = found && !NO_TEST_SCRIPT.test(found.script.trim()) ? found.script : void 0;
  const other = given === void 0 ? null : OTHER_RUNNERS.exec(given);
  if (other) {
    return { runner: "unsupported", because: `scripts.${found?.name} runs ${other[1]} ("${given}"), ${unreported(other[1])}`, other: other[1], script: given };
  }
  const scripts = probe.packageJson()?.scripts ?? {};
  for (const name of given === void 0 ? [] : chainedNames(given, scripts)) {
    const inner = scripts[name];
    const chained = typeof inner === "string" && name !== found?.name ? OTHER_RUNNERS.exec(inner) : null;
    if (chained) {
      return {
        runner: "unsupported",
        because: `scripts.${found?.name} runs scripts["${name}"] ("${inner}"), which runs ${chained[1]}, ${unreported(chained[1])}`,
        other: chained[1],
        script: inner
      };
    }
  }
  for (const runner of ["vitest", "jest", "mocha"]) {
    if (!probe.declares(runner)) continue;
    if (given === void 0) return { runner, because: `package.json depends on ${runner}` };
    return {
      runner,
      because: `package.json depends on ${runner}; scripts.${found?.name} ("${given}") calls no runner the preset can follow, so ${runner} runs directly, without that script's own set-up (flags, config, wrapper): when its run differs, set stages.testing.command`
    };
  }
  if (given !== void 0) {
    return { runner: "unsupported", because: `scripts.${found?.name} runs "${given}", which calls none of the runners the node preset knows (vitest, jest, mocha, node --test)` };
  }
  return { runner: "node-test", because: "no test script and no test runner in package.json: node's built-in runner (node --test)" };
}
function tapExample(probe, pm, runner, script) {
  if (runner !== "tape" && runner !== "ava") return void 0;
  const call = new RegExp(`(?:^|[\\s;&|(])${runner}((?:\\s+(?:'[^']*'|"[^"]*"|[\\w./=@:,*+-]+))*)\\s*(?=$|[;&|)])`).exec(script);
  const args = (call?.[1] ?? "").trim().replace(/(^|\s)--tap\b/g, "").trim();
  const cover = /\bnyc\b/.test(script) ? "nyc" : "c8";
  const runs = `${runner}${args ? ` ${args}` : ""}${runner === "ava" ? " --tap" : ""}`;
  const install = ["tap-junit", cover].filter((p) => !probe.declares(p));
  const add = pm.name === "npm" ? "npm i -D" : pm.name === "pnpm" && probe.file("pnpm-workspace.yaml") ? "pnpm add -D -w" : `${pm.name} add -D`;
  const command = `${pm.exec} ${cover} --reporter=json-summary --report-dir={reports}/coverage ${runs} | ${pm.exec} tap-junit -o {reports} -n junit.xml`;
  return `; ${runner} writes TAP${runner === "ava" ? " (with --tap)" : ""}, which tap-junit turns into JUnit XML${install.length > 0 ? ` (${add} ${install.join(" ")})` : ""}, for example stages.testing.command: ${JSON.stringify(command)} with stages.testing.reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }`;
}
function bunExample(runner, script) {
  if (runner !== "bun test") return void 0;
  const call = /(?:^|[\s;&|(])bun test((?:\s+(?:'[^']*'|"[^"]*"|[\w./=@:,*+-]+))*)\s*(?=$|[;&|)])/.exec(script);
  const args = (call?.[1] ?? "").trim().replace(/(^|\s)--(?:reporter|reporter-outfile|coverage|coverage-reporter|coverage-dir)(?:=\S+)?(?=\s|$)/g, "").trim();
  const command = `bun test${args ? ` ${args}` : ""} --reporter=junit --reporter-outfile={reports}/junit.xml --coverage --coverage-reporter=lcov --coverage-dir={reports}/coverage`;
  return `; bun's test runner writes JUnit XML and lcov itself, for example stages.testing.command: ${JSON.stringify(command)} with stages.testing.reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage/lcov.info", format: lcov } } (and \`- uses: oven-sh/setup-bun@v2\` in the workflow before this action)`;
}
function scriptTakesArgs(script, runner) {
  if (script === void 0 || /[;&|<>`$()]/.test(script)) return false;
  const { rest: words } = leadingEnv(script.trim().split(/\s+/));
  const name = runner === "node-test" ? "node" : runner;
  if (words[0] === name) return true;
  return words[0] === "node" && words.slice(1).some((w) => new RegExp(`(^|/)${name}(\\.js)?$`).test(w) || w.includes(`/${name}/bin/`));
}
function runnerCall(script, runner) {
  if (!script) return { args: "", skipped: [] };
  const calls = [];
  for (const segment of script.split(/&&|\|\||[;|]/)) {
    const { env: env2, rest: words } = leadingEnv(segment.trim().split(/\s+/));
    if (words[0] === "npx" || words[0] === "yarn") words.shift();
    else if (words[0] === "pnpm" && words[1] === "exec") words.splice(0, 2);
    if (words[0] === runner) {
      calls.push({ text: segment.trim(), env: env2, args: words.slice(1) });
      continue;
    }
    const entry = words[0] === "node" ? words.findIndex((w, i) => i > 0 && isRunnerEntry(w, runner)) : -1;
    if (entry > 0 && words.slice(1, entry).every((w) => /^--?[\w-]+(=[\w./:,@-]*)?$/.test(w))) {
      calls.push({ text: segment.trim(), invocation: words.slice(0, entry + 1).join(" "), env: env2, args: words.slice(entry + 1) });
    }
  }
  if (calls.length === 0) return { args: "", skipped: [] };
  const chosen = calls.find((c) => !(runner === "vitest" && c.args.includes("--typecheck.only"))) ?? calls[0];
  const skipped = calls.filter((c) => c !== chosen).map((c) => c.text);
  const args = [...chosen.args];
  if (runner === "vitest" && /^(run|watch|dev|related)$/.test(args[0] ?? "")) args.shift();
  if (!args.every((w) => /^[\w./=@:,*+-]+$/.test(w))) return { args: "", skipped };
  const kept = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (/^--(run|watch|watchAll|ci|silent)$/.test(w) || /^--(coverage|reporters?|outputFile|coverageReporters|coverageDirectory)(\.|=|$)/.test(w)) {
      if (/^--(reporters?|outputFile|coverageReporters|coverageDirectory)$/.test(w) && args[i + 1] && !args[i + 1].startsWith("-")) i++;
      continue;
    }
    kept.push(w);
  }
  const env = plainAssignments(chosen.env);
  return { ...chosen.invocation ? { invocation: chosen.invocation } : {}, ...env ? { env } : {}, args: kept.join(" "), skipped };
}
function plainAssignments(env) {
  return env.filter((w) => /^[A-Za-z_][A-Za-z0-9_]*=(?:[\w./=@:,+-]*|"[\w./=@:,+-]*"|'[\w./=@:,+-]*')$/.test(w)).join(" ");
}
function scriptEnv(script, calls) {
  const segment = script?.split(/&&|\|\||[;|]/).find((s) => calls.test(s));
  const env = segment === void 0 ? "" : plainAssignments(leadingEnv(segment.trim().split(/\s+/)).env);
  return env ? `${env} ` : "";
}
function leadingEnv(words) {
  const rest = [...words];
  const env = [];
  const assignments = () => {
    while (rest.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[0])) env.push(rest.shift());
  };
  assignments();
  if (rest[0] === "cross-env" || rest[0] === "env") {
    rest.shift();
    assignments();
  }
  return { env, rest };
}
function isRunnerEntry(word, runner) {
  return new RegExp(`(^|/)${runner}(\\.m?js)?$`).test(word) || word.includes(`/${runner}/bin/`) || new RegExp(`(^|/)node_modules/${runner}/`).test(word);
}
function skippedCalls(skipped, runner) {
  if (skipped.length === 0) return { because: "" };
  const named = skipped.map((s) => `"${s}"`).join(" and ");
  const what = `the script also calls ${runner} as ${named}, which this command does not run: ${skipped.length === 1 ? "its" : "their"} tests are not judged`;
  return { because: `; ${what} (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`, warning: `${what} (set stages.testing.command to a command that runs them too and writes one JUnit XML report)` };
}
function workspacePackage(probe, source, tests) {
  const plain = (p) => {
    if (!p || /[*?[\]{}]/.test(p)) return void 0;
    const normalized = posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "");
    return normalized === "." || normalized === "" || normalized.startsWith("/") || normalized === ".." || normalized.startsWith("../") ? void 0 : normalized;
  };
  const start = plain(source);
  if (start === void 0) return void 0;
  let dir = start;
  while (dir !== "." && dir !== "/") {
    if (probe.file(`${dir}/package.json`)) {
      const testsPath = plain(tests);
      return {
        dir,
        source: start,
        byTests: testsPath !== void 0,
        testsFile: testsPath !== void 0 && probe.file(testsPath),
        testsPlainInRegex: testsPath !== void 0 && !/[+^$()|]/.test(testsPath)
      };
    }
    dir = posix.dirname(dir);
  }
  return void 0;
}
function packageRunner(probe, dir) {
  let scripts = {};
  try {
    const data = JSON.parse(probe.text(`${dir}/package.json`) ?? "{}");
    if (typeof data.scripts === "object" && data.scripts !== null) scripts = data.scripts;
  } catch {
    return void 0;
  }
  const test = scripts.test;
  if (typeof test !== "string") return void 0;
  const candidates = [test, ...chainedNames(test, scripts).map((n) => scripts[n]).filter((s) => typeof s === "string")];
  for (const script of candidates) {
    const own = /\b(vitest|jest|mocha)\b/.exec(script)?.[1] ?? (/\bnode\b[^&|;]*\s--test\b/.test(script) ? "node-test" : OTHER_RUNNERS.exec(script)?.[1]);
    if (own) return { name: own, script };
  }
  return void 0;
}
function packageFilter(probe, pkg, runner) {
  const { dir } = pkg;
  const own = packageRunner(probe, dir);
  const ownName = own?.name === "node-test" ? "node --test" : own?.name;
  const rootName = runner === "node-test" ? "node --test" : runner;
  if ((runner === "vitest" || runner === "jest") && (own === void 0 || own.name === runner)) {
    const literal = runner === "vitest" ? shellQuote(`${dir}/`) : shellQuote(`/${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/`);
    const tail = pkg.testsFile ? "" : "/";
    const byTests = pkg.byTests && (runner === "vitest" || pkg.testsPlainInRegex);
    const filter = byTests ? runner === "vitest" ? `{tests}${tail}` : `/{tests}${tail}` : literal.replace(/[{}]/g, "$&$&");
    return {
      filter,
      because: `${dir} is a workspace package (it has its own package.json): the root's ${runner} runs only the test files under ${dir}/, so the other packages' tests are not counted as this component's${own ? ` (${dir}'s own test script, "${own.script}", is not run: the root's ${runner} configuration applies)` : ""}`
    };
  }
  const why = runner !== "vitest" && runner !== "jest" ? `the root's ${rootName} run cannot be limited to that package's tests from the repository root` : `its own test script runs ${ownName} ("${own?.script}"), not the root's ${rootName}`;
  return {
    refused: `${dir} is a workspace package (it has its own package.json) and ${why}: it would judge other packages' tests, or none of its own, as this component's. Set stages.testing.command to a command, run from the repository root, that runs only ${dir}'s tests and writes a JUnit XML report whose paths are relative to the repository root, with stages.testing.reports.junit and .coverage`
  };
}
function delegatedNames(probe) {
  const scripts = probe.packageJson()?.scripts ?? {};
  const texts = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (name, depth) => {
    const text = scripts[name];
    if (seen.has(name) || typeof text !== "string" || depth > 3) return;
    seen.add(name);
    texts.push(text);
    for (const inner of chainedNames(text, scripts)) visit(inner, depth + 1);
  };
  visit("test", 0);
  const names = [];
  let via;
  let tool;
  const add = (found, segment, by) => {
    const fresh = found.filter((n) => /^[\w:.-]+$/.test(n) && !names.includes(n));
    if (fresh.length === 0) return;
    names.push(...fresh);
    via ??= segment;
    tool ??= by;
  };
  for (const segment of texts.flatMap((t) => t.split(/&&|\|\||[;|]/)).map((t) => t.trim())) {
    const words = segment.split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, "$2"));
    const at = words.findIndex((w) => /^(?:nx|turbo|lerna|pnpm|npm|yarn)$/.test(w));
    if (at < 0) continue;
    const [program, ...rest] = words.slice(at);
    if (program === "nx" && /^(?:run-many|affected)$/.test(rest[0] ?? "")) {
      const found = [];
      for (let i = 1; i < rest.length; i++) {
        const eq = /^(?:--targets?|-t)=(.+)$/.exec(rest[i]);
        if (eq) found.push(...eq[1].split(","));
        else if (/^(?:--targets?|-t)$/.test(rest[i])) for (; i + 1 < rest.length && !rest[i + 1].startsWith("-"); i++) found.push(...rest[i + 1].split(","));
      }
      add(found, segment, "nx");
    } else if (program === "turbo") {
      const tasks = rest[0] === "run" ? rest.slice(1) : rest;
      add(tasks.slice(0, Math.max(0, tasks.findIndex((w) => w.startsWith("-")) === -1 ? tasks.length : tasks.findIndex((w) => w.startsWith("-")))), segment, "turbo");
    } else if (program === "lerna" && rest[0] === "run" && rest[1]) {
      add([rest[1]], segment, "lerna");
    } else if (program === "yarn" && rest[0] === "workspaces") {
      const run = rest.indexOf("run");
      if (run > 0 && rest[run + 1]) add([rest[run + 1]], segment, "yarn workspaces");
    } else if (program === "pnpm" || program === "npm") {
      let each = false;
      const left = [];
      const selects = program === "pnpm" ? /^(?:-r|--recursive|--filter|-F)(?:=|$)/ : /^(?:-ws|--workspaces|--workspace|-w)(?:=|$)/;
      const valued = program === "pnpm" ? /^(?:--filter|-F|--dir|-C)$/ : /^(?:--workspace|-w|--prefix)$/;
      for (let i = 0; i < rest.length; i++) {
        const w = rest[i];
        if (selects.test(w)) each = true;
        if (valued.test(w)) i++;
        else if (!w.startsWith("-")) left.push(w);
      }
      const script = left[0] === "run" || left[0] === "run-script" ? left[1] : left[0] === "t" ? "test" : left[0];
      if (each && script) add([script], segment, program);
    }
  }
  return { names, ...via ? { via } : {}, ...tool ? { tool } : {} };
}
function taskDependsOn(probe, tool, dir, target) {
  const pkgName = probe.at(dir).packageJson()?.name;
  const configs = tool === "turbo" ? [
    ...["turbo.json", "turbo.jsonc"].map((f) => [
      f,
      (d) => {
        const tasks = d.tasks ?? d.pipeline;
        return tasks?.[typeof pkgName === "string" ? `${pkgName}#${target}` : ""]?.dependsOn ?? tasks?.[target]?.dependsOn;
      }
    ]),
    [`${dir}/turbo.json`, (d) => (d.tasks ?? d.pipeline)?.[target]?.dependsOn]
  ] : [
    ["nx.json", (d) => d.targetDefaults?.[target]?.dependsOn],
    [`${dir}/project.json`, (d) => d.targets?.[target]?.dependsOn],
    [`${dir}/package.json`, (d) => d.nx?.targets?.[target]?.dependsOn]
  ];
  for (const [file, read] of configs) {
    const text = probe.text(file);
    if (text === null || !/"dependsOn"\s*:/.test(text)) continue;
    let data;
    try {
      data = JSON.parse(text.replace(/^\s*\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, ""));
    } catch {
      return { file };
    }
    if (data === null || typeof data !== "object") return { file };
    const found = read(data);
    const tasks = Array.isArray(found) ? found.map((t) => typeof t === "string" ? t : JSON.stringify(t)) : [];
    if (tasks.length > 0) return { file, tasks };
  }
  return void 0;
}
function ownTestScript(probe, dir) {
  const view = probe.at(dir);
  const scripts = view.packageJson()?.scripts ?? {};
  const delegated = delegatedNames(probe);
  const runs = (name2, words) => {
    const text = scripts[name2];
    if (typeof text !== "string") return false;
    return [text, ...chainedNames(text, scripts).map((n) => scripts[n])].some((t) => typeof t === "string" && words.test(t));
  };
  const candidates = [...delegated.names, ...delegated.names.includes("test") ? [] : ["test"]];
  const name = candidates.find((n) => runs(n, RUNNER_WORD));
  if (name === void 0) return void 0;
  const byRoot = delegated.names.includes(name);
  const others = byRoot ? delegated.names.filter((n) => n !== name && (runs(n, RUNNER_WORD) || runs(n, OTHER_RUNNERS))).map((n) => `${scriptKey(n)} ("${String(scripts[n])}")`) : [];
  return { view, name, ...byRoot ? { via: delegated.via, tool: delegated.tool } : {}, others };
}
function only(pkgDir) {
  return pkgDir === void 0 ? "" : `, only the tests under ${pkgDir}`;
}
function testCommand(probe, pm, choices, pkg) {
  const pkgDir = pkg?.dir;
  if (pkg !== void 0 && probe.packageJson() === null) {
    const own = packageRunner(probe, pkg.dir);
    choices.push({
      topic: "tests and coverage",
      chose: "none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)",
      because: `the repository root has no package.json: ${pkg.dir}/package.json is a project of its own` + (own ? ` whose test script runs ${own.name === "node-test" ? "node --test" : own.name} ("${own.script}")` : "") + `, run from its own directory, which the preset does not do (commands run at the repository root): set stages.testing.command to a command that runs its tests there (cd ${shellQuote(pkg.dir)} && \u2026) and writes a JUnit XML report, with stages.testing.reports.junit and .coverage`
    });
    return void 0;
  }
  const ownFound = pkg !== void 0 ? ownTestScript(probe, pkg.dir) : void 0;
  const ownChosen = ownFound ? chooseRunner(ownFound.view, ownFound.name) : void 0;
  const lcovInPackage = ownChosen?.runner === "node-test" && !/(?:^|[\s;&|(])(?:npx\s+)?c8\s/.test(ownChosen.script ?? "");
  const inPackage = ownFound && ownChosen && ownChosen.runner !== "unsupported" && !lcovInPackage && !(ownChosen.runner === "vitest" && rootVitestProjects(probe, ownFound.view) !== void 0) ? { ...ownFound, chosen: ownChosen } : void 0;
  const p = inPackage?.view ?? probe;
  const chosenRunner = inPackage?.chosen ?? chooseRunner(probe);
  const { runner, script, segment } = chosenRunner;
  let { because, warning } = chosenRunner;
  let filter = "";
  let cd = "";
  if (inPackage && pkg !== void 0) {
    const key = scriptKey(inPackage.name);
    const byPath = pkg.source === pkg.dir;
    cd = `cd ${byPath ? "{path}" : shellQuote(pkg.dir).replace(/[{}]/g, "$&$&")} && `;
    const which = inPackage.via ? `the root's test script has each package run its ${key} (${inPackage.via})` : `${key} is its own test script`;
    const dependsOn = inPackage.tool === "nx" || inPackage.tool === "turbo" ? taskDependsOn(probe, inPackage.tool, pkg.dir, inPackage.name) : void 0;
    const before = dependsOn ? `; what ${inPackage.tool} runs before it (${dependsOn.tasks ? `${dependsOn.file}'s ${inPackage.name} dependsOn: ${dependsOn.tasks.join(", ")}` : `the tasks dependsOn names in ${dependsOn.file}`}, such as a build of the packages it depends on) is not run: run that in the workflow before this action` : "";
    because = `${pkg.dir}/package.json ${because}; ${pkg.dir} is a workspace package with a test script of its own, and ${which}: the command runs that script in ${pkg.dir} as the project runs it, with its own configuration, the reports written to {reports} \u2014 not the root's runner limited to the package${before}`;
    if (inPackage.others.length > 0) {
      const more = `${inPackage.others.join(" and ")}, which the root also has each package run, ${inPackage.others.length === 1 ? "is" : "are"} not run by this command: ${inPackage.others.length === 1 ? "its" : "their"} tests are not judged (set stages.testing.command to a command that runs them too and writes one JUnit XML report)`;
      because += `; ${more}`;
      warning = [warning, more].filter(Boolean).join("; ");
    }
  } else if (pkg !== void 0 && runner !== "unsupported") {
    const limited = packageFilter(probe, pkg, runner);
    if ("refused" in limited) {
      choices.push({
        topic: "tests and coverage",
        chose: "none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)",
        because: `${because}; ${limited.refused}`
      });
      return void 0;
    }
    filter = ` ${limited.filter}`;
    because = `${because}; ${limited.because}`;
  }
  if (runner === "unsupported" && pkg !== void 0 && !inPackage) {
    const own = packageRunner(probe, pkg.dir);
    because += `; ${pkg.dir} is a workspace package (it has its own package.json)` + (own ? ` whose own test script runs ${own.name === "node-test" ? "node --test" : own.name} ("${own.script}")` : "") + `, and the root's test script is no run of a runner the preset can limit to it: set stages.testing.command to a command, run from the repository root, that runs only ${pkg.dir}'s tests and writes a JUnit XML report whose paths are relative to the repository root, with stages.testing.reports.junit and .coverage`;
  }
  if (runner === "unsupported") {
    const example = chosenRunner.other && script ? tapExample(probe, pm, chosenRunner.other, script) ?? bunExample(chosenRunner.other, script) : void 0;
    choices.push({
      topic: "tests and coverage",
      chose: "none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage)",
      because: `${because}${example ?? ""}`
    });
    return void 0;
  }
  const viaScript = scriptTakesArgs(script, runner);
  const named = inPackage !== void 0 && inPackage.name !== "test" ? inPackage.name : void 0;
  const scriptCall = (args) => named !== void 0 ? pm.run(named, args) : pm.test(args);
  const scriptShown = named !== void 0 ? pm.run(named, "").replace(/ (?:-- )?$/, "") : pm.script;
  const how = viaScript ? `through ${inPackage && pkg ? `${pkg.dir}'s ${scriptKey(inPackage.name)}` : "the test script"} (${inPackage && pkg ? `cd ${pkg.dir} && ` : ""}${scriptShown}), so its own flags apply` : `directly (${pm.exec} ${runner === "node-test" ? "node" : runner})`;
  const where = inPackage && pkg ? `, in ${pkg.dir}` : only(pkgDir);
  const summary = { path: "{reports}/coverage/coverage-summary.json", format: "istanbul-summary" };
  const callOf = (name) => {
    const call = viaScript ? { args: "", skipped: [] } : runnerCall(segment ?? script, name);
    const left = skippedCalls(call.skipped, name);
    const runs = `${"env" in call && call.env ? `${call.env} ` : ""}${call.invocation ?? `${pm.exec} ${name}`}`;
    return { own: call.args, left, runs, shown: viaScript ? how : `directly (${runs})`, warned: [warning, left.warning].filter(Boolean).join("; ") };
  };
  switch (runner) {
    case "vitest": {
      const args = `--run --reporter=default --reporter={reports}/${VITEST_RETRIES_FILE} --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled=true --coverage.reporter=text --coverage.reporter=json-summary --coverage.reporter=lcov --coverage.reportsDirectory={reports}/coverage --coverage.reportOnFailure=true ${VITEST_NO_THRESHOLDS}`;
      const { own, left, runs, shown, warned } = callOf("vitest");
      const thresholds = vitestThresholds(p);
      const bar = thresholds ? `; the coverage thresholds of ${thresholds} are off for this command (--coverage.thresholds.*), so that coverage below them does not fail the tests: the test_coverage gate judges coverage, against quality_gates.test_coverage (a threshold for a glob pattern cannot be turned off from the command line and still applies)` : "";
      choices.push({ topic: "tests and coverage", chose: `vitest ${shown}${own ? ` with the script's ${own}` : ""}, JUnit and coverage reporters${viaScript && inPackage ? "" : where}`, because: `${because}${left.because}${bar}`, ...warned ? { warning: warned } : {} });
      return { command: `${VITEST_RETRIES_SETUP}${cd}${viaScript ? scriptCall(args) : `${runs} run ${own ? `${own} ` : ""}${args}`}${filter}`, coverage: summary, inPackage: cd !== "" };
    }
    case "jest": {
      const args = "--ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=text --coverageReporters=json-summary --coverageReporters=lcov --coverageDirectory={reports}/coverage --coverageThreshold={{}}";
      const { own, left, runs, shown, warned } = callOf("jest");
      const threshold = jestCoverageThreshold(p);
      const bar = threshold ? `; the coverageThreshold of ${threshold} is off for this command (--coverageThreshold={}), so that coverage below it does not fail the tests: the test_coverage gate judges coverage, against quality_gates.test_coverage` : "";
      choices.push({ topic: "tests and coverage", chose: `jest ${shown}${own ? ` with the script's ${own}` : ""}, with jest-junit and coverage reporters${viaScript && inPackage ? "" : where}`, because: `${because}${left.because}${bar}`, ...warned ? { warning: warned } : {} });
      return { command: `${JEST_INVOCATIONS_SETUP}${cd}JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true ${JEST_INVOCATIONS_ENV}${viaScript ? scriptCall(args) : `${runs} ${own ? `${own} ` : ""}${args}`}${filter}`, coverage: summary, inPackage: cd !== "" };
    }
    case "mocha": {
      const used = script ? /\b(c8|nyc)\b/.exec(script)?.[1] : void 0;
      const cover = used ?? (p.nodeBin("c8") ? "c8" : p.nodeBin("nyc") || p.declares("nyc") ? "nyc" : "c8");
      const junitReporter = p.nodePackage("mocha-junit-reporter") ? (
        // includePending: else its pending tests are left out of the report, named nowhere.
        "mocha-junit-reporter --reporter-options mochaFile={reports}/junit.xml,includePending=true"
      ) : "xunit --reporter-options output={reports}/junit.xml";
      const args = script ? /\bmocha((?:\s+[\w./=@:,*-]+)*)\s*$/.exec(script.trim())?.[1]?.trim() : void 0;
      const ownArgs = args ? ` ${args.replace(/(^|\s)(--reporter|-R|--reporter-options?|-O)(\s+|=)\S+/g, "").trim()}`.trimEnd() : "";
      choices.push({
        topic: "tests and coverage",
        chose: `mocha${ownArgs ? ` (with the script's arguments${ownArgs})` : ""} with ${junitReporter.startsWith("xunit") ? "its built-in xunit reporter (JUnit XML)" : "mocha-junit-reporter"} under ${cover}${where}`,
        because: `${because}${coverageCheck(p, cover, script)}`,
        ...warning ? { warning } : {}
      });
      const env = scriptEnv(script, /\bmocha\b/);
      return { command: `${cd}${env}${pm.exec} ${cover} ${coverageToolFlags(cover)} mocha${ownArgs} --reporter ${junitReporter}`, coverage: summary, inPackage: cd !== "" };
    }
    case "node-test": {
      const reporters = "node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination={reports}/junit.xml";
      const c8 = script ? /(?:^|[\s;&|(])(?:npx\s+)?c8((?:\s+(?!node\s)[^\s&|;]+)*)\s+node\s+([^&|;]*\B--test\b[^&|;]*)/.exec(script) : null;
      const plainWords = (words) => /^[\w./=@:,*'"-]*(\s+[\w./=@:,*'"-]+)*$/.test(words);
      if (c8 && plainWords(c8[1].trim()) && plainWords(c8[2].trim())) {
        const own = c8Arguments(c8[1]);
        choices.push({
          topic: "tests and coverage",
          chose: `node --test with its junit reporter, under c8${own ? ` (with the script's c8 arguments ${own})` : ""}${where}`,
          because: `${because}; c8 measures the coverage, as the script has it${coverageCheck(p, "c8", script)}`,
          ...warning ? { warning } : {}
        });
        return { command: `${cd}${pm.exec} c8 ${own ? `${own} ` : ""}${coverageToolFlags("c8")} ${reporters} ${c8[2].trim()}`, coverage: summary, inPackage: cd !== "" };
      }
      const call = script && !viaScript ? /(?:^|[\s;&|(])node\s+([^&|;]*\B--test\b[^&|;]*)/.exec(script) : null;
      const callArgs = call && plainWords(call[1].trim()) ? call[1].trim() : void 0;
      const rest = script && viaScript ? script.trim().replace(/^.*?\bnode\s+/, "") : callArgs ?? "--test";
      const withArgs = callArgs && callArgs !== "--test" ? ` (with the script's arguments ${callArgs})` : "";
      choices.push({ topic: "tests and coverage", chose: `node --test${withArgs} with its junit and lcov reporters${where}`, because, ...warning ? { warning } : {} });
      return {
        command: `${cd}${reporters} --experimental-test-coverage --test-reporter=lcov --test-reporter-destination={reports}/lcov.info ${rest}`,
        coverage: { path: "{reports}/lcov.info", format: "lcov" },
        inPackage: cd !== ""
      };
    }
  }
}
function notePretest(probe, pm, command, choices, inPackage = false) {
  const pretest = probe.packageJson()?.scripts?.pretest;
  if (typeof pretest !== "string" || pretest.trim() === "" || !inPackage && command.includes(pm.test(""))) return;
  const choice = choices.find((c) => c.topic === "tests and coverage");
  if (choice) {
    choice.because += `; scripts.pretest ("${pretest}") is not run: the package manager runs it only before its own test script, which this command does not call \u2014 when the tests need what it does (a build), run it in the workflow before this action or set stages.testing.command`;
  }
}
function nodePreset(probe, want = BOTH_HALVES, paths = {}) {
  const choices = [];
  const pm = chooseManager(probe, choices);
  const pkg = workspacePackage(probe, paths.source, paths.tests);
  const tests = testCommand(probe, pm, choices, pkg);
  if (tests) notePretest(probe, pm, tests.command, choices, tests.inPackage);
  const eslintConfig = probe.firstFile(ESLINT_CONFIGS) ?? (probe.packageJson()?.eslintConfig !== void 0 ? "package.json eslintConfig" : void 0);
  const ext = eslintConfig ? legacyExtensions(probe, eslintConfig) : void 0;
  const extArg = ext ? ` --ext ${ext.ext}` : "";
  const ignored = eslintConfig ? gitignoredPaths(probe) : [];
  const linting = eslintConfig ? {
    enabled: true,
    command: `${toolCommand(probe, pm, "eslint")}${extArg}${eslintExclusions(ignored)} {path} -f json -o {reports}/eslint.json`,
    fix_command: `${toolCommand(probe, pm, "eslint")}${extArg}${eslintExclusions(ignored)} {path} --fix`,
    report: { path: "{reports}/eslint.json", format: "eslint-json" }
  } : { enabled: false };
  const leftOut = ignored.length > 0 ? `; what .gitignore leaves out of the repository is left out (${ignored.join(", ")}): eslint reads no .gitignore, and would lint the build output there` : "";
  choices.push(
    eslintConfig ? { topic: "linting", chose: ext ? `eslint --ext ${ext.ext}` : "eslint", because: `configured in ${eslintConfig}${ext ? `; ${ext.because}` : ""}${leftOut}` } : { topic: "linting", chose: "off", because: lintingOffBecause(probe, pm) }
  );
  const ownProject = pkg !== void 0 && probe.file(`${pkg.dir}/tsconfig.json`) ? pkg.dir : void 0;
  const byPath = ownProject !== void 0 && posix.normalize((paths.source ?? "").replace(/\\/g, "/")).replace(/\/+$/, "") === ownProject;
  const svelte = ownProject === void 0 ? svelteCheckCommand(probe, pm) : void 0;
  const tsc = svelte ?? (ownProject !== void 0 ? tscCommand(probe, pm, ownProject, byPath) : probe.file("tsconfig.json") ? tscCommand(probe, pm) : void 0);
  const typeChecking = tsc ? { enabled: true, command: tsc.command, report: svelte ? { path: "{reports}/svelte-check.txt", format: "svelte-check-machine" } : { path: "{reports}/tsc.txt", format: "tsc-text" } } : { enabled: false };
  choices.push(tsc ? { topic: "type checking", chose: tsc.chose, because: tsc.because } : { topic: "type checking", chose: "off", because: "no tsconfig.json: plain JavaScript, nothing to type-check" });
  const rc = probe.firstFile(SECRETLINT_CONFIGS);
  const fetch = !rc && (!probe.nodeBin("secretlint") || !probe.nodePackage("@secretlint/secretlint-rule-preset-recommend"));
  const secretlint = fetch ? fetchedSecretlint("{path}") : `${toolCommand(probe, pm, "secretlint")}${rc ? "" : ` --secretlintrcJSON '${SECRETLINT_RECOMMENDED}'`} {path}/'**/*'${secretlintExclusions([])} --format json --output {reports}/secretlint.json`;
  choices.push({
    topic: "secrets",
    chose: rc ? "secretlint" : fetch ? `secretlint ${SECRETLINT_VERSION} with the recommended rules, fetched by npx` : "secretlint with the recommended rules",
    because: rc ? `configured in ${rc}` : fetch ? "secretlint is not installed in the project and it has no .secretlintrc: npx fetches the pinned release and @secretlint/secretlint-rule-preset-recommend from the npm registry (needs network; install secretlint as a devDependency to use your own)" : "no .secretlintrc in the repository: @secretlint/secretlint-rule-preset-recommend, passed with --secretlintrcJSON"
  });
  let audit;
  if (pm.name === "npm" && (probe.file("package-lock.json") || probe.file("npm-shrinkwrap.json"))) {
    audit = { command: "npm audit --json > {reports}/npm-audit.json", report: { path: "{reports}/npm-audit.json", format: "npm-audit-json" } };
    choices.push({ topic: "vulnerabilities", chose: "npm audit --json", because: "npm with a lock file" });
  } else {
    const lock = pm.name === "npm" ? "." : LOCK_FILES.find(([file, name]) => name === pm.name && file !== "bun.lockb" && probe.file(file))?.[0] ?? ".";
    audit = {
      command: `osv-scanner --format json --output {reports}/osv-scanner.json ${lock === "." ? "-r ." : `--lockfile ${lock}`}`,
      report: { path: "{reports}/osv-scanner.json", format: "osv-scanner-json" }
    };
    choices.push({
      topic: "vulnerabilities",
      chose: "osv-scanner",
      because: pm.name === "npm" ? "npm audit needs package-lock.json and there is none: osv-scanner scans the manifests" : `${pm.name} audit's JSON is not a format the security gate reads: osv-scanner reads ${lock === "." ? "the repository's lock files and manifests" : lock}`
    });
  }
  const layer = {
    preset: "node",
    stages: {
      testing: tests ? { command: tests.command, reports: { junit: { path: "{reports}/junit.xml", format: "junit" }, coverage: tests.coverage } } : {},
      refactoring: {
        linting,
        type_checking: typeChecking,
        security: securityScans(want, { secrets: { command: secretlint, report: { path: "{reports}/secretlint.json", format: "secretlint-json" } }, vulnerabilities: audit }, choices)
      }
    }
  };
  noteDirectTools(probe, pm, [linting.command, typeChecking.command, secretlint], choices);
  return { layer, choices };
}
function noteDirectTools(probe, pm, commands, choices) {
  const choice = choices.find((c) => c.topic === "package manager");
  if (!choice || pm.exec !== "npx" && pm.exec !== "pnpm exec") return;
  const direct = [...new Set(commands.flatMap((c) => [...(c ?? "").matchAll(/(?:^|[\s;&|(])node_modules\/\.bin\/([\w.-]+)/g)].map((m) => m[1])))];
  const runner = pm.exec === "npx" ? "npm" : "pnpm";
  if (direct.length > 0) {
    choice.because += `; ${direct.join(", ")} run as node_modules/.bin/${direct.length === 1 ? direct[0] : "<tool>"}, the program \`${pm.exec}\` runs there, without ${runner}'s start-up`;
    return;
  }
  const setting = runnerSettings(probe, pm);
  const installed = ["eslint", "tsc", "secretlint"].filter((b) => commands.some((c) => c?.includes(`${pm.exec} ${b} `)) && probe.rootNodeBin(b));
  if (setting && installed.length > 0) choice.because += `; installed tools run through \`${pm.exec}\`, which applies ${setting}`;
}
function jestCoverageThreshold(probe) {
  const jest = probe.packageJson()?.jest;
  if (typeof jest === "object" && jest !== null && "coverageThreshold" in jest) return "package.json jest";
  return ["jest.config.js", "jest.config.ts", "jest.config.mjs", "jest.config.cjs", "jest.config.json"].find((f) => /\bcoverageThreshold\b/.test(probe.text(f) ?? ""));
}
var VITEST_NO_THRESHOLDS = "--coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 --coverage.thresholds.perFile=false --coverage.thresholds.100=false";
function coverageToolFlags(tool) {
  return `--reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false${tool === "c8" ? " --100=false" : ""}`;
}
function coverageCheck(probe, tool, script) {
  const files = tool === "c8" ? [".c8rc", ".c8rc.json", ".c8rc.yml", ".c8rc.yaml"] : [".nycrc", ".nycrc.json", ".nycrc.yml", ".nycrc.yaml", "nyc.config.js", "nyc.config.cjs", "nyc.config.mjs"];
  const own = probe.packageJson()?.[tool];
  const where = (script && new RegExp(`\\b${tool}\\b[^&|;]*\\s--(100|check-coverage)\\b(?!=false)`).test(script) ? `the test script ("${script}")` : void 0) ?? files.find((f) => /check-coverage["']?\s*[:=]\s*true|checkCoverage\s*:\s*true|["']?\b100["']?\s*[:=]\s*true/.test(probe.text(f) ?? "")) ?? (typeof own === "object" && own !== null && (own["check-coverage"] === true || own["100"] === true) ? `package.json ${tool}` : void 0);
  if (!where) return "";
  return `; the ${tool} coverage check of ${where} is off for this command (--check-coverage=false${tool === "c8" ? " --100=false" : ""}), so that coverage below it does not fail the tests: the test_coverage gate judges coverage, against quality_gates.test_coverage`;
}
function c8Arguments(args) {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const kept = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const valued = /^(--reporter|-r|--report-dir|--reports-dir|-o|--lines|--functions|--branches|--statements)$/.test(w);
    if (valued || /^--(reporter|report-dir|reports-dir|lines|functions|branches|statements|check-coverage|100|per-file|skip-full)(=|$)/.test(w) || /^-r=/.test(w)) {
      if (valued && words[i + 1] !== void 0 && !words[i + 1].startsWith("-")) i++;
      continue;
    }
    kept.push(w);
  }
  return kept.join(" ");
}
function tscCommand(probe, pm, dir = ".", byPath = false) {
  const at = (file) => dir === "." ? file : posix.join(dir, file);
  const word = (path) => shellQuote(path).replace(/[{}]/g, "$&$&");
  const tsconfig = at("tsconfig.json");
  const { tsc, why } = typeChecker(probe, dir);
  const run = toolCommand(probe, pm, tsc);
  const listing = tsc === "tsgo" ? "" : " --listFiles";
  const plain = dir === "." ? { command: `${run} --noEmit --pretty false${listing} > {reports}/tsc.txt`, chose: `${tsc} --noEmit`, because: `tsconfig.json exists${why}${tsc === "tsc" ? otherTscProjects(probe) : ""}` } : {
    command: `${run} --noEmit --pretty false${listing} -p ${byPath ? "{path}/tsconfig.json" : word(tsconfig)} > {reports}/tsc.txt`,
    chose: `${tsc} --noEmit -p ${tsconfig}`,
    because: `${dir} is a workspace package with a tsconfig.json of its own: its project is checked, with its own options and files` + (probe.file("tsconfig.json") ? " (the root's tsconfig.json would check the whole repository with the root's options, and count other packages' errors as this component's)" : "") + why
  };
  const config = jsonc(probe.text(tsconfig) ?? "");
  const refs = Array.isArray(config?.references) ? config.references.map((r) => typeof r === "object" && r !== null ? r.path : void 0).filter((p) => typeof p === "string" && p !== "") : [];
  if (refs.length === 0) return plain;
  const named = refs.map((r) => r.replace(/^\.\//, "")).join(", ");
  const version = tsc === "tsgo" ? void 0 : probe.nodePackageVersion("typescript", dir);
  const [major, minor] = (version ?? "").split(".").map(Number);
  const because = `${tsconfig} references ${named}: ${tsc} --noEmit would check only the files of ${tsconfig} itself${Array.isArray(config?.files) && config.files.length === 0 && config?.include === void 0 ? ' (none: "files": [])' : ""}, not those projects'${why}`;
  if (version === void 0 || major > 5 || major === 5 && minor >= 6) {
    const project = dir === "." ? "" : ` ${byPath ? "{path}/tsconfig.json" : word(tsconfig)}`;
    return { command: `${run} -b${project} --noEmit --force --pretty false > {reports}/tsc.txt`, chose: `${tsc} -b${dir === "." ? "" : ` ${tsconfig}`} --noEmit --force (project references)`, because };
  }
  const solution = Array.isArray(config?.files) && config.files.length === 0 && config?.include === void 0;
  const projects = [...solution ? [] : [tsconfig], ...refs.map((r) => dir === "." ? r : posix.join(dir, r))];
  const checks = projects.map((p) => `${run} --noEmit --pretty false${listing} -p ${word(p)} || s=$?; `).join("");
  return {
    command: `(s=0; ${checks}exit $s) > {reports}/tsc.txt`,
    chose: `${tsc} --noEmit -p, once per project (${projects.join(", ")})`,
    because: `${because}; TypeScript ${version} refuses --noEmit with -b (5.6 and later take it), so each project is checked with -p`
  };
}
function svelteCheckCommand(probe, pm) {
  const scripts = probe.packageJson()?.scripts ?? {};
  for (const [name, script] of Object.entries(scripts)) {
    if (typeof script !== "string") continue;
    const call = /(?:^|[\s;&|(/])svelte-check(?=$|[\s;&|)])([^&|;]*)/.exec(script);
    if (!call) continue;
    const words = call[1].trim().split(/\s+/).filter((w) => w !== "");
    const kept = [];
    for (let i = 0; i < words.length; i++) {
      if (words[i] === "--output" || words[i] === "-o") i++;
      else if (!/^--output=/.test(words[i]) && words[i] !== "--watch" && words[i] !== "-w") kept.push(words[i]);
    }
    const args = kept.map((w) => w.replace(/[{}]/g, "$&$&")).join(" ");
    const sync = /(?:^|[\s;&|(])svelte-kit\s+sync\b/.test(script) ? `${toolCommand(probe, pm, "svelte-kit")} sync && ` : "";
    return {
      command: `${sync}${toolCommand(probe, pm, "svelte-check")}${args ? ` ${args}` : ""} --output machine-verbose > {reports}/svelte-check.txt`,
      chose: `svelte-check${args ? ` ${args}` : ""} --output machine-verbose`,
      because: `scripts["${name}"] ("${script}") runs svelte-check: tsc reads no .svelte file, svelte-check checks the components with the TypeScript modules`
    };
  }
  return void 0;
}
var checkerCall = (bin) => new RegExp(`(?:^|[\\s;&|(/])${bin}(?=$|[\\s;&|)])`);
function typeChecker(probe, dir) {
  const manifests = [];
  const root = probe.packageJson();
  if (root) manifests.push({ name: "package.json", json: root });
  if (dir !== ".") {
    const own = jsonc(probe.text(posix.join(dir, "package.json")) ?? "");
    if (own) manifests.push({ name: posix.join(dir, "package.json"), json: own });
  }
  const record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  const scriptCalling = (bin) => {
    for (const { name, json } of manifests) {
      for (const [script, text] of Object.entries(record(json.scripts))) {
        if (typeof text === "string" && checkerCall(bin).test(text)) return `${name === "package.json" ? "" : `${name} `}scripts["${script}"] ("${text}")`;
      }
    }
    return void 0;
  };
  const declaring = (pkg) => manifests.find(({ json }) => Object.hasOwn(record(json.dependencies), pkg) || Object.hasOwn(record(json.devDependencies), pkg))?.name;
  const vue = scriptCalling("vue-tsc");
  const vueDeclared = vue === void 0 ? declaring("vue-tsc") : void 0;
  if (vue !== void 0 || vueDeclared !== void 0) {
    return {
      tsc: "vue-tsc",
      why: `; ${vue !== void 0 ? `${vue} runs vue-tsc` : `${vueDeclared} declares vue-tsc`}: tsc reads no .vue file, vue-tsc checks the components with the rest`
    };
  }
  const go = scriptCalling("tsgo");
  if (go !== void 0) return { tsc: "tsgo", why: `; ${go} runs tsgo, TypeScript's native compiler: the project's own type check` };
  if (declaring("@typescript/native-preview") !== void 0 && !probe.nodePackage("typescript", dir) && probe.nodeBin("tsgo", dir) !== void 0) {
    return { tsc: "tsgo", why: "; tsgo (@typescript/native-preview) is installed and typescript is not: TypeScript's native compiler is the project's checker" };
  }
  return { tsc: "tsc", why: "" };
}
function otherTscProjects(probe) {
  const scripts = probe.packageJson()?.scripts ?? {};
  const others = [];
  for (const [name, script] of Object.entries(scripts)) {
    if (typeof script !== "string") continue;
    for (const call of script.matchAll(/(?:^|[\s;&|(])tsc(?![\w-])([^&|;]*)/g)) {
      const project = /(?:^|\s)(?:-p|--project)(?:\s+|=)["']?([^\s"']+)/.exec(call[1])?.[1];
      const normal = project === void 0 ? "tsconfig.json" : posix.normalize(project).replace(/\/+$/, "");
      if (normal === "tsconfig.json" || normal === "." || /(^|\s)(-b|--build)\b/.test(call[1])) return "";
      if (others.length < 3) others.push(`scripts["${name}"]: -p ${project}`);
    }
  }
  return others.length === 0 ? "" : `; but the project's scripts run tsc only on other projects (${others.join("; ")}), whose options (strict, include) may differ from tsconfig.json's: when one of them is what the project checks, set stages.refactoring.type_checking.command to \`tsc --noEmit --pretty false -p <it> > {reports}/tsc.txt\``;
}
function jsonc(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
      out += " ";
    } else out += c;
  }
  try {
    const value = JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
var VITEST_CONFIGS = ["vitest.config", "vite.config", "vitest.workspace"].flatMap((base) => ["ts", "mts", "cts", "js", "mjs", "cjs"].map((ext) => `${base}.${ext}`));
function vitestThresholds(probe) {
  return VITEST_CONFIGS.find((f) => /\bthresholds\b/.test(probe.text(f) ?? ""));
}
function rootVitestProjects(probe, view) {
  if (view.firstFile(VITEST_CONFIGS) !== void 0) return void 0;
  return VITEST_CONFIGS.find((f) => probe.file(f) && (f.startsWith("vitest.workspace") || /\b(?:projects|workspace)\s*:/.test(probe.text(f) ?? "")));
}

export {
  SECRETLINT_RECOMMENDED,
  SECRETLINT_VERSION,
  RUN_OUTPUT_GLOBS,
  fetchedSecretlint,
  JEST_INVOCATIONS_MODULE,
  VITEST_RETRIES_MODULE,
  workspacePackage,
  nodePreset
};
