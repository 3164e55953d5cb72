
// src/reports/types.ts
var FLAKY_MESSAGES = 5;
var ReportError = class extends Error {
  constructor(file, format, where, detail) {
    super(`${file}: not a valid ${format} report (${where}): ${detail}`);
    this.file = file;
    this.format = format;
    this.where = where;
    this.detail = detail;
    this.name = "ReportError";
  }
  file;
  format;
  where;
  detail;
};

export {
  FLAKY_MESSAGES,
  ReportError
};
