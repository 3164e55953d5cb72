#!/usr/bin/env node
import {
  VERSION,
  createConsoleHost,
  killRunningCommands,
  runWorkflow
} from "./chunks/chunk-XWHCXGOC.js";
import "./chunks/chunk-PWW3LDXW.js";
import {
  workspaceDirectory
} from "./chunks/chunk-TQDXKE7M.js";
import "./chunks/chunk-JOUZQ3LF.js";
import "./chunks/chunk-VZCHTACS.js";
import "./chunks/chunk-QDEQBNGY.js";
import "./chunks/chunk-2R5D4IJT.js";
import "./chunks/chunk-HU5KFTCI.js";
import "./chunks/chunk-LLSBVFXH.js";
import "./chunks/chunk-QFJOODSQ.js";
import "./chunks/chunk-YJ4WECTM.js";
import "./chunks/chunk-JAHX4E5E.js";
import "./chunks/chunk-6N4VMDZ6.js";
import "./chunks/chunk-V5KI2VEC.js";
import "./chunks/chunk-HXZPDVJ2.js";
import "./chunks/chunk-4GTCQ74A.js";
import "./chunks/chunk-24GEDJX4.js";
import "./chunks/chunk-LEJ6JWSO.js";
import "./chunks/chunk-KEV4FWKC.js";
import "./chunks/chunk-4LSZ7FBK.js";
import "./chunks/chunk-HYULKLIY.js";
import {
  formatSummary
} from "./chunks/chunk-SKZ7FANQ.js";
import "./chunks/chunk-DUVFWLAD.js";
import "./chunks/chunk-IA6DIEBA.js";
import "./chunks/chunk-NP6TI2MO.js";
import "./chunks/chunk-IGIGMMYD.js";
import "./chunks/chunk-4CLWEP5D.js";
import {
  printInert
} from "./chunks/chunk-Q3SWUYYB.js";
import {
  ConfigurationError,
  TARGETS
} from "./chunks/chunk-3TGGJRN5.js";
import "./chunks/chunk-TE4YH7PC.js";
import "./chunks/chunk-DAQTANZ3.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli.ts
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

// src/cli/usage.ts
var USAGE_LINES = [
  "spec-to-production --spec FILE --component NAME [--target dev|staging|production]",
  "                   [--config FILE] [--output FILE] [--workspace DIR] [--verbose]",
  "                   [--only-changed --base REF]",
  "spec-to-production init [--component NAME] [--force] [--workspace DIR]",
  "spec-to-production config --print --component NAME [--spec FILE] [--config FILE] [--format yaml|json] [--workspace DIR]",
  "spec-to-production validate-instructions [GLOB\u2026] [--workspace DIR]",
  "spec-to-production dashboard --component NAME [--days N] [--report FILE] [--output FILE] [--workspace DIR]",
  "spec-to-production tests --flaky | --slow | --history ID [--component NAME] [--base BRANCH] [--limit N] [--days N]",
  "                   [--workspace DIR] [--json]",
  "spec-to-production context list | show ID | export ID [--format md|json] [--workspace DIR]",
  "spec-to-production plan [--specs GLOB\u2026] [--config FILE] [--changed-only --base REF [--head REF]] [--workspace DIR]",
  "spec-to-production aggregate REPORT|DIR\u2026 [--expect NAME\u2026 | --expect-file matrix.json] [--summary FILE]",
  "                   [--dashboard FILE] [--json FILE]"
];

