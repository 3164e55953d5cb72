
// src/diff/filter.ts
function filterFindingsToChanged(findings, changed) {
  return findings.filter((f) => {
    if (f.file === "") return true;
    const lines = changed.get(f.file.replace(/\\/g, "/").replace(/^\.\//, ""));
    if (!lines) return false;
    if (f.line === void 0) return true;
    const end = f.end_line !== void 0 && f.end_line >= f.line ? Math.min(f.end_line, f.line + 1e4) : f.line;
    for (let n = f.line; n <= end; n++) if (lines.has(n)) return true;
    return false;
  });
}

export {
  filterFindingsToChanged
};
