import {
  SECRETLINT_VERSION,
  fetchedSecretlint
} from "./chunk-YFCJCO56.js";
import {
  PYTEST_RERUNS_MODULE
} from "./chunk-JYBEL37R.js";
import {
  requirementPattern
} from "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import {
  fnmatchPattern,
  pytestOption,
  section
} from "./chunk-V5KI2VEC.js";
import {
  BOTH_HALVES,
  securityScans
} from "./chunk-HXZPDVJ2.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/config/preset-python.ts
var MYPY_STRICT = /^(?![ \t]*#).*\bmypy\b(?:[^\n#]*\s)?--strict(?![\w-])/m;
var PYTEST_DOCTESTS = /^(?![ \t]*#).*\bpytest\b.*\s--doctest-modules\b/m;
var RUFF_DEFAULT_RULES = "E4,E7,E9,F";
var PYLINT_DEFAULT_RULES = "E,F,unused-import,unused-variable,reimported,bare-except";
var NO_FAIL_UNDER = "--fail-under=0";
function combine(coverage) {
  return `if ls {reports}/.coverage.* >/dev/null 2>&1; then ${coverage} combine -q; fi; `;
}
var INTERPRETER_MODULES = ["pytest", "pytest_cov", "coverage", "xmlrunner", "ruff", "pylint", "mypy", "detect_secrets", "pip_audit", "pytest_rerunfailures", "pytest_django"];
var PYTEST_RERUNS_PLUGIN = [
  "# spec-to-production: records pytest-rerunfailures reruns in the JUnit XML (properties reruns, retryReason1...).",
  "import pytest",
  "",
  "RERUNS = dict()",
  "",
  "",
  "@pytest.hookimpl(tryfirst=True)",
  "def pytest_runtest_logreport(report):",
  '    if report.outcome == "rerun":',
  '        crash = getattr(report.longrepr, "reprcrash", None)',
  '        text = str(getattr(crash, "message", None) or report.longrepr or "").strip()',
  '        RERUNS.setdefault(report.nodeid, []).append(text.splitlines()[0][:500] if text else "")',
  '    elif report.when == "teardown" and report.nodeid in RERUNS:',
  "        reasons = RERUNS.pop(report.nodeid)",
  '        report.user_properties.append(("reruns", str(len(reasons))))',
  "        for i, reason in enumerate(reasons[:5]):",
  '            report.user_properties.append(("retryReason" + str(i + 1), reason))'
];
var PYTEST_RERUNS_SETUP = `printf '%s\\n' ${PYTEST_RERUNS_PLUGIN.map((l) => `'${l}'`).join(" ")} > {reports}/${PYTEST_RERUNS_MODULE}.py; export PYTHONPATH={reports}\${{PYTHONPATH:+:$PYTHONPATH}}; `;
async function chooseRunner(probe, choices) {
  const uvReason = probe.file("uv.lock") ? "uv.lock" : probe.pyprojectTable("tool.uv") ? "[tool.uv] in pyproject.toml" : void 0;
  if (uvReason) {
    const groups = section(probe.text("pyproject.toml"), "dependency-groups");
    const testGroup = ["test", "tests", "testing"].find((name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, "m").test(groups));
    const toolUv = section(probe.text("pyproject.toml"), "tool.uv");
    const defaults = /^\s*default-groups\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(toolUv)?.[1];
    const byDefault = testGroup !== void 0 && defaults !== void 0 && (/^["']all["']$/.test(defaults) || new RegExp(`["']${testGroup}["']`).test(defaults));
    const group = byDefault ? void 0 : testGroup;
    const uv = group ? `uv run --group ${group}` : "uv run";
    choices.push({
      topic: "python runner",
      chose: uv,
      because: `${uvReason}: the project uses uv` + (group ? `; its dependency group ${group} is not one uv run installs by default` : byDefault ? `; its dependency group ${testGroup} is in [tool.uv] default-groups, which uv run installs` : "")
    });
    return { kind: "uv", python: "python", uv, ...group ? { group } : {}, module: (name) => `${uv} python -m ${name}` };
  }
  let python;
  let because;
  if (probe.file(".venv/bin/python")) {
    python = ".venv/bin/python";
    because = "the project has a virtualenv at .venv";
  } else if (probe.virtualEnv && probe.onPath("python")) {
    python = "python";
    because = `a virtualenv is active (VIRTUAL_ENV=${probe.virtualEnv})`;
  } else if (probe.onPath("python3")) {
    python = "python3";
    because = `no uv.lock or [tool.uv] and no .venv: the active interpreter ${probe.onPath("python3")}`;
  } else if (probe.onPath("python")) {
    python = "python";
    because = `no uv.lock or [tool.uv] and no .venv: the active interpreter ${probe.onPath("python")}`;
  } else {
    python = "python3";
    because = "no uv project and no interpreter on PATH (python3 is checked before any command runs)";
  }
  choices.push({ topic: "python runner", chose: `${python} -m`, because });
  return { kind: "interpreter", python, module: (name) => `${python} -m ${name}` };
}
async function installedModules(probe, runner) {
  if (runner.kind === "uv") {
    const synced = uvSynced(probe, runner.group);
    return (_module, dist) => requirementPattern(dist).test(synced);
  }
  const found = await probe.pythonImports(runner.python, INTERPRETER_MODULES);
  return (module) => found.has(module);
}
function tomlArray(body, key) {
  const m = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*=\\s*\\[`, "m").exec(body);
  if (!m) return "";
  let depth = 1;
  let quote = "";
  for (let i = m.index + m[0].length; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") i = body.indexOf("\n", i) === -1 ? body.length : body.indexOf("\n", i);
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return body.slice(m.index + m[0].length, i);
  }
  return "";
}
function uvSynced(probe, group) {
  const pyproject = probe.text("pyproject.toml");
  const groups = section(pyproject, "dependency-groups");
  const toolUv = section(pyproject, "tool.uv");
  const defaults = /^\s*default-groups\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(toolUv)?.[1];
  if (defaults !== void 0 && /^["']all["']$/.test(defaults)) return [tomlArray(section(pyproject, "project"), "dependencies"), groups, tomlArray(toolUv, "dev-dependencies")].join("\n");
  const wanted = [...defaults === void 0 ? ["dev"] : [...defaults.matchAll(/["']([^"']+)["']/g)].map((d) => d[1]), ...group ? [group] : []];
  const texts = [tomlArray(section(pyproject, "project"), "dependencies"), tomlArray(toolUv, "dev-dependencies")];
  const seen = /* @__PURE__ */ new Set();
  while (wanted.length > 0) {
    const name = wanted.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const text = tomlArray(groups, name);
    texts.push(text);
    for (const include of text.matchAll(/include-group\s*=\s*["']([^"']+)["']/g)) wanted.push(include[1]);
  }
  return texts.join("\n");
}
function unittestPattern(probe) {
  for (const file of ["tox.ini", "noxfile.py", "setup.cfg", "pyproject.toml", "Makefile"]) {
    const text = probe.text(file);
    if (!text || !/\bunittest\b/.test(text)) continue;
    for (const line of text.split("\n")) {
      if (/^[ \t]*[#;]/.test(line) || !/\bunittest\b/.test(line)) continue;
      const m = /(?:^|[\s,["'])(?:-p|--pattern)["']?(?:\s*,\s*|\s+|=)["']?([\w*?.[\]-]+\.py)["']?/.exec(line);
      if (!m) continue;
      const glob = m[1];
      const regex = new RegExp(`^${glob.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
      if (["test_x.py", "x_test.py"].some((n) => regex.test(n)) && !regex.test("x.py")) continue;
      if (["pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"].some((f) => /^[ \t]*python_files\s*=/m.test(probe.text(f) ?? ""))) return void 0;
      return { glob, file, module: probe.findInFiles(["tests", "test"], regex, /./) };
    }
  }
  return void 0;
}
function djangoProject(probe) {
  const settings = /["']DJANGO_SETTINGS_MODULE["']\s*,\s*["']([A-Za-z_][\w.]*)["']/.exec(probe.text("manage.py") ?? "")?.[1];
  if (settings === void 0) return void 0;
  const configured = (pytestOption(probe, "DJANGO_SETTINGS_MODULE")?.words.length ?? 0) > 0;
  return { settings: configured ? void 0 : settings, pythonFiles: (pytestOption(probe, "python_files")?.words.length ?? 0) > 0 };
}
var RUN_DIR = ".spec-to-production";
function globMatches(glob, name) {
  return fnmatchPattern([glob])?.test(name) ?? false;
}
function shellWord(word) {
  return /^[\w./@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
function testModulesInSource(probe, paths) {
  const source = paths.source?.replace(/\/+$/, "");
  const tests = paths.tests?.replace(/\/+$/, "");
  if (!source || !tests || source === "." || (pytestOption(probe, "testpaths")?.words.length ?? 0) > 0) return void 0;
  const within = (inner, outer) => outer === "." || inner === outer || inner.startsWith(`${outer}/`);
  if (within(source, tests) || within(tests, source) || !probe.dir(source)) return void 0;
  return probe.findInFiles([source], /^test_.*\.py$|_test\.py$/, /^(?:async\s+)?def\s+test|^class\s+Test/m);
}
async function pythonPreset(probe, want = BOTH_HALVES, paths = {}) {
  const choices = [];
  const runner = await chooseRunner(probe, choices);
  const has = await installedModules(probe, runner);
  const where = runner.kind === "uv" ? `in what ${runner.uv ?? "uv run"} installs (the project's dependencies and the dependency groups it syncs)` : `importable by ${runner.python}`;
  const uvRun = runner.uv ?? "uv run";
  const run = (tool2, module = tool2) => runner.kind === "uv" ? `${uvRun} ${tool2}` : runner.module(module);
  const tool = (name, module, installedOnPath, uvFallback) => has(module, name) ? run(name, module) : runner.kind === "uv" ? uvFallback : installedOnPath ? name : runner.module(module);
  const withPackages = (dists) => runner.kind === "uv" ? dists.filter((d) => !has(d.replace(/-/g, "_"), d)).map((d) => ` --with ${d}`).join("") : "";
  const doctests = ["pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg", "noxfile.py"].find((f) => /^(?![ \t]*[#;]).*--doctest-modules\b/m.test(probe.text(f) ?? "")) ?? ["Makefile", "makefile", "GNUmakefile"].find((f) => PYTEST_DOCTESTS.test(probe.text(f) ?? "")) ?? probe.findInFiles([".github/workflows"], /\.ya?ml$/, PYTEST_DOCTESTS);
  const noRecurse = pytestOption(probe, "norecursedirs");
  const walksRunDir = noRecurse !== void 0 && noRecurse.words.length > 0 && !noRecurse.words.some((glob) => globMatches(glob, RUN_DIR));
  const ignoreRunDir = walksRunDir ? ` --ignore=${RUN_DIR}` : "";
  const testsInSource = doctests ? void 0 : testModulesInSource(probe, paths);
  const django = djangoProject(probe);
  const djangoOptions = django ? `${django.settings ? ` --ds=${django.settings}` : ""}${django.pythonFiles ? "" : " -o 'python_files=test*.py'"}` : "";
  const pytestPaths = (doctests ? "{tests} {path} --doctest-modules" : testsInSource ? "{tests} {path}" : "{tests}") + ignoreRunDir + djangoOptions;
  const doctestReason = (doctests ? `; the project runs its doctests (--doctest-modules in ${doctests}): pytest collects them from {path} too` : "") + (testsInSource ? `; test modules lie under the source path too (${testsInSource}), outside ${paths.tests}, and the project's plain pytest (no testpaths) collects them: pytest runs {tests} and {path}` : "") + (walksRunDir ? `; ${noRecurse?.file} sets norecursedirs without .*, so --ignore=${RUN_DIR} keeps pytest out of the run's own reports` : "") + (django && djangoOptions ? `; a Django project (manage.py names ${django.settings ?? "its settings"}): ` + [
    django.settings ? `pytest-django runs its TestCases with those settings (--ds=${django.settings})` : "",
    django.pythonFiles ? "" : "python_files test*.py collects the modules Django's test runner discovers (tests.py), which pytest's default (test_*.py, *_test.py) never collects"
  ].filter(Boolean).join(", and ") + (has("pytest_django", "pytest-django") ? "" : " (pip install pytest-django)") : "");
  const loadTests = probe.findInFiles(["tests", "test"], /^test.*\.py$|_test\.py$/, /^def load_tests\(/m);
  const pattern = loadTests ? void 0 : unittestPattern(probe);
  const reruns = has("pytest_rerunfailures", "pytest-rerunfailures");
  const rerunsSetup = reruns ? PYTEST_RERUNS_SETUP : "";
  const rerunsPlugin = reruns ? ` -p ${PYTEST_RERUNS_MODULE}` : "";
  const rerunsReason = reruns ? `; pytest-rerunfailures is ${where}: a plugin written to the reports directory records its reruns in the JUnit XML` : "";
  let testCommand;
  if (loadTests || pattern) {
    const coverage = runner.kind === "uv" ? `${uvRun}${withPackages(["coverage", "unittest-xml-reporting"])} coverage` : runner.module("coverage");
    const testDir = (loadTests ?? pattern?.module)?.split("/")[0] ?? ["tests", "test"].find((d) => probe.dir(d));
    const top = testDir && probe.file(`${testDir}/__init__.py`) ? " -t ." : "";
    const p = pattern ? ` -p ${shellWord(pattern.glob)}` : "";
    testCommand = `export COVERAGE_FILE={reports}/.coverage; ${coverage} run --source={path} -m xmlrunner discover -s {tests}${top}${p} --output-file {reports}/junit.xml; status=$?; ${combine(coverage)}${coverage} report ${NO_FAIL_UNDER}; ${coverage} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`;
    const xmlrunner = has("xmlrunner", "unittest-xml-reporting");
    choices.push({
      topic: "tests and coverage",
      chose: `unittest${pattern ? ` (-p ${pattern.glob})` : ""} with unittest-xml-reporting (xmlrunner), under coverage`,
      because: (loadTests ? `${loadTests} defines load_tests, which pytest never calls: the tests it adds would not run. unittest runs them, ` : `the project runs unittest discover -p ${pattern?.glob} (${pattern?.file}), test modules pytest's default python_files (test_*.py, *_test.py) never collects: unittest discovers them with that pattern, `) + (xmlrunner ? `and unittest-xml-reporting is ${where}` : `and unittest-xml-reporting writes the JUnit XML (pip install unittest-xml-reporting coverage)`)
    });
  } else if (has("pytest_cov", "pytest-cov") || !has("coverage", "coverage")) {
    const installed = has("pytest_cov", "pytest-cov");
    testCommand = `${rerunsSetup}export COVERAGE_FILE={reports}/.coverage; ${run(`pytest`).replace(uvRun, `${uvRun}${withPackages(["pytest", "pytest-cov", ...django?.settings ? ["pytest-django"] : []])}`)} ${pytestPaths} --cov={path} --cov-report=term --cov-fail-under=0 --junitxml={reports}/junit.xml${rerunsPlugin}; status=$?; ${run("coverage").replace(uvRun, `${uvRun}${withPackages(["pytest-cov"])}`)} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`;
    choices.push({
      topic: "tests and coverage",
      chose: "pytest with pytest-cov",
      because: (installed ? `pytest-cov is ${where}` : runner.kind === "uv" ? `neither pytest-cov nor coverage is ${where}: \`uv run --with pytest-cov\` adds pytest-cov for the run (or declare it: uv add --dev pytest-cov)` : `neither pytest-cov nor coverage is ${where}; pytest-cov is the usual choice (pip install pytest-cov)`) + doctestReason + rerunsReason
    });
  } else {
    testCommand = `${rerunsSetup}export COVERAGE_FILE={reports}/.coverage; ${run("coverage")} run --source={path} -m pytest ${pytestPaths} --junitxml={reports}/junit.xml${rerunsPlugin}; status=$?; ${combine(run("coverage"))}${run("coverage")} report ${NO_FAIL_UNDER}; ${run("coverage")} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`;
    choices.push({ topic: "tests and coverage", chose: "coverage run -m pytest", because: `coverage is ${where}, pytest-cov is not${doctestReason}${rerunsReason}` });
  }
  const failUnder = coverageFailUnder(probe);
  if (failUnder) {
    const tests = choices.find((c) => c.topic === "tests and coverage");
    if (tests) {
      tests.because += `; the project's coverage fail_under = ${failUnder.value} (${failUnder.where}) is set to 0 for this command, so that coverage below it does not fail the tests: the test_coverage gate judges coverage, against quality_gates.test_coverage (set its thresholds to ${failUnder.value} to hold the project's bar)`;
    }
  }
  const ruffConfigured = probe.firstFile(["ruff.toml", ".ruff.toml"]) ?? (probe.pyprojectTable("tool.ruff") ? "[tool.ruff] in pyproject.toml" : void 0);
  const pylintConfigured = probe.firstFile([".pylintrc", "pylintrc"]) ?? (probe.pyprojectTable("tool.pylint") ? "[tool.pylint] in pyproject.toml" : void 0);
  const flake8Configured = probe.firstFile([".flake8"]) ?? (/^\s*\[flake8\]/m.test(probe.text("setup.cfg") ?? "") ? "[flake8] in setup.cfg" : /^\s*\[flake8\]/m.test(probe.text("tox.ini") ?? "") ? "[flake8] in tox.ini" : probe.pyprojectTable("tool.flake8") ? "[tool.flake8] in pyproject.toml" : (
    // A project can lint with flake8 configured by none of those (pycodestyle: its pre-commit hook and a tox
    // environment, its settings in [pycodestyle]).
    /^[ \t]*-?[ \t]*id:[ \t]*["']?flake8["']?[ \t]*(?:#.*)?$/m.test(probe.text(".pre-commit-config.yaml") ?? "") ? "the flake8 hook in .pre-commit-config.yaml" : /^[ \t]*(?:commands[ \t]*=[ \t]*)?(?:python3? -m )?flake8(?:[ \t]|$)/m.test(probe.text("tox.ini") ?? "") ? "a tox environment runs flake8 (tox.ini)" : (
      // pypa/sampleproject: its nox lint session runs `session.run("flake8", …)`, no flake8 configuration.
      /^[ \t]*[^#\n]*\.run\(\s*["'](?:flake8|python3?["']\s*,\s*["']-m["']\s*,\s*["']flake8)["']/m.test(probe.text("noxfile.py") ?? "") ? "a nox session runs flake8 (noxfile.py)" : void 0
    )
  ));
  const ruffInstalled = has("ruff", "ruff") || Boolean(probe.onPath("ruff"));
  const pylintInstalled = has("pylint", "pylint");
  const ruffCmd = tool("ruff", "ruff", Boolean(probe.onPath("ruff")), "uvx ruff");
  const select = ruffConfigured ? "" : ` --select ${RUFF_DEFAULT_RULES}`;
  const ruff = {
    command: `${ruffCmd} check {path}${select} --output-format=json --output-file={reports}/ruff.json`,
    fix_command: `${ruffCmd} check --fix {path}${select} && ${ruffCmd} format {path}`,
    report: { path: "{reports}/ruff.json", format: "ruff-json" }
  };
  const pylintRules = pylintConfigured ? "" : ` --disable=all --enable=${PYLINT_DEFAULT_RULES}`;
  const pylint = {
    command: `${run("pylint")} {path} --recursive=y --ignore=.venv,venv,node_modules,.spec-to-production${pylintRules} --output-format=json > {reports}/pylint.json`,
    report: { path: "{reports}/pylint.json", format: "pylint-json" }
  };
  let linting;
  if (ruffConfigured || !pylintConfigured && (flake8Configured || ruffInstalled || !pylintInstalled)) {
    linting = ruff;
    const because = ruffConfigured ? `configured in ${ruffConfigured}` : flake8Configured ? `the project lints with flake8 (${flake8Configured}): ruff runs flake8's pyflakes and pycodestyle checks (its default rules; it does not read flake8's settings), where pylint would add rules the project never checked` : ruffInstalled ? "ruff is installed" : runner.kind === "uv" ? "no linter configured: ruff through uvx (needs nothing from the project)" : "no linter configured or installed: ruff is the default (pip install ruff)";
    choices.push({ topic: "linting", chose: "ruff", because });
  } else {
    linting = pylint;
    choices.push({
      topic: "linting",
      chose: "pylint",
      because: pylintConfigured ? `configured in ${pylintConfigured}` : `pylint is ${where}, ruff is not; no pylint configuration, so only its errors and the checks ruff's default rules make (${PYLINT_DEFAULT_RULES}), not its conventions (naming, docstrings) the project never checked: configure pylint to judge by your own rules`
    });
  }
  const pyrightConfigured = probe.firstFile(["pyrightconfig.json"]) ?? (probe.pyprojectTable("tool.pyright") ? "[tool.pyright] in pyproject.toml" : void 0);
  const mypyConfigured = probe.firstFile(["mypy.ini", ".mypy.ini"]) ?? (probe.pyprojectTable("tool.mypy") ? "[tool.mypy] in pyproject.toml" : /^\s*\[mypy\]/m.test(probe.text("setup.cfg") ?? "") ? "[mypy] in setup.cfg" : void 0);
  const pyrightBin = probe.nodeBin("pyright") ? "npx pyright" : probe.onPath("pyright") ? "pyright" : void 0;
  const mypyInstalled = has("mypy", "mypy");
  const pyrightCmd = runner.kind === "uv" && !pyrightBin ? `${uvRun} --with pyright pyright` : pyrightBin ?? runner.module("pyright");
  const tyConfigured = probe.firstFile(["ty.toml"]) ?? (probe.pyprojectTable("tool.ty") ? "[tool.ty] in pyproject.toml" : void 0);
  let typeChecking;
  if (tyConfigured && !pyrightConfigured && !mypyConfigured) {
    typeChecking = { enabled: false };
    choices.push({
      topic: "type checking",
      chose: "off",
      because: `the project type-checks with ty (configured in ${tyConfigured}), which the preset does not run (no report of ty's is one the type_checking gate reads), and pyright or mypy would judge it by rules it never checked, so its type checking is not checked: set stages.refactoring.type_checking.command to a checker whose report the gate reads (pyright --outputjson, mypy) and stages.refactoring.type_checking.report, with that checker configured for the project`
    });
  } else if (pyrightConfigured || !mypyConfigured && (pyrightBin || !mypyInstalled)) {
    typeChecking = {
      command: `${pyrightCmd} {path} --outputjson > {reports}/pyright.json`,
      report: { path: "{reports}/pyright.json", format: "pyright-json" }
    };
    const because = pyrightConfigured ? `configured in ${pyrightConfigured}` : pyrightBin ? `pyright is installed (${pyrightBin})` : "no type checker configured or installed: pyright is the default (pip install pyright, or npm i -D pyright)";
    choices.push({ topic: "type checking", chose: "pyright", because });
  } else {
    const mypy = runner.kind === "uv" && !mypyInstalled ? `${uvRun} --with mypy mypy` : run("mypy");
    const strict = ["tox.ini", "noxfile.py", "Makefile", "makefile", "GNUmakefile", ".pre-commit-config.yaml"].find((f) => MYPY_STRICT.test(probe.text(f) ?? "")) ?? probe.findInFiles([".github/workflows"], /\.ya?ml$/, MYPY_STRICT);
    typeChecking = {
      command: `${mypy} {path}${strict ? " --strict" : ""} --show-column-numbers --no-color-output > {reports}/mypy.txt`,
      report: { path: "{reports}/mypy.txt", format: "mypy-text" }
    };
    choices.push({
      topic: "type checking",
      chose: strict ? "mypy --strict" : "mypy",
      because: (mypyConfigured ? `configured in ${mypyConfigured}` : `mypy is ${where}, pyright is not`) + (strict ? `; the project runs mypy with --strict (${strict})` : "")
    });
  }
  const baseline = probe.file(".secrets.baseline");
  const detectSecretsInstalled = has("detect_secrets", "detect-secrets") || Boolean(probe.onPath("detect-secrets"));
  const gitleaks = probe.onPath("gitleaks");
  let secrets;
  if (!baseline && !detectSecretsInstalled && !gitleaks && runner.kind !== "uv" && probe.onPath("npx")) {
    secrets = { command: fetchedSecretlint("{path}", ["**/.venv/**", "**/__pycache__/**", "**/.tox/**", "**/.nox/**"]), report: { path: "{reports}/secretlint.json", format: "secretlint-json" } };
    choices.push({
      topic: "secrets",
      chose: `secretlint ${SECRETLINT_VERSION} with the recommended rules, fetched by npx`,
      because: `no secret scanner installed (detect-secrets, gitleaks) and no uvx: npx (${probe.onPath("npx")}) fetches the pinned secretlint from the npm registry (needs network; pip install detect-secrets to use it instead)`
    });
  } else if (baseline || detectSecretsInstalled || !gitleaks) {
    const ds = tool("detect-secrets", "detect_secrets", Boolean(probe.onPath("detect-secrets")), "uvx detect-secrets");
    secrets = baseline ? { command: `cp .secrets.baseline {reports}/secrets.json && ${ds} scan {path} --baseline {reports}/secrets.json`, report: { path: "{reports}/secrets.json", format: "detect-secrets-json" } } : { command: `${ds} scan {path} > {reports}/secrets.json`, report: { path: "{reports}/secrets.json", format: "detect-secrets-json" } };
    const because = baseline ? ".secrets.baseline exists: scanned against a copy of it, so audited false positives stay out" : detectSecretsInstalled ? "detect-secrets is installed" : runner.kind === "uv" ? "no secret scanner installed: detect-secrets through uvx" : "no secret scanner installed: detect-secrets is the default (pip install detect-secrets)";
    choices.push({ topic: "secrets", chose: "detect-secrets", because });
  } else {
    secrets = {
      command: "gitleaks detect --no-git --source {path} --redact --exit-code 0 --report-format json --report-path {reports}/gitleaks.json",
      report: { path: "{reports}/gitleaks.json", format: "gitleaks-json" }
    };
    choices.push({ topic: "secrets", chose: "gitleaks", because: `gitleaks is on PATH (${gitleaks}), detect-secrets is not installed` });
  }
  const osv = probe.onPath("osv-scanner");
  const pipAuditInstalled = has("pip_audit", "pip-audit") || Boolean(probe.onPath("pip-audit"));
  let audit;
  if (pipAuditInstalled || !osv) {
    const pa = tool("pip-audit", "pip_audit", Boolean(probe.onPath("pip-audit")), "uvx pip-audit");
    const target = runner.kind === "uv" ? { before: "uv export --format requirements-txt --frozen --output-file {reports}/requirements.txt && ", args: "-r {reports}/requirements.txt --disable-pip" } : probe.file("requirements.txt") ? { before: "", args: "-r requirements.txt" } : { before: "", args: "" };
    audit = {
      command: `${target.before}${pa} ${target.args ? `${target.args} ` : ""}--format json --output {reports}/pip-audit.json`,
      report: { path: "{reports}/pip-audit.json", format: "pip-audit-json" }
    };
    const what = runner.kind === "uv" ? "the locked dependencies (uv export)" : probe.file("requirements.txt") ? "requirements.txt" : "the installed environment";
    choices.push({
      topic: "vulnerabilities",
      chose: `pip-audit of ${what}`,
      because: pipAuditInstalled ? "pip-audit is installed" : runner.kind === "uv" ? "pip-audit through uvx" : "no scanner installed: pip-audit is the default (pip install pip-audit)"
    });
  } else {
    audit = {
      command: "osv-scanner --format json --output {reports}/osv-scanner.json -r .",
      report: { path: "{reports}/osv-scanner.json", format: "osv-scanner-json" }
    };
    choices.push({ topic: "vulnerabilities", chose: "osv-scanner", because: `osv-scanner is on PATH (${osv}), pip-audit is not installed` });
  }
  const layer = {
    preset: "python",
    stages: {
      testing: {
        command: testCommand,
        reports: {
          junit: { path: "{reports}/junit.xml", format: "junit" },
          coverage: { path: "{reports}/coverage.json", format: "coverage.py-json" }
        }
      },
      refactoring: {
        linting,
        type_checking: typeChecking,
        security: securityScans(want, { secrets, vulnerabilities: audit }, choices)
      }
    }
  };
  return { layer, choices };
}
function coverageFailUnder(probe) {
  const places = [
    [".coveragerc", "report"],
    ["setup.cfg", "coverage:report"],
    ["tox.ini", "coverage:report"],
    ["pyproject.toml", "tool.coverage.report"]
  ];
  for (const [file, table] of places) {
    const value = /^\s*fail_under\s*=\s*([0-9.]+)/m.exec(section(probe.text(file), table))?.[1];
    if (value !== void 0) return { value, where: `[${table}] in ${file}` };
  }
  const dotted = /^\s*report\.fail_under\s*=\s*([0-9.]+)/m.exec(section(probe.text("pyproject.toml"), "tool.coverage"))?.[1];
  return dotted === void 0 ? void 0 : { value: dotted, where: "[tool.coverage] in pyproject.toml" };
}
export {
  PYLINT_DEFAULT_RULES,
  PYTEST_RERUNS_MODULE,
  PYTEST_RERUNS_PLUGIN,
  RUFF_DEFAULT_RULES,
  pythonPreset
};
