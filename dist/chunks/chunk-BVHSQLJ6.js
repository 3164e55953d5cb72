import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  globProblem
} from "./chunk-I6DMVYMR.js";
import {
  ROOT_PATH,
  compareStrings,
  isUnder,
  matchPrefix,
  normalizeRelative
} from "./chunk-ZLMVAJEV.js";
import {
  glob
} from "./chunk-EYOESVHO.js";
import {
  loadSpec,
  parseSpec
} from "./chunk-YXJYYI5Q.js";
import {
  loadConfig
} from "./chunk-LLSBVFXH.js";
import {
  section
} from "./chunk-V5KI2VEC.js";
import {
  validateComponentName
} from "./chunk-4GTCQ74A.js";

// src/plan/discover.ts
import { realpath } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve } from "node:path";
var DEFAULT_SPEC_GLOBS = ["specs/*.md"];
var BLOCKING_RULES = /* @__PURE__ */ new Set([
  "file-unreadable",
  "file-too-large",
  "binary-content",
  "frontmatter-unterminated",
  "frontmatter-yaml",
  "frontmatter-too-large",
  "frontmatter-not-mapping"
]);
function checkSpecGlobs(globs) {
  for (const pattern of globs) {
    const slashed = pattern.replace(/\\/g, "/");
    if (slashed.startsWith("/") || /^[A-Za-z]:\//.test(slashed) || slashed.split("/").includes("..")) {
      throw new Error(`spec glob "${pattern}" reaches outside the workspace; use a pattern relative to it`);
    }
    const problem = globProblem(pattern);
    if (problem) throw new Error(`spec glob "${pattern}" ${problem}`);
  }
}
async function findSpecs(workspace, globs) {
  const options = {
    cwd: workspace,
    onlyFiles: true,
    expandDirectories: false,
    // A spec may be a link to a file elsewhere in the repository; links leaving it are refused when read.
    followSymbolicLinks: true,
    ignore: ["**/node_modules/**", "**/.git/**"]
  };
  const all = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const pattern of globs) {
    const matched = await glob([pattern], options);
    if (matched.length === 0) unmatched.push(pattern);
    for (const file of matched) all.add(file.replace(/\\/g, "/"));
  }
  return { files: [...all].sort(compareStrings), unmatched };
}
async function insideWorkspace(root, file) {
  try {
    const real = await realpath(file);
    const rel = relative(root, real);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    return true;
  }
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}
function frontmatterPaths(spec, paths, key, problems) {
  const value = paths[key];
  if (value === void 0 || value === null) return void 0;
  const pointer = `/paths/${key}`;
  if (!Array.isArray(value) && typeof value !== "string") {
    problems.push({ file: spec.file, line: spec.frontmatter_lines[pointer], message: `frontmatter paths.${key} is ${describe(value)}, expected a path or a list of paths` });
    return null;
  }
  const items = Array.isArray(value) ? value : [value];
  const result = [];
  let ok = true;
  items.forEach((item, i) => {
    const field = Array.isArray(value) ? `paths.${key}[${i}]` : `paths.${key}`;
    const line = (Array.isArray(value) ? spec.frontmatter_lines[`${pointer}/${i}`] : void 0) ?? spec.frontmatter_lines[pointer];
    if (typeof item !== "string") {
      problems.push({ file: spec.file, line, message: `frontmatter ${field} is ${describe(item)}, expected a path` });
      ok = false;
      return;
    }
    const normalized = normalizeRelative(item);
    if ("error" in normalized) {
      problems.push({ file: spec.file, line, message: `frontmatter ${field} ${JSON.stringify(item)} ${normalized.error}` });
      ok = false;
    } else if (!result.includes(normalized.path)) {
      result.push(normalized.path);
    }
  });
  return ok ? result : null;
}
async function readCandidate(root, workspace, file, problems) {
  const full = resolve(workspace, file);
  if (!await insideWorkspace(root, full)) {
    problems.push({ file, message: "spec file is a symbolic link to a file outside the workspace; it was not read" });
    return null;
  }
  const spec = await loadSpec(full, file);
  const blocking = spec.issues.filter((issue) => issue.severity === "error" && BLOCKING_RULES.has(issue.rule));
  if (blocking.length > 0) {
    for (const issue of blocking) problems.push({ file, line: issue.line, message: issue.message });
    return null;
  }
  let component;
  let line;
  const declared = spec.frontmatter["component"];
  if (declared !== void 0 && declared !== null) {
    line = spec.frontmatter_lines["/component"];
    if (typeof declared !== "string") {
      problems.push({ file, line, message: `frontmatter component is ${describe(declared)}, expected a name` });
      return null;
    }
    component = declared;
  } else {
    component = basename(file).replace(/\.(md|markdown)$/i, "");
  }
  try {
    validateComponentName(component);
  } catch (error) {
    const from = line === void 0 ? " (from the file name; set frontmatter component to choose another)" : "";
    problems.push({ file, line, message: `${error.message}${from}` });
    return null;
  }
  const paths = spec.frontmatter["paths"];
  if (paths !== void 0 && paths !== null && (typeof paths !== "object" || Array.isArray(paths))) {
    problems.push({ file, line: spec.frontmatter_lines["/paths"], message: `frontmatter paths is ${describe(paths)}, expected a mapping with source and tests` });
    return null;
  }
  const given = paths ?? {};
  const source = frontmatterPaths(spec, given, "source", problems);
  const tests = frontmatterPaths(spec, given, "tests", problems);
  if (source === null || tests === null) return null;
  return { component, spec: file, line, source, tests };
}
async function discoverComponents(opts) {
  const workspace = resolve(opts.workspace);
  const globs = opts.globs && opts.globs.length > 0 ? opts.globs : [...DEFAULT_SPEC_GLOBS];
  checkSpecGlobs(globs);
  const root = await realpath(workspace);
  const problems = [];
  const { files, unmatched } = await findSpecs(workspace, globs);
  for (const pattern of unmatched) problems.push({ file: pattern, message: `spec glob "${pattern}" matches no file` });
  const candidates = [];
  for (const file of files) {
    const candidate = await readCandidate(root, workspace, file, problems);
    if (candidate) candidates.push(candidate);
  }
  const byName = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const same = byName.get(candidate.component);
    if (same) same.push(candidate);
    else byName.set(candidate.component, [candidate]);
  }
  const unique = [];
  for (const [name, same] of byName) {
    if (same.length === 1) {
      unique.push(same[0]);
      continue;
    }
    const all = same.map((c) => c.spec).join(", ");
    for (const other of same.slice(1)) {
      problems.push({
        file: other.spec,
        line: other.line,
        message: `component "${name}" is declared by both ${same[0].spec} and ${other.spec} (all declaring it: ${all}); none of them is planned \u2014 give each spec its own component name`
      });
    }
  }
  const components = [];
  for (const candidate of unique.sort((a, b) => compareStrings(a.component, b.component))) {
    let { source, tests } = candidate;
    if (source === void 0 || tests === void 0) {
      const { config } = await loadConfig({ workspace, configPath: opts.configPath, component: candidate.component });
      const fromConfig = (key) => {
        const normalized = normalizeRelative(config.paths[key]);
        if ("path" in normalized) return [normalized.path];
        problems.push({
          file: candidate.spec,
          message: `the configuration's paths.${key} for component "${candidate.component}" is ${JSON.stringify(config.paths[key])}, which ${normalized.error}`
        });
        return void 0;
      };
      source ??= fromConfig("source");
      tests ??= fromConfig("tests");
      if (source === void 0 || tests === void 0) continue;
    }
    components.push({ component: candidate.component, spec: candidate.spec, source, tests });
  }
  problems.sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message));
  return { components, problems };
}

