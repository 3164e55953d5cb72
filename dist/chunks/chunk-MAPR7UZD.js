import {
  ReportSnapshot,
  reportPathFor
} from "./chunk-R4WM47HZ.js";

// src/engine/stages/criteria-reports.ts
function criteriaReportPaths(ctx) {
  const cfg = ctx.config.stages.production_deployment.criteria;
  const where = "stages.production_deployment.criteria";
  const vars = { environment: ctx.config.stages.production_deployment.environment, outputs: "", environment_url: "", staging_url: "" };
  const templates = [];
  if (cfg?.integration_coverage.report) templates.push([cfg.integration_coverage.report.path, `${where}.integration_coverage.report`]);
  if (cfg?.performance && !cfg.performance.command) templates.push([cfg.performance.report, `${where}.performance.report`]);
  const paths = [];
  for (const [template, key] of templates) {
    if (/\{staging_url\}/.test(template.replace(/\{\{|\}\}/g, ""))) continue;
    try {
      paths.push(reportPathFor(ctx, template, key, vars));
    } catch {
    }
  }
  return paths;
}
function criteriaReportsSnapshot(ctx) {
  return ReportSnapshot.take(criteriaReportPaths(ctx));
}
async function writtenByThisRun(ctx, path, what) {
  const start = ctx.criteriaReportsAtStart;
  if (!start || await start.check(path) !== "fresh") return null;
  return `the ${what} ${path} was written during this run, by one of its commands (the tests, the checks, staging's deploy, rollback or integration tests), not by an earlier step of the job: a figure a command of the run under judgment wrote is no measurement of it, so it is not read. Measure it in a step before this one (or, for integration coverage, leave the report unset: staging's integration tests' coverage is read)`;
}

export {
  criteriaReportPaths,
  criteriaReportsSnapshot,
  writtenByThisRun
};
