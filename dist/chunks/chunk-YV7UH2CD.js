import {
  getInput
} from "./chunk-PLYXDVHF.js";
import {
  ConfigurationError
} from "./chunk-3TGGJRN5.js";

// src/action/input-values.ts
var TRUE = ["true", "yes", "1", "on"];
var FALSE = ["false", "no", "0", "off"];
function booleanInput(name, fallback) {
  const raw = getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected true or false.`);
}
function commentMode(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "" || value === "auto") return "auto";
  if (TRUE.includes(value)) return "true";
  if (FALSE.includes(value)) return "false";
  if (value === "on-failure") return "on-failure";
  throw new ConfigurationError(`Invalid input comment: '${value}'. Expected true, false or on-failure.`);
}

export {
  booleanInput,
  commentMode
};
