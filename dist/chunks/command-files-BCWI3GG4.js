import {
  simpleCommands
} from "./chunk-PTZTZWFV.js";
import "./chunk-QFJOODSQ.js";
import "./chunk-YJ4WECTM.js";
import "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import "./chunk-V5KI2VEC.js";
import "./chunk-4GTCQ74A.js";
import "./chunk-HYULKLIY.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/engine/command-files.ts
var LAUNCHERS = /* @__PURE__ */ new Set(["npx", "uvx", "pipx", "bunx", "exec", "time", "env", "cross-env", "nice", "command", "xvfb-run", "dotenv"]);
var RUN_LAUNCHERS = /* @__PURE__ */ new Set(["uv", "poetry", "pdm", "pipenv", "rye", "pixi"]);
var FILE_WORD = /\.(?:sh|bash|zsh|py|[cm]?[jt]s|rb|pl|ps1|json[c5]?|ya?ml|toml|ini|cfg|conf|mk|xml|properties)$/;
var DEPENDENCIES = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|requirements[^/]*\.(?:txt|in)|requirements\/[^/]+\.(?:txt|in)|constraints[^/]*\.txt|Pipfile(?:\.lock)?|poetry\.lock|pdm\.lock|uv\.lock|pyproject\.toml|go\.(?:mod|sum)|Cargo\.(?:toml|lock)|Gemfile(?:\.lock)?|composer\.(?:json|lock)|pom\.xml|gradle\.lockfile|packages\.lock\.json)$/;
function programOf(words) {
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (/^[A-Za-z_]\w*=/.test(w)) i++;
    else if (LAUNCHERS.has(w)) {
      i++;
      while (i < words.length && (words[i].startsWith("-") || words[i] === "run")) i++;
    } else if (RUN_LAUNCHERS.has(w) && words[i + 1] === "run") {
      i += 2;
      while (i < words.length && words[i].startsWith("-")) i++;
    } else if (/^python[\d.]*$/.test(w) && words[i + 1] === "-m" && i + 2 < words.length) {
      return { program: words[i + 2], args: words.slice(i + 3) };
    } else break;
  }
  if (i >= words.length) return null;
  return { program: words[i].replace(/^.*\//, ""), args: words.slice(i + 1) };
}
var firstOperand = (args) => args.find((a) => !a.startsWith("-"));
function scriptParts(name, npm) {
  const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const names = npm ? `"(?:pre|post)?${quoted.slice(1, -1)}"` : quoted;
  return new RegExp(`^"scripts"\\.${names}$`);
}
function commandSources(commands, own) {
  const files = /* @__PURE__ */ new Map();
  const parts = [];
  const addFile = (file, gates, key) => {
    const at = files.get(file) ?? { gates: /* @__PURE__ */ new Set(), keys: /* @__PURE__ */ new Set() };
    for (const g of gates) at.gates.add(g);
    at.keys.add(`run by ${key}`);
    files.set(file, at);
  };
  const ownPath = (file) => own.some((d) => d !== "." && d !== "" && (file === d || file.startsWith(`${d}/`)));
  const PACKAGE_JSON = /^package\.json$/;
  for (const [gates, key, command] of commands) {
    if (!command) continue;
    for (const words of simpleCommands(command)) {
      for (const raw of words) {
        const word = raw.replace(/^--?[\w-]+=/, "").replace(/^\.\//, "");
        if (word === "" || word.startsWith("-") || /[{}$*?]/.test(word) || word.startsWith("/") || word.includes("..")) continue;
        if (!(FILE_WORD.test(word) || word.includes("/") || /^\.[\w.-]+$/.test(word)) || ownPath(word) || DEPENDENCIES.test(word)) continue;
        addFile(word, gates, key);
      }
      const run = programOf(words);
      if (!run) continue;
      const { program, args } = run;
      const operand = firstOperand(args);
      if (program === "make" || program === "gmake") {
        const dir = args.find((_, i) => args[i - 1] === "-C") ?? /^--directory=(.+)$/.exec(args.find((a) => a.startsWith("--directory=")) ?? "")?.[1];
        const prefix = dir && !dir.startsWith("/") && !dir.includes("{") ? `${dir.replace(/^\.\//, "").replace(/\/+$/, "")}/` : "";
        for (const name of ["GNUmakefile", "makefile", "Makefile"]) addFile(`${prefix}${name}`, gates, key);
      } else if (program === "tox") {
        parts.push([gates, /^tox\.ini$/, /^\[(?:tox|testenv(?::[^\]]*)?)\]$/, key]);
        parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.tox(?:\.|\])/, key]);
        parts.push([gates, /^setup\.cfg$/, /^\[(?:tox:tox|testenv(?::[^\]]*)?)\]$/, key]);
        addFile("tox.toml", gates, key);
      } else if (program === "nox") addFile("noxfile.py", gates, key);
      else if (program === "just") for (const name of ["justfile", "Justfile", ".justfile"]) addFile(name, gates, key);
      else if (program === "task") for (const name of ["Taskfile.yml", "Taskfile.yaml", "taskfile.yml", "taskfile.yaml"]) addFile(name, gates, key);
      else if (program === "invoke" || program === "inv") addFile("tasks.py", gates, key);
      else if (program === "rake") addFile("Rakefile", gates, key);
      else if (program === "hatch" && operand === "run") {
        addFile("hatch.toml", gates, key);
        parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.hatch(?:\.|\])/, key]);
      } else if (program === "poe") parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.poe(?:\.|\])/, key]);
      else if (program === "pdm" && operand !== void 0) parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.pdm\.scripts(?:\.|\])/, key]);
      else if (program === "npm" || program === "pnpm" || program === "yarn" || program === "bun") {
        const verbs = args.filter((a) => !a.startsWith("-"));
        const name = verbs[0] === "test" || verbs[0] === "t" || verbs[0] === "tst" ? "test" : verbs[0] === "run" || verbs[0] === "run-script" ? verbs[1] : program !== "npm" && program !== "bun" && verbs[0] !== void 0 && !["exec", "dlx", "install", "add", "x"].includes(verbs[0]) ? verbs[0] : void 0;
        if (name) parts.push([gates, PACKAGE_JSON, scriptParts(name, program === "npm"), key]);
      }
    }
  }
  return { files, parts };
}
export {
  commandSources
};
