
// src/engine/stage.ts
var StageRecorder = class {
  constructor(key, now) {
    this.key = key;
    this.now = now;
    this.startedAt = now();
  }
  key;
  now;
  errors = [];
  warnings = [];
  outputs = {};
  gates = {};
  commands = [];
  retries = 0;
  cancelled = false;
  errorType;
  startedAt;
  fail(message, errorType) {
    this.errors.push(message);
    this.errorType ??= errorType;
  }
  addGate(gate) {
    this.gates[gate.gate_name] = gate;
    if (!gate.passed) this.errorType ??= gate.error_type ?? "threshold_not_met";
  }
  get failed() {
    return this.cancelled || this.errors.length > 0 || Object.values(this.gates).some((g) => !g.passed);
  }
  finish() {
    const ended = this.now();
    const status = this.cancelled ? "cancelled" : this.failed ? "failed" : "passed";
    return {
      stage_name: this.key,
      success: status === "passed",
      status,
      outputs: this.outputs,
      errors: this.errors,
      warnings: this.warnings,
      execution_time_ms: Math.round(ended - this.startedAt),
      retries: this.retries,
      quality_gates: this.gates,
      commands: this.commands,
      ...status === "passed" ? {} : { error_type: this.cancelled ? "cancelled" : this.errorType ?? "exit_code" },
      started_at: new Date(this.startedAt).toISOString(),
      finished_at: new Date(ended).toISOString()
    };
  }
};
function gateResult(name, startedAt, now, fields) {
  return {
    gate_name: name,
    errors: [],
    warnings: [],
    findings: [],
    ...fields,
    execution_time_ms: Math.round(now - startedAt)
  };
}

export {
  StageRecorder,
  gateResult
};
