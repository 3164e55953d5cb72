import {
  shellQuote
} from "./chunk-4GTCQ74A.js";

// src/config/python-project.ts
var TEST_EXTRAS = ["test", "tests", "testing", "dev"];
var TEST_REQUIREMENTS = [
  "requirements-dev.txt",
  "dev-requirements.txt",
  "requirements-test.txt",
  "test-requirements.txt",
  "requirements/test.txt",
  "requirements/tests.txt",
  "requirements/testing.txt",
  "requirements/dev.txt",
  "requirements/development.txt"
];
function projectInstall(probe, pkgDir) {
  if (pkgDir !== void 0 && pkgDir !== "." && (probe.file(`${pkgDir}/pyproject.toml`) || probe.file(`${pkgDir}/setup.py`))) {
    const rootProject = probe.file("setup.py") || /^\s*\[project\]/m.test(probe.text("pyproject.toml") ?? "");
    const root = probe.file("requirements.txt") || rootProject ? projectArgs(probe, ".") : [];
    return [...root, ...projectArgs(probe, pkgDir)].join(" ");
  }
  return projectArgs(probe, ".").join(" ");
}
function projectArgs(probe, dir) {
  const at = (file) => dir === "." ? file : `${dir}/${file}`;
  const word = (path) => shellQuote(path);
  const args = [];
  if (probe.file(at("requirements.txt"))) args.push(`-r ${word(at("requirements.txt"))}`);
  else if (probe.file(at("pyproject.toml")) || probe.file(at("setup.py"))) {
    const pyproject = probe.text(at("pyproject.toml")) ?? "";
    const setupCfg = probe.text(at("setup.cfg")) ?? "";
    const optional = section(pyproject, "project.optional-dependencies");
    const extrasCfg = section(setupCfg, "options.extras_require");
    const declared = (name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, "m").test(optional) || new RegExp(`^\\s*optional-dependencies\\.["']?${name}["']?\\s*=`, "m").test(pyproject) || new RegExp(`^\\s*${name}\\s*=`, "m").test(extrasCfg);
    const extra = TEST_EXTRAS.find(declared) ?? toxExtras(probe.text(at("tox.ini"))).filter(declared).join(",");
    args.push(extra ? dir === shellQuote(dir) ? `-e "${dir}[${extra}]"` : `-e ${shellQuote(`${dir}[${extra}]`)}` : `-e ${word(dir)}`);
    const groups = section(pyproject, "dependency-groups");
    const group = TEST_EXTRAS.find((name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, "m").test(groups));
    if (group) args.push(`--group ${word(`${dir === "." ? "" : `${at("pyproject.toml")}:`}${group}`)}`);
  }
  const requirements = TEST_REQUIREMENTS.find((f) => probe.file(at(f)));
  if (requirements) args.push(`-r ${word(at(requirements))}`);
  const tox = toxDeps(probe.text(at("tox.ini")));
  for (const file of tox.files) if (probe.file(at(file)) && !args.includes(`-r ${word(at(file))}`)) args.push(`-r ${word(at(file))}`);
  args.push(...tox.requirements.map(word));
  return args;
}
function toxDeps(tox) {
  const out = { requirements: [], files: [] };
  const m = /^[ \t]*deps[ \t]*=[ \t]*(.*(?:\n[ \t]+\S.*)*)/m.exec(section(tox, "testenv"));
  if (!m) return out;
  for (const line of m[1].split("\n")) {
    const item = line.replace(/(^|\s)#.*$/, "").trim();
    if (item === "" || /^!?[\w.{}-]+(?:,!?[\w.{}-]+)*:\s/.test(item)) continue;
    const file = /^-r\s*(?:\{toxinidir\}\/)?(\S+)$/.exec(item)?.[1];
    if (file !== void 0) {
      if (!/[{}]/.test(file)) out.files.push(file);
    } else if (!item.startsWith("-") && !/[{}]/.test(item)) out.requirements.push(item);
  }
  return out;
}
function toxExtras(tox) {
  const m = /^[ \t]*extras[ \t]*=[ \t]*(.*(?:\n[ \t]+\S.*)*)/m.exec(section(tox, "testenv"));
  if (!m) return [];
  return m[1].split(/[\n,]/).map((item) => item.replace(/#.*$/, "").split(":").at(-1).trim()).filter((name) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name));
}
function pytestOption(probe, key) {
  const sources = [
    ["pytest.toml", /^\s*\[pytest\]\s*(#.*)?$/, "toml", true],
    [".pytest.toml", /^\s*\[pytest\]\s*(#.*)?$/, "toml", true],
    ["pytest.ini", /^\s*\[pytest\]\s*$/, "ini", true],
    [".pytest.ini", /^\s*\[pytest\]\s*$/, "ini", false],
    ["pyproject.toml", /^\s*\[tool\.pytest(\.ini_options)?\]\s*(#.*)?$/, "toml", false],
    ["tox.ini", /^\s*\[pytest\]\s*$/, "ini", false],
    ["setup.cfg", /^\s*\[tool:pytest\]\s*$/, "ini", false]
  ];
  for (const [file, header, kind, always] of sources) {
    const text = probe.text(file);
    if (text === null) continue;
    const body = sectionBody(text, header) ?? (always ? "" : void 0);
    if (body === void 0) continue;
    let values;
    if (kind === "toml") {
      const value = new RegExp(`^\\s*${key}\\s*=\\s*(\\[[^\\]]*\\]|"[^"]*"|'[^']*')`, "m").exec(body)?.[1];
      values = value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]) : [];
    } else {
      const m = new RegExp(`^[ \\t]*${key}[ \\t]*[=:][ \\t]*(.*(?:\\n[ \\t]+\\S.*)*)`, "m").exec(body);
      values = m ? [m[1]] : [];
    }
    return { words: values.flatMap((v) => v.split(/\s+/)).filter(Boolean), file };
  }
  return void 0;
}
function coveragePlugins(probe) {
  const found = coverageSetting(probe, "run", "plugins");
  return found && { plugins: found.values, file: found.file };
}
function coverageSetting(probe, table, key) {
  const ini = (body) => {
    const m = body === void 0 ? null : new RegExp(`^[ \\t]*${key}[ \\t]*[=:][ \\t]*(.*(?:\\n[ \\t]+\\S.*)*)`, "m").exec(body);
    return m ? m[1].split(/[\s,]+/).filter((w) => w !== "" && !w.startsWith("#")) : [];
  };
  const rc = probe.text(".coveragerc");
  if (rc !== null) return { values: ini(sectionBody(rc, new RegExp(`^\\s*\\[${table}\\]\\s*$`))), file: ".coveragerc" };
  for (const file of ["setup.cfg", "tox.ini"]) {
    const text = probe.text(file);
    if (text === null || !/^\s*\[coverage:/m.test(text)) continue;
    return { values: ini(sectionBody(text, new RegExp(`^\\s*\\[coverage:${table}\\]\\s*$`))), file };
  }
  const pyproject = probe.text("pyproject.toml");
  if (pyproject === null || !/^\s*\[tool\.coverage[.\]]/m.test(pyproject)) return void 0;
  const toml = (body, name) => {
    const value = body === void 0 ? void 0 : new RegExp(`^\\s*${name}\\s*=\\s*(\\[[^\\]]*\\]|"[^"]*"|'[^']*')`, "m").exec(body)?.[1];
    return value ? [...value.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]) : [];
  };
  return {
    values: [
      ...toml(sectionBody(pyproject, new RegExp(`^\\s*\\[tool\\.coverage\\.${table}\\]\\s*(#.*)?$`)), key),
      ...toml(sectionBody(pyproject, /^\s*\[tool\.coverage\]\s*(#.*)?$/), `${table}\\.${key}`)
    ],
    file: "pyproject.toml"
  };
}
function sectionBody(text, header) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => header.test(l));
  if (start === -1) return void 0;
  const end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  return lines.slice(start + 1, end === -1 ? void 0 : end).join("\n");
}
function section(text, name) {
  if (text === null) return "";
  return sectionBody(text, new RegExp(`^\\s*\\[${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]\\s*$`)) ?? "";
}
function fnmatchPattern(globs) {
  const one = (glob) => glob.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".").replace(/\[!/g, "[^");
  try {
    return new RegExp(`^(?:${globs.map(one).join("|")})$`);
  } catch {
    return null;
  }
}

export {
  projectInstall,
  toxDeps,
  pytestOption,
  coveragePlugins,
  coverageSetting,
  section,
  fnmatchPattern
};
