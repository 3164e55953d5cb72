import {
  packageOfBin
} from "./chunk-JAHX4E5E.js";
import {
  inheritedEnvironment
} from "./chunk-6N4VMDZ6.js";
import {
  toxDeps
} from "./chunk-V5KI2VEC.js";
import {
  readTextFile
} from "./chunk-HYULKLIY.js";

// src/config/probe.ts
import { execFile } from "node:child_process";
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { delimiter, dirname, isAbsolute, join, resolve } from "node:path";
var PYTHON_ANSWERS = /* @__PURE__ */ new Map();
var MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
function requirementPattern(dist) {
  return new RegExp(`(^|["'\\s])${dist.replace(/[-_.]/g, "[-_.]")}\\s*(?:[<>=!~;\\[,"']|$)`, "im");
}
function withoutSections(text, header) {
  let inside = false;
  return text.split("\n").filter((line) => {
    if (/^\s*\[/.test(line)) inside = header.test(line);
    return !inside;
  }).join("\n");
}
function withoutCoverageSections(text) {
  return withoutSections(text, /^\s*\[(tool\.coverage[.\]]|coverage:)/);
}
var PNP_MAX = 64 * 1024 * 1024;
function isFileAt(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function enclosingWorkspace(workspace) {
  const exists = (path) => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  };
  let dir = resolve(workspace);
  if (exists(join(dir, ".git"))) return void 0;
  for (; ; ) {
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
    if (isFileAt(join(dir, "pnpm-workspace.yaml"))) return { root: dir, marker: "pnpm-workspace.yaml" };
    try {
      const pkg = JSON.parse(readTextFile(join(dir, "package.json")) ?? "null");
      if (pkg !== null && typeof pkg === "object" && pkg.workspaces !== void 0) return { root: dir, marker: "package.json workspaces" };
    } catch {
    }
    if (/^\s*\[tool\.uv\.workspace\]/m.test(readTextFile(join(dir, "pyproject.toml")) ?? "")) return { root: dir, marker: "pyproject.toml [tool.uv.workspace]" };
    if (exists(join(dir, ".git"))) return void 0;
  }
}
var RepositoryProbe = class _RepositoryProbe {
  workspace;
  path;
  cache = /* @__PURE__ */ new Map();
  /** `env` supplies PATH and VIRTUAL_ENV (default: this process's environment). */
  constructor(workspace, env = process.env) {
    this.workspace = resolve(workspace);
    this.path = env.PATH ?? "";
    this.virtualEnv = env.VIRTUAL_ENV;
    this.env = env;
  }
  /** The environment the commands run in (package managers read settings from it: `npm_config_*`). */
  env;
  virtualEnv;
  /** The same view of a directory of this workspace (a workspace package, read as a project of its own), with this environment. */
  at(rel) {
    return new _RepositoryProbe(join(this.workspace, rel), this.env);
  }
  memo(key, compute) {
    if (!this.cache.has(key)) this.cache.set(key, compute());
    return this.cache.get(key);
  }
  /** Whether a file exists at this workspace-relative path. */
  file(rel) {
    return this.memo(`file:${rel}`, () => isFileAt(join(this.workspace, rel)));
  }
  /** Whether a directory exists at this workspace-relative path. */
  dir(rel) {
    return this.memo(`dir:${rel}`, () => {
      try {
        return statSync(join(this.workspace, rel)).isDirectory();
      } catch {
        return false;
      }
    });
  }
  /** The directories directly under this workspace-relative directory, by name, sorted; none when it cannot be read. */
  subdirectories(rel) {
    return this.memo(`subdirs:${rel}`, () => {
      try {
        return readdirSync(join(this.workspace, rel), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
      } catch {
        return [];
      }
    });
  }
  /** The first of `names` that exists as a file, if any. */
  firstFile(names) {
    return names.find((name) => this.file(name));
  }
  /** A workspace file's text (up to 1 MB), or null. */
  text(rel) {
    return this.memo(`text:${rel}`, () => this.read(rel));
  }
  /** The file's text when it is at most 1 MiB, else null; not remembered. */
  read(rel) {
    return readTextFile(join(this.workspace, rel));
  }
  /**
   * The first file under these workspace-relative directories whose name matches `name` and whose text matches
   * `content`, as a workspace-relative path (virtualenvs, caches and node_modules are not entered; at most 2,000
   * files are read, and their texts are not kept).
   */
  findInFiles(dirs, name, content) {
    return this.memo(`find:${dirs.join(",")}:${name.source}:${content.source}`, () => {
      const skip = /* @__PURE__ */ new Set([".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox", ".git", ".spec-to-production"]);
      let budget = 2e3;
      const walk = (rel) => {
        let entries;
        try {
          entries = readdirSync(join(this.workspace, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
        } catch {
          return void 0;
        }
        for (const entry of entries) {
          const path = rel === "." ? entry.name : `${rel}/${entry.name}`;
          if (entry.isDirectory() && !skip.has(entry.name)) {
            const found = walk(path);
            if (found) return found;
          } else if (entry.isFile() && name.test(entry.name) && budget-- > 0 && content.test(this.read(path) ?? "")) {
            return path;
          }
        }
        return void 0;
      };
      for (const dir of dirs) {
        if (!this.dir(dir)) continue;
        const found = walk(dir);
        if (found) return found;
      }
      return void 0;
    });
  }
  /** package.json at the root, or null when there is none or it is not a JSON object. */
  packageJson() {
    return this.memo("package.json", () => {
      const text = this.text("package.json");
      if (text === null) return null;
      try {
        const data = JSON.parse(text);
        return typeof data === "object" && data !== null && !Array.isArray(data) ? data : null;
      } catch {
        return null;
      }
    });
  }
  /** Whether package.json lists the package in dependencies or devDependencies. */
  declares(name) {
    const pkg = this.packageJson();
    return Boolean(pkg && (Object.hasOwn(pkg.dependencies ?? {}, name) || Object.hasOwn(pkg.devDependencies ?? {}, name)));
  }
  /** Whether pyproject.toml has this table (`tool.uv` matches `[tool.uv]` and `[tool.uv.sources]`). */
  pyprojectTable(table) {
    const text = this.text("pyproject.toml");
    if (text === null) return false;
    const escaped = table.replace(/\./g, "\\.");
    return new RegExp(`^\\s*\\[\\[?${escaped}(?:\\.[^\\]]*)?\\]\\]?\\s*(?:#.*)?$`, "m").test(text);
  }
  /**
   * Whether a requirement names this Python distribution in pyproject.toml, uv.lock, requirements files or tox.ini's
   * `[testenv] deps` — at the root, or in `pkgDir` (a package of a monorepo, with files of its own) when given.
   */
  pythonRequires(dist, pkgDir, by = "any") {
    const pattern = requirementPattern(dist);
    const names = ["pyproject.toml", ...by === "pip" ? [] : ["uv.lock"], "requirements.txt", "requirements-dev.txt", "dev-requirements.txt", "setup.cfg"];
    const inPackage = pkgDir && pkgDir !== "." && !/[*?[{]/.test(pkgDir) ? ["pyproject.toml", "requirements.txt", "requirements-dev.txt", "dev-requirements.txt", "test-requirements.txt", "requirements-test.txt", "setup.cfg"].map((n) => `${pkgDir.replace(/\/+$/, "")}/${n}`) : [];
    for (const file of [...names, ...inPackage]) {
      let text = this.text(file);
      if (text === null) continue;
      if (by === "pip" && file.endsWith("pyproject.toml")) text = withoutSections(text, /^\s*\[\[?tool\./);
      if (file === "uv.lock" ? new RegExp(`^name = "${dist}"$`, "m").test(text) : pattern.test(withoutCoverageSections(text))) return true;
    }
    const toxFiles = ["tox.ini", ...inPackage.length > 0 ? [`${pkgDir.replace(/\/+$/, "")}/tox.ini`] : []];
    return toxFiles.some((file) => toxDeps(this.text(file)).requirements.some((r) => pattern.test(r)));
  }
  /**
   * The table of pyproject.toml (at the root, or in `pkgDir`) under `[tool.*]` that names this distribution — a
   * tool's own dependency list (`tool.pdm.dev-dependencies`, `tool.poetry.group.dev.dependencies`), which pip does
   * not install — or undefined.
   */
  pythonToolDeclares(dist, pkgDir) {
    const pattern = requirementPattern(dist);
    const files = ["pyproject.toml", ...pkgDir && pkgDir !== "." && !/[*?[{]/.test(pkgDir) ? [`${pkgDir.replace(/\/+$/, "")}/pyproject.toml`] : []];
    for (const file of files) {
      let table;
      for (const line of (this.text(file) ?? "").split("\n")) {
        const header = /^\s*\[\[?([^\]]+)\]\]?\s*(?:#.*)?$/.exec(line);
        if (header) table = header[1].trim();
        else if (table?.startsWith("tool.") && !table.startsWith("tool.coverage") && pattern.test(line)) return table;
      }
    }
    return void 0;
  }
  /** The absolute path of a program found on PATH, or undefined. */
  onPath(program) {
    return this.memo(`path:${program}`, () => {
      for (const dir of this.path.split(delimiter)) {
        if (!dir) continue;
        const candidate = join(isAbsolute(dir) ? dir : resolve(this.workspace, dir), program);
        if (isExecutable(candidate)) return candidate;
      }
      return void 0;
    });
  }
  /**
   * The node_modules directories a package would be resolved from: the workspace's and its parents'; from a directory
   * of the repository (`packages/core`, where `pnpm --dir packages/core exec vitest` runs), that directory's first.
   */
  nodeModulesDirs(from = ".") {
    return this.memo(`node_modules:${from}`, () => {
      const dirs = [];
      let dir = resolve(this.workspace, from);
      for (; ; ) {
        dirs.push(join(dir, "node_modules"));
        const parent = dirname(dir);
        if (parent === dir) break;
        dir = parent;
      }
      return dirs;
    });
  }
  /**
   * An installed package's binary (`node_modules/.bin/<name>`, here or in a parent directory), or undefined. In a
   * Plug'n'Play install (yarn 2 and later by default: no node_modules), the binary of a package the install map holds,
   * named by that map's file.
   */
  nodeBin(name, from = ".") {
    return this.memo(`bin:${from}:${name}`, () => {
      const bin = this.nodeModulesDirs(from).map((d) => join(d, ".bin", name)).find(isExecutable);
      if (bin !== void 0) return bin;
      const pnp = this.pnpPackages();
      return pnp?.names.has(packageOfBin(name)) ? `${pnp.file} (${packageOfBin(name)})` : void 0;
    });
  }
  /**
   * Whether `node_modules/.bin/<name>` at the workspace root itself (not a parent directory's) is an executable file:
   * the program `npx <name>` and `pnpm exec <name>` run from the root when it is there.
   */
  rootNodeBin(name) {
    return this.memo(`rootbin:${name}`, () => isExecutable(join(this.workspace, "node_modules", ".bin", name)));
  }
  /**
   * The environment variables whose names match `name` (npm and pnpm read `npm_config_*` whatever its case), with
   * their values; empty ones left out.
   */
  environment(name) {
    return Object.entries(this.env).filter((e) => name.test(e[0]) && typeof e[1] === "string" && e[1] !== "");
  }
  /** The user's npm configuration file (`npm_config_userconfig`, else ~/.npmrc), or null. */
  userNpmrc() {
    return this.memo("user-npmrc", () => {
      const file = this.environment(/^npm_config_userconfig$/i)[0]?.[1] ?? (this.env.HOME ? join(this.env.HOME, ".npmrc") : void 0);
      return file === void 0 ? null : readTextFile(resolve(this.workspace, file));
    });
  }
  /** Whether a node package is installed (its package.json resolves from the workspace, or from `from` in it; or a Plug'n'Play install holds it). */
  nodePackage(name, from = ".") {
    return this.memo(
      `pkg:${from}:${name}`,
      () => this.nodeModulesDirs(from).some((d) => isFileAt(join(d, name, "package.json"))) || this.pnpPackages()?.names.has(name) === true
    );
  }
  /**
   * The packages of a Plug'n'Play install at the workspace's root (yarn 2 and later: `.pnp.cjs`, or `.pnp.data.json`
   * when the map is not inlined), from its packageRegistryData; undefined when there is none, or it cannot be read.
   * Only read, never run: the map is JSON inside a string literal of the generated file.
   */
  pnpPackages() {
    return this.memo("pnp", () => {
      let json = readTextFile(join(this.workspace, ".pnp.data.json"), PNP_MAX);
      let file = ".pnp.data.json";
      if (json === null) {
        const text = readTextFile(join(this.workspace, ".pnp.cjs"), PNP_MAX);
        const literal = text === null ? null : /\bRAW_RUNTIME_STATE\s*=\s*'((?:[^'\\]|\\[\s\S])*)'/.exec(text);
        if (!literal) return void 0;
        json = literal[1].replace(/\\(\r?\n|[\s\S])/g, (_, c) => c === "\n" || c === "\r\n" ? "" : c);
        file = ".pnp.cjs";
      }
      try {
        const data = JSON.parse(json);
        if (!Array.isArray(data.packageRegistryData)) return void 0;
        const names = /* @__PURE__ */ new Set();
        for (const entry of data.packageRegistryData) {
          if (!Array.isArray(entry) || !Array.isArray(entry[1])) continue;
          for (const version of entry[1]) {
            if (!Array.isArray(version)) continue;
            const [reference, info] = version;
            if (!(entry[0] === null || typeof reference === "string" && reference.startsWith("workspace:"))) continue;
            for (const dep of Array.isArray(info?.packageDependencies) ? info.packageDependencies : []) {
              if (Array.isArray(dep) && typeof dep[0] === "string" && dep[1] !== null) names.add(dep[0]);
            }
          }
        }
        return { file, names };
      } catch {
        return void 0;
      }
    });
  }
  /** An installed node package's version, if it is installed. */
  nodePackageVersion(name, from = ".") {
    for (const dir of this.nodeModulesDirs(from)) {
      try {
        const data = JSON.parse(readTextFile(join(dir, name, "package.json")) ?? "null");
        if (data === null) continue;
        if (typeof data.version === "string") return data.version;
      } catch {
      }
    }
    return void 0;
  }
  /**
   * Which of `modules` the interpreter can import, asked in one process. An interpreter that cannot be started
   * imports nothing.
   */
  async pythonImports(python, modules) {
    const wanted = modules.filter((m) => MODULE_NAME.test(m));
    const key = `${this.workspace}\0${this.path}\0${python}\0${wanted.join(",")}`;
    const cached = PYTHON_ANSWERS.get(key);
    if (cached) return cached;
    const script = [
      "import importlib.util, sys",
      "for name in sys.argv[1:]:",
      "    try:",
      "        found = importlib.util.find_spec(name) is not None",
      "    except Exception:",
      "        found = False",
      "    if found: print(name)"
    ].join("\n");
    const program = python.includes("/") ? resolve(this.workspace, python) : this.onPath(python) ?? python;
    const promise = new Promise((done) => {
      execFile(program, ["-c", script, ...wanted], { cwd: this.workspace, timeout: 3e4, env: inheritedEnvironment(process.env) }, (error, stdout) => {
        done(error ? /* @__PURE__ */ new Set() : new Set(stdout.split("\n").map((l) => l.trim()).filter(Boolean)));
      });
    });
    PYTHON_ANSWERS.set(key, promise);
    return promise;
  }
};

export {
  requirementPattern,
  isExecutable,
  enclosingWorkspace,
  RepositoryProbe
};
