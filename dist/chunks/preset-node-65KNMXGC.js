import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-HANBNIMK.js";

// src/config/preset-node.ts
var MANAGERS = {
  npm: { name: "npm", exec: "npx", test: (args) => `npm test -- ${args}` },
  pnpm: { name: "pnpm", exec: "pnpm exec", test: (args) => `pnpm test ${args}` },
  yarn: { name: "yarn", exec: "yarn", test: (args) => `yarn test ${args}` }
};
var LOCK_FILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
var SECRETLINT_RECOMMENDED = '{{"rules":[{{"id":"@secretlint/secretlint-rule-preset-recommend"}}]}}';
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
function chooseManager(probe, choices) {
  const declared = /^(npm|pnpm|yarn)@/.exec(probe.packageJson()?.packageManager ?? "");
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
function chooseRunner(probe) {
  const script = probe.packageJson()?.scripts?.test;
  if (script !== void 0) {
    if (/\bvitest\b/.test(script)) return { runner: "vitest", because: `scripts.test runs vitest ("${script}")`, script };
    if (/\bjest\b/.test(script)) return { runner: "jest", because: `scripts.test runs jest ("${script}")`, script };
    if (/\bmocha\b/.test(script)) return { runner: "mocha", because: `scripts.test runs mocha ("${script}")`, script };
    if (/\bnode\b[^&|;]*\s--test\b/.test(script)) return { runner: "node-test", because: `scripts.test runs node --test ("${script}")`, script };
  }
  for (const runner of ["vitest", "jest", "mocha"]) {
    if (probe.declares(runner)) return { runner, because: `package.json depends on ${runner}` };
  }
  return { runner: "node-test", because: "no test runner in package.json: node's built-in runner (node --test)" };
}
function scriptTakesArgs(script, runner) {
  if (script === void 0 || /[;&|<>`$()]/.test(script)) return false;
  const words = script.trim().split(/\s+/);
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
  const name = runner === "node-test" ? "node" : runner;
  if (words[0] === name) return true;
  return words[0] === "node" && words.slice(1).some((w) => new RegExp(`(^|/)${name}(\\.js)?$`).test(w) || w.includes(`/${name}/bin/`));
}
function testCommand(probe, pm, choices) {
  const { runner, because, script } = chooseRunner(probe);
  const viaScript = scriptTakesArgs(script, runner);
  const how = viaScript ? `through the test script (${pm.name} test), so its own flags apply` : `directly (${pm.exec} ${runner === "node-test" ? "node" : runner})`;
  const summary = { path: "{reports}/coverage/coverage-summary.json", format: "istanbul-summary" };
  switch (runner) {
    case "vitest": {
      const args = "--run --reporter=default --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled=true --coverage.reporter=text --coverage.reporter=json-summary --coverage.reporter=lcov --coverage.reportsDirectory={reports}/coverage";
      choices.push({ topic: "tests and coverage", chose: `vitest ${how}, JUnit and coverage reporters`, because });
      return { command: viaScript ? pm.test(args) : `${pm.exec} vitest run ${args}`, coverage: summary };
    }
    case "jest": {
      const args = "--ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=text --coverageReporters=json-summary --coverageReporters=lcov --coverageDirectory={reports}/coverage";
      choices.push({ topic: "tests and coverage", chose: `jest ${how}, with jest-junit and coverage reporters`, because });
      return { command: `JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml ${viaScript ? pm.test(args) : `${pm.exec} jest ${args}`}`, coverage: summary };
    }
    case "mocha": {
      choices.push({ topic: "tests and coverage", chose: "mocha with mocha-junit-reporter under c8", because });
      return {
        command: `${pm.exec} c8 --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage mocha --reporter mocha-junit-reporter --reporter-options mochaFile={reports}/junit.xml`,
        coverage: summary
      };
    }
    case "node-test": {
      const rest = script && viaScript ? script.trim().replace(/^.*?\bnode\s+/, "") : "--test";
      choices.push({ topic: "tests and coverage", chose: "node --test with its junit and lcov reporters", because });
      return {
        command: `node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination={reports}/junit.xml --experimental-test-coverage --test-reporter=lcov --test-reporter-destination={reports}/lcov.info ${rest}`,
        coverage: { path: "{reports}/lcov.info", format: "lcov" }
      };
    }
  }
}
function nodePreset(probe) {
  const choices = [];
  const pm = chooseManager(probe, choices);
  const tests = testCommand(probe, pm, choices);
  const eslintConfig = probe.firstFile(ESLINT_CONFIGS) ?? (probe.packageJson()?.eslintConfig !== void 0 ? "package.json eslintConfig" : void 0);
  const linting = eslintConfig ? {
    enabled: true,
    command: `${pm.exec} eslint {path} -f json -o {reports}/eslint.json`,
    fix_command: `${pm.exec} eslint {path} --fix`,
    report: { path: "{reports}/eslint.json", format: "eslint-json" }
  } : { enabled: false };
  choices.push(
    eslintConfig ? { topic: "linting", chose: "eslint", because: `configured in ${eslintConfig}` } : { topic: "linting", chose: "off", because: "no eslint configuration (eslint.config.js, .eslintrc.*): nothing to lint with; add one, or set stages.refactoring.linting.command" }
  );
  const tsconfig = probe.file("tsconfig.json");
  const typeChecking = tsconfig ? { enabled: true, command: `${pm.exec} tsc --noEmit --pretty false > {reports}/tsc.txt`, report: { path: "{reports}/tsc.txt", format: "tsc-text" } } : { enabled: false };
  choices.push(
    tsconfig ? { topic: "type checking", chose: "tsc --noEmit", because: "tsconfig.json exists" } : { topic: "type checking", chose: "off", because: "no tsconfig.json: plain JavaScript, nothing to type-check" }
  );
  const rc = probe.firstFile(SECRETLINT_CONFIGS);
  const secretlint = `${pm.exec} secretlint${rc ? "" : ` --secretlintrcJSON '${SECRETLINT_RECOMMENDED}'`} {path}/'**/*' --format json --output {reports}/secretlint.json`;
  choices.push({
    topic: "secrets",
    chose: rc ? "secretlint" : "secretlint with the recommended rules",
    because: rc ? `configured in ${rc}` : "no .secretlintrc in the repository: @secretlint/secretlint-rule-preset-recommend, passed with --secretlintrcJSON"
  });
  let audit;
  if (pm.name === "npm" && (probe.file("package-lock.json") || probe.file("npm-shrinkwrap.json"))) {
    audit = { command: "npm audit --json > {reports}/npm-audit.json", report: { path: "{reports}/npm-audit.json", format: "npm-audit-json" } };
    choices.push({ topic: "vulnerabilities", chose: "npm audit --json", because: "npm with a lock file" });
  } else {
    const lock = pm.name === "npm" ? "." : LOCK_FILES.find(([, name]) => name === pm.name)?.[0] ?? ".";
    audit = {
      command: `osv-scanner --format json --output {reports}/osv-scanner.json ${lock === "." ? "-r ." : `--lockfile ${lock}`}`,
      report: { path: "{reports}/osv-scanner.json", format: "osv-scanner-json" }
    };
    choices.push({
      topic: "vulnerabilities",
      chose: "osv-scanner",
      because: pm.name === "npm" ? "npm audit needs package-lock.json and there is none: osv-scanner scans the manifests" : `${pm.name} audit's JSON is not a format the security gate reads: osv-scanner reads ${lock}`
    });
  }
  const layer = {
    preset: "node",
    stages: {
      testing: {
        command: tests.command,
        reports: { junit: { path: "{reports}/junit.xml", format: "junit" }, coverage: tests.coverage }
      },
      refactoring: {
        linting,
        type_checking: typeChecking,
        security: {
          // One step, two scans: its exit status is the worse of the two, and each writes its own report.
          command: `${secretlint}; secrets=$?; ${audit.command}; audit=$?; exit $(( secrets > audit ? secrets : audit ))`,
          report: { path: "{reports}/secretlint.json", format: "secretlint-json" },
          reports: [audit.report]
        }
      }
    }
  };
  return { layer, choices };
}
export {
  SECRETLINT_RECOMMENDED,
  nodePreset
};
