import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";

// src/config/templates.ts
var COMMAND_VARS = ["component", "reports", "path", "tests", "sha"];
var DEPLOYMENT_VARS = [...COMMAND_VARS, "environment", "outputs", "environment_url", "staging_url"];
var PATH_VARS = ["component"];
var COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;
var MAX_COMPONENT_NAME = 100;
var SHELL_SAFE = /^[A-Za-z0-9._/:=@%+,-]+$/;
var PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function validateComponentName(name) {
  const shown = JSON.stringify(name);
  const rule = "use 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')";
  if (typeof name !== "string" || name === "") throw new ConfigurationError(`Component name is empty: ${rule}`);
  if (name.length > MAX_COMPONENT_NAME) {
    throw new ConfigurationError(`Component name ${shown.slice(0, 40)}\u2026 is ${name.length} characters long: ${rule}`);
  }
  if (name === "." || name === ".." || !COMPONENT_NAME.test(name)) {
    throw new ConfigurationError(`Invalid component name ${shown}: ${rule}`);
  }
  return name;
}
function shellQuote(value) {
  if (SHELL_SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function parseTemplate(template) {
  const pieces = [];
  let text = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    const next = template[i + 1];
    if (ch === "{" && next === "{" || ch === "}" && next === "}") {
      text += ch;
      i += 2;
    } else if (ch === "{") {
      const end = template.indexOf("}", i + 1);
      const name = end === -1 ? "" : template.slice(i + 1, end);
      if (!PLACEHOLDER_NAME.test(name)) {
        return `'{' at position ${i + 1} opens no placeholder; write '{{' for a literal brace`;
      }
      if (text !== "") pieces.push({ text });
      text = "";
      pieces.push({ name, index: i + 1 });
      i = end + 1;
    } else if (ch === "}") {
      return `'}' at position ${i + 1} closes no placeholder; write '}}' for a literal brace`;
    } else {
      text += ch;
      i += 1;
    }
  }
  if (text !== "") pieces.push({ text });
  return pieces;
}
function templateProblem(template, allowed) {
  const pieces = parseTemplate(template);
  if (typeof pieces === "string") return pieces;
  for (const piece of pieces) {
    if ("name" in piece && !allowed.includes(piece.name)) return unknownPlaceholder(piece.name, allowed);
  }
  return null;
}
function unknownPlaceholder(name, allowed) {
  const names = allowed.map((n) => `{${n}}`).join(", ");
  return `unknown placeholder {${name}}; allowed: ${names || "(none)"} (write {{ and }} for literal braces)`;
}
function renderTemplate(template, vars, where, options = {}) {
  const pieces = parseTemplate(template);
  if (typeof pieces === "string") throw new ConfigurationError(`${where}: ${pieces} in ${JSON.stringify(template)}`);
  const quote = options.quote ?? true;
  let out = "";
  for (const piece of pieces) {
    if ("text" in piece) {
      out += piece.text;
      continue;
    }
    if (!Object.hasOwn(vars, piece.name)) {
      throw new ConfigurationError(`${where}: ${unknownPlaceholder(piece.name, Object.keys(vars))}`);
    }
    const value = vars[piece.name];
    out += quote ? shellQuote(value) : value;
  }
  return out;
}

export {
  COMMAND_VARS,
  DEPLOYMENT_VARS,
  PATH_VARS,
  validateComponentName,
  shellQuote,
  templateProblem,
  renderTemplate
};