// src/cli.ts
var HELP = `spec-to-production ${VERSION}
Take one component from its specification to production through quality gates.

Usage:
${USAGE_LINES.map((line) => `  ${line}`).join("\n")}

Options:
  --spec FILE        the component's specification (Markdown with optional YAML frontmatter)
  --component NAME   component name: letters, digits, '.', '_' and '-' only
  --target STAGE     dev (default), staging or production: which stages run
  --config FILE      configuration file (default .github/spec-to-production.yml, else a preset)
  --output FILE      JSON report path (default workflow_report_<component>.json)
  --workspace DIR    repository root; commands run here (default: current directory)
  --only-changed     judge findings only on lines changed since --base, report patch coverage
  --base REF         base of the change for --only-changed (e.g. origin/main); also the branch
                     whose latest run test failures are compared with (test_insights), and what
                     gates compare their configuration files with (a changed one is a caveat)
  --verbose          debug output
  -h, --help         this help (after a command: that command's usage)
  --version          the version

Exit status: 0 every stage that ran passed, 1 a gate or stage failed or the run was cancelled,
2 bad usage or bad configuration.`;
var SUBCOMMAND_HELP = {
  init: `Usage: spec-to-production init [--component NAME] [--force] [--workspace DIR]

Writes .github/spec-to-production.yml (the commands the preset chose, with the reasons as comments), a spec template
specs/<component>.md and .github/workflows/spec-to-production.yml.
  --component NAME   the component (default: guessed from the repository's layout)
  --force            overwrite an existing configuration or workflow (an existing spec is never overwritten)
  --workspace DIR    repository root (default: current directory)
Exit status: 0 written, 2 bad usage or a file that exists without --force.`,
  config: `Usage: spec-to-production config --print --component NAME [--spec FILE] [--config FILE] [--format yaml|json] [--workspace DIR]

Prints the effective configuration of one component, each value with the layer it came from, and the preset's choices.
  --spec FILE        the spec whose frontmatter paths apply
  --config FILE      configuration file (default .github/spec-to-production.yml)
  --format yaml|json yaml (default, with origins as comments) or json
  --workspace DIR    repository root (default: current directory)
Exit status: 0, or 2 on bad usage or bad configuration.`,
  "validate-instructions": `Usage: spec-to-production validate-instructions [GLOB\u2026] [--workspace DIR]

Checks instruction files (default .github/instructions/**/*.instructions.md), as the instructions_validation gate does.
Exit status: 0 no file has an error, 1 one has, 2 bad usage.`,
  dashboard: `Usage: spec-to-production dashboard --component NAME [--days N] [--report FILE] [--output FILE] [--workspace DIR]

Writes the HTML dashboard again from the metrics history (.spec-to-production/metrics/) and the latest report.
  --days N           only the history of the last N days
  --report FILE      the report for the overview (default workflow_report_<component>.json)
  --output FILE      the dashboard (default workflow_dashboard_<component>.html); never a tracked file or the report
  --workspace DIR    repository root (default: current directory)
Exit status: 0, or 2 on bad usage.`,
  context: `Usage: spec-to-production context list | show ID | export ID [--format md|json] [--workspace DIR]

Lists, shows or exports the context sessions kept under .spec-to-production/context/.
Exit status: 0, or 2 on bad usage or an unknown session.`
};
function asksHelp(argv) {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}
var SUBCOMMANDS = {
  init: async (argv) => (await import("./chunks/init-2IYG73XJ.js")).initCommand(argv),
  config: async (argv) => (await import("./chunks/config-KMK5H4P2.js")).configCommand(argv),
  "validate-instructions": async (argv) => (await import("./chunks/validate-instructions-7NJC5EN2.js")).validateInstructionsCommand(argv),
  dashboard: async (argv) => (await import("./chunks/dashboard-WM4I6F7S.js")).dashboardCommand(argv),
  context: async (argv) => (await import("./chunks/context-5AEMJR3H.js")).contextCommand(argv),
  plan: async (argv) => (await import("./chunks/plan-Y563O35L.js")).planCommand(argv),
  aggregate: async (argv) => (await import("./chunks/aggregate-IEFHAZJF.js")).aggregateCommand(argv),
  tests: async (argv) => (await import("./chunks/tests-2EAUDXJV.js")).testsCommand(argv)
};
async function main(argv) {
  const sub = argv[0] && !argv[0].startsWith("-") ? SUBCOMMANDS[argv[0]] : void 0;
  if (argv[0] && !argv[0].startsWith("-") && !sub) return usage(`unknown command '${argv[0]}'`);
  if (sub) {
    const ownHelp = SUBCOMMAND_HELP[argv[0]];
    if (ownHelp !== void 0 && asksHelp(argv.slice(1))) {
      process.stdout.write(`${ownHelp}
`);
      return 0;
    }
    try {
      return await sub(argv.slice(1));
    } catch (error) {
      return usage(error.message, false);
    }
  }
  let values;
  try {
    ;
    ({ values } = parseArgs({
      args: argv,
      options: {
        spec: { type: "string" },
        component: { type: "string" },
        target: { type: "string", default: "dev" },
        config: { type: "string" },
        output: { type: "string" },
        workspace: { type: "string" },
        verbose: { type: "boolean" },
        "only-changed": { type: "boolean" },
        base: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    return usage(error.message);
  }
  if (values.help) {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (!values.spec) return usage("--spec is required");
  if (!values.component) return usage("--component is required");
  if (values["only-changed"] && !values.base) return usage("--only-changed needs --base REF (the branch or commit the change is compared with)");
  const target = values.target;
  if (!TARGETS.includes(target)) return usage(`invalid --target '${target}'. Expected one of: ${TARGETS.join(", ")}`);
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (signal) => {
    signals++;
    if (signals === 1) {
      process.stderr.write(`
${signal} received: stopping the running command and writing a partial report\u2026
`);
      controller.abort();
      return;
    }
    killRunningCommands();
    if (signals > 2) process.exit(1);
    process.stderr.write(`
${signal} received again: killed the running command; writing the partial report (once more to quit at once)\u2026
`);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const workspace = workspaceDirectory(values.workspace);
    const result = await runWorkflow({
      specFile: String(values.spec),
      componentName: String(values.component),
      targetStage: target,
      configFile: values.config,
      output: values.output,
      onlyChangedSince: values["only-changed"] ? String(values.base) : void 0,
      // --base also names what the change is compared with: gates whose configuration it modifies say so.
      ...values.base ? { changeBase: String(values.base) } : {},
      // --base also names the branch the per-test history compares this run's failures with.
      ...values.base ? { testRun: { baseBranch: String(values.base).replace(/^(refs\/heads\/|refs\/remotes\/origin\/|origin\/)/, "") } } : {},
      workspace,
      workspaceOption: "--workspace",
      signal: controller.signal,
      host: createConsoleHost({ workspace, verbose: values.verbose ? true : void 0 })
    });
    printInert(process.stdout, `
${formatSummary(result.report, result.reportError && !existsSync(result.reportPath) ? null : result.reportPath)}
`);
    return result.report.cancelled ? 1 : result.exitCode;
  } catch (error) {
    if (error instanceof ConfigurationError) return usage(error.message, false);
    printInert(process.stderr, `spec-to-production: internal error: ${error.stack ?? String(error)}
`);
    return 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
function usage(message, hint = true) {
  printInert(process.stderr, `spec-to-production: ${message}${hint ? "\nTry --help." : ""}
`);
  return 2;
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    printInert(process.stderr, `spec-to-production: ${String(error)}
`);
    process.exitCode = 1;
  }
);
export {
  main
};
