
// src/config/security-scans.ts
var BOTH_HALVES = { secrets: true, vulnerabilities: true };
function securityScans(want, scans, choices) {
  for (const half of ["secrets", "vulnerabilities"]) {
    if (want[half]) continue;
    const at = choices.findIndex((c) => c.topic === half);
    const off = { topic: half, chose: "off", because: `quality_gates.security.${half}: false: the scan is not run (the gate reports the half as off by configuration)` };
    if (at >= 0) choices[at] = off;
    else choices.push(off);
  }
  const { secrets, vulnerabilities } = scans;
  if (want.secrets && want.vulnerabilities) {
    return {
      command: `${secrets.command}; secrets=$?; ${vulnerabilities.command}; audit=$?; exit $(( secrets > audit ? secrets : audit ))`,
      report: secrets.report,
      reports: [vulnerabilities.report]
    };
  }
  if (want.secrets) return { command: secrets.command, report: secrets.report };
  if (want.vulnerabilities) return { command: vulnerabilities.command, report: vulnerabilities.report };
  return void 0;
}

export {
  BOTH_HALVES,
  securityScans
};