// src/plan/deleted.ts
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, dirname, isAbsolute as isAbsolute2, join } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  return (await run("git", ["-c", "core.quotePath=false", ...args], { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 })).stdout;
}
async function deletedSpecs(opts) {
  const inside = (file) => !file.startsWith("../") && !isAbsolute2(file);
  const gone = opts.changed.filter((file) => /\.(?:md|markdown)$/i.test(file) && inside(file) && !existsSync(join(opts.workspace, file)));
  if (gone.length === 0) return [];
  const scratch = await mkdtemp(join(tmpdir(), "s2p-deleted-specs-"));
  let matched;
  try {
    for (const file of gone) {
      await mkdir(join(scratch, dirname(file)), { recursive: true });
      await writeFile(join(scratch, file), "");
    }
    matched = (await findSpecs(scratch, opts.globs)).files;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (matched.length === 0) return [];
  const head = opts.head ?? "HEAD";
  const from = (await git(opts.workspace, ["merge-base", opts.base, head]).catch(() => opts.base)).trim() || opts.base;
  const planned = new Set(opts.components.map((c) => c.component));
  const out = [];
  for (const spec of matched) {
    const text2 = await git(opts.workspace, ["show", `${from}:./${spec}`]).catch(() => "");
    const declared = parseSpec(text2, spec).frontmatter["component"];
    const component = typeof declared === "string" && declared !== "" ? declared : basename2(spec).replace(/\.(md|markdown)$/i, "");
    if (!planned.has(component)) out.push({ spec, component });
  }
  return out;
}
function deletedSpecWarning(deleted) {
  return `spec ${deleted.spec} was deleted by this change: component ${deleted.component} is planned no more, so no leg judges its code and the aggregate does not expect it \u2014 a component retired, or its gates dropped from the run`;
}

// src/plan/index.ts
import { isAbsolute as isAbsolute3, relative as relative2, resolve as resolve2 } from "node:path";

// src/plan/changed.ts
import { execFile as execFile2 } from "node:child_process";
import { posix } from "node:path";
import { promisify as promisify2 } from "node:util";
var run2 = promisify2(execFile2);
var DEFAULT_WORKFLOW_PATHS = [".github/workflows/", ".github/actions/"];
var DEFAULT_CONFIG_PATHS = [".github/spec-to-production.yml", ".github/spec-to-production.yaml"];
var SHARED_FILE = /^(?:CMakeLists\.txt|package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-(?:lock|workspace)\.yaml|bun\.lockb?|\.npmrc|\.yarnrc(?:\.yml)?|pyproject\.toml|setup\.(?:py|cfg)|(?:requirements|constraints)(?:[-_.][\w.-]*)?\.(?:txt|in)|Pipfile(?:\.lock)?|poetry\.lock|uv\.lock|pdm\.lock|(?:ts|js)config(?:[.\w-]*)?\.json|eslint\.config\.[cm]?[jt]s|\.eslintrc(?:\.\w+)?|\.eslintignore|(?:jest|vitest|vite|babel)\.config\.[\w.]+|\.babelrc(?:\.\w+)?|\.swcrc|\.?ruff\.toml|\.?mypy\.ini|\.?pylintrc|pyrightconfig\.json|pytest\.ini|tox\.ini|conftest\.py|\.coveragerc|\.flake8|\.secretlintrc(?:\.\w+)?|\.secretlintignore|\.gitleaks\.toml|\.gitleaksignore|\.bandit|\.nycrc(?:\.\w+)?|\.c8rc(?:\.\w+)?)$/;
var NOT_CODE = /(?:\.(?:md|markdown|mdx|rst|adoc|txt|png|jpe?g|gif|svg|ico|webp)|(?:^|\/)(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CODEOWNERS|CHANGELOG|CONTRIBUTING|SECURITY|\.gitignore|\.gitattributes|\.mailmap|\.editorconfig)(?:\.[\w-]+)?)$/i;
var REQUIREMENTS_DIR_FILE = /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/;
var GITHUB_SETTINGS = /^\.github\/(?:[^/]+\.(?:ya?ml|json)|(?:ISSUE_TEMPLATE|DISCUSSION_TEMPLATE|PULL_REQUEST_TEMPLATE)\/.*)$/i;
var SHARED_DIRS = [".github/instructions/"];
var CONFIG = ["-c", "core.quotePath=false", "-c", "diff.relative=false", "-c", "color.ui=false"];
var MAX_BUFFER = 256 * 1024 * 1024;
async function git2(cwd, args) {
  const { stdout } = await run2("git", [...CONFIG, ...args], { cwd, encoding: "utf8", maxBuffer: MAX_BUFFER });
  return stdout;
}
async function resolveCommit(cwd, ref, role) {
  if (ref === "" || ref.startsWith("-") || /[\0\n\r]/.test(ref)) throw new Error(`invalid ${role} ref ${JSON.stringify(ref)}`);
  try {
    return (await git2(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch (error) {
    const stderr = String(error.stderr ?? "");
    if (/not a git repository/i.test(stderr)) {
      throw new Error(`${cwd} is not inside a git repository; a changed-only plan needs one`, { cause: error });
    }
    throw new Error(
      `${role} ref "${ref}" does not exist in the repository at ${cwd} (is it fetched? actions/checkout needs fetch-depth: 0 for a changed-only plan)`,
      { cause: error }
    );
  }
}
async function changedFiles(opts) {
  const cwd = opts.workspace;
  const head = await resolveCommit(cwd, opts.head ?? "HEAD", "head");
  const base = await resolveCommit(cwd, opts.base, "base");
  let mergeBase;
  try {
    mergeBase = (await git2(cwd, ["merge-base", base, head])).trim();
  } catch (error) {
    throw new Error(
      `base ref "${opts.base}" and head "${opts.head ?? "HEAD"}" have no common ancestor (a shallow checkout? actions/checkout needs fetch-depth: 0)`,
      { cause: error }
    );
  }
  const [output, prefix] = await Promise.all([
    git2(cwd, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", mergeBase, head, "--"]),
    git2(cwd, ["rev-parse", "--show-prefix"]).then((out) => out.trim())
  ]);
  const files = /* @__PURE__ */ new Set();
  for (const name of output.split("\0")) {
    if (name === "") continue;
    if (name.startsWith(prefix)) files.add(name.slice(prefix.length));
    else {
      const above = outsideWorkspace(name, prefix);
      if (above !== null) files.add(above);
    }
  }
  return [...files].sort(compareStrings);
}
function outsideWorkspace(name, prefix) {
  const depth = prefix.split("/").filter(Boolean).length;
  const up = "../".repeat(depth);
  if (/^\.github\/(?:workflows|actions)\//.test(name)) return `${up}${name}`;
  const dir = posix.dirname(name);
  if (dir !== "." && !prefix.startsWith(`${dir}/`)) return null;
  return `${"../".repeat(depth - (dir === "." ? 0 : dir.split("/").length))}${posix.basename(name)}`;
}
var WORKFLOW_ABOVE = /^(?:\.\.\/)+\.github\/(?:workflows|actions)\//;
function normalizedAll(paths) {
  const result = [];
  for (const path of paths) {
    const normalized = normalizeRelative(path);
    if ("path" in normalized) result.push(normalized.path);
  }
  return result;
}
function selectChanged(components, changed, opts) {
  const files = [...new Set(changed.map((file) => file.replace(/\\/g, "/")))].sort(compareStrings);
  const configPaths2 = normalizedAll(typeof opts.configPath === "string" ? [opts.configPath] : opts.configPath);
  const workflowPaths = normalizedAll(opts.workflowFiles ?? DEFAULT_WORKFLOW_PATHS);
  const reason = /* @__PURE__ */ Object.create(null);
  let global;
  for (const file of files) {
    if (configPaths2.includes(file)) global = `configuration ${file} changed`;
    else if (workflowPaths.some((path) => isUnder(file, path)) || WORKFLOW_ABOVE.test(file)) global = `workflow ${file} changed`;
    if (global) break;
  }
  const owned = (file) => components.some((c) => [...c.source, ...c.tests].some((path) => isUnder(file, path)));
  if (!global) {
    const shared = files.find(
      (file) => (SHARED_FILE.test(file.slice(file.lastIndexOf("/") + 1)) || REQUIREMENTS_DIR_FILE.test(file) || SHARED_DIRS.some((dir) => isUnder(file, dir))) && !owned(file)
    );
    if (shared !== void 0) global = `${shared} changed (dependencies or tool configuration every component is judged with)`;
  }
  if (!global) {
    const specs = new Set(components.map((c) => c.spec));
    const code = files.find((file) => !owned(file) && !specs.has(file) && !NOT_CODE.test(file) && !GITHUB_SETTINGS.test(file));
    if (code !== void 0) global = `${code} changed, outside every component's paths (code any of them may use, so every one is judged with it)`;
  }
  if (global) {
    for (const component of components) reason[component.component] = global;
    return { selected: [...components], reason };
  }
  const changedSet = new Set(files);
  const sourceChanged = /* @__PURE__ */ new Set();
  for (const component of components) {
    let why;
    if (changedSet.has(component.spec)) why = `spec ${component.spec} changed`;
    for (const [kind, paths] of [["source", component.source], ["tests", component.tests]]) {
      for (const path of paths) {
        const file = files.find((f) => isUnder(f, path));
        if (file !== void 0) {
          why ??= `${file} changed (${kind} path ${path})`;
          if (kind === "source") sourceChanged.add(component.component);
          break;
        }
      }
    }
    if (why) reason[component.component] = why;
  }
  const dependencies = opts.dependencies ?? /* @__PURE__ */ new Map();
  for (let grew = true; grew; ) {
    grew = false;
    for (const component of components) {
      if (sourceChanged.has(component.component)) continue;
      const via = dependencies.get(component.component)?.find((d) => sourceChanged.has(d.component));
      if (!via) continue;
      sourceChanged.add(component.component);
      reason[component.component] ??= `depends on ${via.package} (${via.manifest}), the package of component ${via.component}, whose sources this change touches`;
      grew = true;
    }
  }
  return { selected: components.filter((c) => reason[c.component] !== void 0), reason };
}

// src/plan/dependencies.ts
import { open } from "node:fs/promises";
import { join as join2, posix as posix2 } from "node:path";
var NODE_DEPENDENCY_KEYS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];
function pythonName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var MANIFEST_LIMIT = 256 * 1024;
var MAX_TABLES = 256;
var EVERY_PACKAGE = "*";
async function text(workspace, rel) {
  try {
    const handle = await open(join2(workspace, rel), "r");
    try {
      const info = await handle.stat();
      if (!info.isFile()) return null;
      if (info.size > MANIFEST_LIMIT) return "too-large";
      return await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
function withoutSpans(text2, pairs) {
  let out = "";
  let at = 0;
  for (; ; ) {
    let next = -1;
    let pair;
    for (const p of pairs) {
      const i = text2.indexOf(p[0], at);
      if (i !== -1 && (next === -1 || i < next)) [next, pair] = [i, p];
    }
    if (next === -1 || pair === void 0) return out + text2.slice(at);
    out += text2.slice(at, next);
    const end = text2.indexOf(pair[1], next + pair[0].length);
    if (end === -1) return out;
    at = end + pair[1].length;
  }
}
function spans(text2, open2, close) {
  const found = [];
  for (let at = text2.indexOf(open2); at !== -1; ) {
    const end = text2.indexOf(close, at + open2.length);
    if (end === -1) break;
    found.push(text2.slice(at + open2.length, end));
    at = text2.indexOf(open2, end + close.length);
  }
  return found;
}
function nodePackage(manifest, raw) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const json = data;
  const dependsOn = /* @__PURE__ */ new Set();
  for (const key of NODE_DEPENDENCY_KEYS) {
    const table = json[key];
    if (typeof table === "object" && table !== null && !Array.isArray(table)) for (const dep of Object.keys(table)) dependsOn.add(dep);
  }
  return { manifest, ...typeof json.name === "string" && json.name !== "" ? { name: `npm:${json.name}` } : {}, dependsOn: new Set([...dependsOn].map((d) => `npm:${d}`)) };
}
function requirementNames(body) {
  const names = [];
  for (const m of body.matchAll(/["']\s*([A-Za-z0-9][A-Za-z0-9._-]*)/g)) names.push(pythonName(m[1]));
  return names;
}
function tableKeys(body) {
  return [...body.matchAll(/^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/gm)].map((m) => pythonName(m[1]));
}
function pythonPackage(manifest, raw) {
  const project = section(raw, "project");
  const name = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(project)?.[1];
  const dependsOn = /* @__PURE__ */ new Set();
  const array = /^\s*dependencies\s*=\s*\[/m.exec(project);
  if (array) {
    const start = array.index + array[0].length;
    const end = project.indexOf("]", start);
    for (const n of requirementNames(project.slice(start, end === -1 ? project.length : end))) dependsOn.add(n);
  }
  for (const table of ["project.optional-dependencies", "dependency-groups"]) for (const n of requirementNames(section(raw, table))) dependsOn.add(n);
  for (const table of ["tool.uv.sources", "tool.poetry.dependencies", "tool.poetry.dev-dependencies"]) for (const n of tableKeys(section(raw, table))) dependsOn.add(n);
  let groups = 0;
  for (const m of raw.matchAll(/^\s*\[tool\.poetry\.group\.[^\]]+\.dependencies\]\s*$/gm)) {
    if (++groups > MAX_TABLES) return { manifest, ...name ? { name: `py:${pythonName(name)}` } : {}, dependsOn: /* @__PURE__ */ new Set([EVERY_PACKAGE]) };
    for (const n of tableKeys(section(raw, m[0].trim().slice(1, -1)))) dependsOn.add(n);
  }
  return { manifest, ...name ? { name: `py:${pythonName(name)}` } : {}, dependsOn: new Set([...dependsOn].map((d) => `py:${d}`)) };
}
function crateName(name) {
  return `cargo:${name.toLowerCase().replace(/_/g, "-")}`;
}
function cargoPackage(manifest, raw) {
  const name = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(section(raw, "package"))?.[1];
  const dependsOn = /* @__PURE__ */ new Set();
  let tables = 0;
  for (const m of raw.matchAll(/^\s*\[([^\]\n]+)\]\s*$/gm)) {
    const header = m[1].trim();
    const table = /(?:^|\.)(?:dev-|build-)?dependencies(?:\.["']?([A-Za-z0-9_-]+)["']?)?$/.exec(header);
    if (!table) continue;
    if (++tables > MAX_TABLES) return { manifest, ...name ? { name: crateName(name) } : {}, dependsOn: /* @__PURE__ */ new Set([EVERY_PACKAGE]) };
    const body = section(raw, header);
    if (table[1] !== void 0) {
      dependsOn.add(crateName(/^\s*package\s*=\s*["']([^"']+)["']/m.exec(body)?.[1] ?? table[1]));
      continue;
    }
    for (const line of body.split("\n")) {
      const key = /^\s*["']?([A-Za-z0-9_-]+)["']?\s*[.=]/.exec(line)?.[1];
      if (key !== void 0) dependsOn.add(crateName(/\bpackage\s*=\s*["']([^"']+)["']/.exec(line)?.[1] ?? key));
    }
  }
  return { manifest, ...name ? { name: crateName(name) } : {}, dependsOn };
}
function goModule(manifest, raw) {
  const code = raw.replace(/\/\/[^\n]*/g, "");
  const name = /^\s*module\s+"?([^\s"]+)"?/m.exec(code)?.[1];
  const dependsOn = /* @__PURE__ */ new Set();
  const directive = /^[ \t]*(?:require|replace)\b[ \t]*(\()?/gm;
  for (let m = directive.exec(code); m; m = directive.exec(code)) {
    const start = m.index + m[0].length;
    const end = m[1] ? code.indexOf(")", start) : code.indexOf("\n", start);
    const body = code.slice(start, end === -1 ? code.length : end);
    for (const line of body.split("\n")) {
      const path = /^\s*"?([^\s"=]+)"?\s/.exec(`${line} `)?.[1];
      if (path !== void 0) dependsOn.add(`go:${path}`);
    }
    if (end === -1) break;
    directive.lastIndex = Math.max(directive.lastIndex, end);
  }
  return { manifest, ...name ? { name: `go:${name}` } : {}, dependsOn };
}
function mavenModule(manifest, raw) {
  const xml = withoutSpans(raw, [["<!--", "-->"]]);
  const artifact = (text2) => /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(text2)?.[1];
  const outer = ["parent", "dependencies", "dependencyManagement", "build", "profiles"].map((e) => [`<${e}>`, `</${e}>`]);
  const own = artifact(withoutSpans(xml, outer));
  const dependsOn = /* @__PURE__ */ new Set();
  for (const body of spans(xml, "<dependency>", "</dependency>")) {
    const dep = artifact(body);
    if (dep !== void 0) dependsOn.add(`mvn:${dep}`);
  }
  return { manifest, ...own ? { name: `mvn:${own}` } : {}, dependsOn };
}
var MANIFESTS = {
  "package.json": nodePackage,
  "pyproject.toml": pythonPackage,
  "Cargo.toml": cargoPackage,
  "go.mod": goModule,
  "pom.xml": mavenModule
};
function manifestDirs(path) {
  const dirs = [];
  let dir = matchPrefix(path);
  while (dir !== ROOT_PATH && dir !== "" && dir !== "/") {
    dirs.push(dir);
    dir = posix2.dirname(dir);
  }
  return dirs;
}
async function componentPackages(workspace, components) {
  const cache = /* @__PURE__ */ new Map();
  const read = (manifest) => {
    let found = cache.get(manifest);
    if (!found) {
      found = text(workspace, manifest).then(
        (raw) => raw === null ? null : raw === "too-large" ? { manifest, dependsOn: /* @__PURE__ */ new Set([EVERY_PACKAGE]) } : MANIFESTS[posix2.basename(manifest)](manifest, raw)
      );
      cache.set(manifest, found);
    }
    return found;
  };
  const result = /* @__PURE__ */ new Map();
  for (const component of components) {
    const packages = /* @__PURE__ */ new Map();
    for (const path of [...component.source, ...component.tests]) {
      for (const file of Object.keys(MANIFESTS)) {
        for (const dir of manifestDirs(path)) {
          const pkg = await read(`${dir}/${file}`);
          if (pkg) {
            packages.set(pkg.manifest, pkg);
            break;
          }
        }
      }
    }
    result.set(component.component, [...packages.values()]);
  }
  return result;
}
function componentDependencies(packages) {
  const owners = /* @__PURE__ */ new Map();
  for (const [component, pkgs] of packages) {
    for (const pkg of pkgs) if (pkg.name !== void 0) owners.set(pkg.name, [...owners.get(pkg.name) ?? [], { component, pkg }]);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [component, pkgs] of packages) {
    const deps = [];
    const own = new Set(pkgs.map((p) => p.manifest));
    for (const pkg of pkgs) {
      if (pkg.dependsOn.has(EVERY_PACKAGE)) {
        for (const [other, theirs] of packages) {
          if (other === component || theirs.some((p) => own.has(p.manifest))) continue;
          deps.push({ component: other, package: `every package (${pkg.manifest} is too large to read through)`, manifest: pkg.manifest });
        }
        continue;
      }
      for (const name of pkg.dependsOn) {
        for (const owner of owners.get(name) ?? []) {
          if (owner.component === component || own.has(owner.pkg.manifest)) continue;
          deps.push({ component: owner.component, package: name.slice(name.indexOf(":") + 1), manifest: pkg.manifest });
        }
      }
    }
    if (deps.length > 0) result.set(component, deps);
  }
  return result;
}

// src/plan/matrix.ts
var MAX_MATRIX_JOBS = 256;
function toMatrix(components) {
  return { include: components.map(({ component, spec }) => ({ component, spec })) };
}
function planOutputs(components) {
  return { matrix: JSON.stringify(toMatrix(components)), count: String(components.length) };
}
function matrixSizeProblem(count) {
  if (count <= MAX_MATRIX_JOBS) return void 0;
  return `${count} components exceed GitHub's limit of ${MAX_MATRIX_JOBS} jobs per matrix; split them across plans (several spec globs, several matrix jobs)`;
}

// src/plan/index.ts
function configPaths(workspace, configPath) {
  if (configPath === void 0 || configPath === "") return [...DEFAULT_CONFIG_PATHS];
  const rel = relative2(workspace, resolve2(workspace, configPath));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute3(rel) ? [rel.replace(/\\/g, "/")] : [];
}
async function runPlan(opts) {
  const workspace = resolve2(opts.workspace);
  const globs = opts.globs && opts.globs.length > 0 ? opts.globs : [...DEFAULT_SPEC_GLOBS];
  const changed = opts.changedSince ? await changedFiles({ workspace, base: opts.changedSince.base, head: opts.changedSince.head }) : void 0;
  const { components, problems } = await discoverComponents({ workspace, globs, configPath: opts.configPath });
  let selected = components;
  let reason;
  let deleted;
  if (changed && opts.changedSince) {
    deleted = await deletedSpecs({ workspace, base: opts.changedSince.base, head: opts.changedSince.head, changed, globs, components });
  }
  if (changed) {
    ;
    ({ selected, reason } = selectChanged(components, changed, {
      configPath: configPaths(workspace, opts.configPath),
      workflowFiles: opts.workflowFiles,
      dependencies: componentDependencies(await componentPackages(workspace, components))
    }));
  }
  const tooMany = matrixSizeProblem(selected.length);
  if (tooMany) problems.push({ file: globs.join(", "), message: tooMany });
  return { discovered: components, selected, reason, changed, ...deleted && deleted.length > 0 ? { deleted } : {}, problems, matrix: toMatrix(selected), outputs: planOutputs(selected) };
}

export {
  DEFAULT_SPEC_GLOBS,
  deletedSpecWarning,
  runPlan
};
