
// src/instructions/glob-pattern.ts
function globProblem(pattern) {
  if (pattern.trim() === "") return "is empty";
  const control = /[\u0000-\u001f\u007f]/.exec(pattern);
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  const open = [];
  const closing = { "}": "{", "]": "[", ")": "(" };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    const inClass = open.at(-1)?.char === "[";
    if (inClass) {
      const start = open.at(-1).at;
      const first = pattern[start + 1] === "!" || pattern[start + 1] === "^" ? start + 2 : start + 1;
      if (c === "]" && i > first) open.pop();
      continue;
    }
    if (c === "{" || c === "[" || c === "(") open.push({ char: c, at: i });
    else if (c in closing) {
      const top = open.pop();
      if (top?.char !== closing[c]) return `has an unmatched "${c}" at character ${i + 1}`;
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) return `has an unclosed "${unclosed.char}" at character ${unclosed.at + 1}`;
  return void 0;
}
function splitPatterns(value) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim());
}

export {
  globProblem,
  splitPatterns
};
