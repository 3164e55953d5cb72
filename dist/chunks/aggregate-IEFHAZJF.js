import {
  overwriteProblem
} from "./chunk-PWW3LDXW.js";
import {
  aggregateJson,
  aggregateSummary,
  aggregateVerdict,
  collectReportFiles,
  expectedLegsFromMatrix,
  readLegReports,
  renderCombinedDashboard,
  verdictSentence
} from "./chunk-CGSAA4EU.js";
import "./chunk-G4FKJJNX.js";
import "./chunk-5M3EAJZP.js";
import "./chunk-ZKR3GZX6.js";
import "./chunk-S5VWDAK6.js";
import "./chunk-JYRDO3GB.js";
import "./chunk-A57JNBKH.js";
import "./chunk-IA6DIEBA.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-4CLWEP5D.js";
import "./chunk-ETVTLQDI.js";
import "./chunk-6G4JLRTB.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-TE4YH7PC.js";
import "./chunk-DAQTANZ3.js";
import "./chunk-HANBNIMK.js";

// src/cli/aggregate.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage:
  spec-to-production aggregate REPORT|DIR\u2026 [--expect NAME\u2026|--expect-file matrix.json]
                     [--summary FILE] [--dashboard FILE] [--json FILE]

  REPORT|DIR          leg reports; a folder is searched for workflow_report_*.json
  --expect NAME       a component the plan promised (repeat, or separate with commas)
  --expect-file FILE  the plan's matrix JSON: {"include":[{"component":"name"},\u2026]}
  --summary FILE      write the Markdown job summary here (default: stdout)
  --dashboard FILE    write the combined HTML dashboard here
  --json FILE         write the combined JSON verdict here

A component expected without a report is missing, and the aggregate fails: absence is never success.
Exit status: 0 every leg passed, 1 a leg failed or is missing or a report is unreadable, 2 bad usage.`;
var UsageError = class extends Error {
};
async function write(path, text) {
  const full = resolve(path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
  return full;
}
async function expectations(names, file) {
  if (!names.length && !file) return void 0;
  const out = names.flatMap((n) => n.split(",")).map((n) => n.trim()).filter(Boolean);
  if (file) {
    let data;
    try {
      data = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      throw new UsageError(`--expect-file ${file}: ${error.message}`);
    }
    try {
      out.push(...expectedLegsFromMatrix(data));
    } catch (error) {
      throw new UsageError(`--expect-file ${file}: ${error.message}`);
    }
  }
  return out;
}
async function aggregateCommand(argv) {
  try {
    let parsed;
    try {
      parsed = parse(argv);
    } catch (error) {
      throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(`${HELP}
`);
      return 0;
    }
    const expected = await expectations(values.expect ?? [], values["expect-file"]);
    if (!positionals.length && !expected?.length) throw new UsageError("aggregate needs REPORT files or folders, or the components to expect (--expect, --expect-file)");
    const files = await collectReportFiles(positionals);
    for (const [option, what, path] of [["--summary", "summary", values.summary], ["--dashboard", "dashboard", values.dashboard], ["--json", "JSON verdict", values.json]]) {
      if (!path) continue;
      const overwrite = await overwriteProblem(resolve(path), { cwd: process.cwd(), inputs: files, what, option });
      if (overwrite) throw new UsageError(overwrite);
    }
    const result = await readLegReports({ files, expected });
    const verdict = aggregateVerdict(result);
    const now = Date.now();
    const summary = aggregateSummary(result);
    const written = [];
    if (values.summary) written.push(`summary ${await write(values.summary, summary)}`);
    else printInert(process.stdout, summary);
    if (values.dashboard) written.push(`dashboard ${await write(values.dashboard, renderCombinedDashboard(result, now))}`);
    if (values.json) written.push(`JSON ${await write(values.json, `${JSON.stringify(aggregateJson(result, now), null, 2)}
`)}`);
    const line = `aggregate ${verdict.success ? "passed" : "FAILED"}: ${verdictSentence(result)}${written.length ? ` \xB7 ${written.join(" \xB7 ")}` : ""}
`;
    printInert(values.summary ? process.stdout : process.stderr, line);
    for (const name of result.missing) printInert(process.stderr, `missing: no report from ${JSON.stringify(name)} \u2014 the leg crashed or uploaded nothing
`);
    for (const bad of result.invalid) printInert(process.stderr, `${bad.component === void 0 ? "unreadable" : "refused"}: ${bad.file}: ${bad.reason}
`);
    return verdict.success ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`spec-to-production aggregate: ${error.message}
Try spec-to-production aggregate --help.
`);
    return 2;
  }
}
function parse(argv) {
  return parseArgs({
    args: argv,
    options: {
      expect: { type: "string", multiple: true },
      "expect-file": { type: "string" },
      summary: { type: "string" },
      dashboard: { type: "string" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true,
    allowPositionals: true
  });
}
export {
  aggregateCommand
};
