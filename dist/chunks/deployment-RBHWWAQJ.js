import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  coverageThreshold
} from "./chunk-A4IXOTYB.js";
import {
  circuitBreakerFrom,
  classifyCommand,
  commandFor,
  runStep
} from "./chunk-D3S6FLNS.js";
import "./chunk-UBBZE3T4.js";
import {
  gateResult
} from "./chunk-HU5KFTCI.js";
import "./chunk-PY5VAGIZ.js";

// src/engine/stages/deployment.ts
function stagingCriteria(ctx) {
  const testing = ctx.results.testing;
  const refactoring = ctx.results.refactoring;
  const passRate = testing?.quality_gates.test_pass_rate;
  const coverage = testing?.quality_gates.test_coverage;
  const threshold = coverageThreshold(ctx.config.quality_gates.test_coverage, "staging");
  const criteria = [
    {
      name: "all tests passing",
      met: passRate?.passed === true && passRate.details.failed === 0 && passRate.details.errors === 0,
      value: passRate ? `${passRate.details.passed}/${Number(passRate.details.total) - Number(passRate.details.skipped)}` : "not measured in this run",
      threshold: "all",
      source: "testing.test_pass_rate"
    },
    {
      name: "coverage",
      met: typeof coverage?.details.coverage === "number" && coverage.details.coverage >= threshold,
      value: coverage?.details.coverage ?? "not measured in this run",
      threshold,
      source: "testing.test_coverage"
    }
  ];
  for (const gate of ["linting", "type_checking", "security"]) {
    const result = refactoring?.quality_gates[gate];
    criteria.push({
      name: `${gate} clean`,
      met: result?.passed === true,
      value: result ? result.passed ? "passed" : "failed" : "not measured in this run",
      threshold: "passed",
      source: `refactoring.${gate}`
    });
  }
  return criteria;
}
async function stagingDeploymentStage(ctx, stage) {
  await deploy(ctx, stage, "staging_deployment", stagingCriteria(ctx));
}
async function productionDeploymentStage(_ctx, stage) {
  stage.fail(
    "production criteria (integration coverage \u2265 80%, performance SLAs, staging soak, uptime \u2265 99.5% over 7 days, security review) need sources this version cannot read yet: production deployment refused",
    "configuration"
  );
}
async function deploy(ctx, stage, key, criteria) {
  const { host } = ctx;
  const cfg = ctx.config.stages[key];
  const started = host.now();
  const unmet = criteria.filter((c) => !c.met);
  stage.addGate(
    gateResult(`${key}_criteria`, started, host.now(), {
      passed: unmet.length === 0,
      details: { criteria },
      errors: unmet.map((c) => `criterion not met: ${c.name} (value ${String(c.value)}, needs ${String(c.threshold)}; from ${c.source})`),
      ...unmet.length ? { error_type: "threshold_not_met" } : {}
    })
  );
  if (unmet.length > 0) return;
  const command = commandFor(ctx, cfg.command, `stages.${key}.command`, { environment: cfg.environment, sha: ctx.templateVars.sha });
  if (!command) {
    stage.fail(`no deploy command is configured (stages.${key}.command): nothing was deployed. Configure one, or set stages.${key}.enabled: false.`, "configuration");
    return;
  }
  const policy = ctx.config.error_recovery[key];
  const halfOpen = ctx.config.error_recovery.circuit_breaker.half_open_max_calls;
  if (halfOpen > 1) {
    stage.warnings.push(`circuit_breaker.half_open_max_calls is ${halfOpen}, but the breaker (cockatiel) admits one trial call at a time while half-open: treated as 1`);
  }
  const step = await runStep(ctx, stage, {
    purpose: key,
    command,
    timeoutSeconds: cfg.timeout_seconds,
    policy,
    // Consecutive failed deploy calls open the circuit; later attempts are then refused without running.
    breaker: circuitBreakerFrom(ctx.config.error_recovery.circuit_breaker),
    judge: async (res) => {
      const cls = classifyCommand(res, policy.retry_on_timeout);
      const retryable = cls.transient || cls.errorType === "exit_code" && res.exitCode !== 126 && res.exitCode !== 127;
      return { value: void 0, ok: cls.errorType === null, retryable, reason: cls.description };
    }
  });
  if (step.cancelled) {
    stage.cancelled = true;
    stage.fail("cancelled while deploying", "cancelled");
    return;
  }
  stage.outputs.environment = cfg.environment;
  stage.outputs.attempts = step.attempts;
  stage.outputs.deployed = step.outcome.ok;
  if (!step.outcome.ok) stage.fail(`deploy to ${cfg.environment} failed: ${step.outcome.reason}`, "exit_code");
}
export {
  productionDeploymentStage,
  stagingCriteria,
  stagingDeploymentStage
};
