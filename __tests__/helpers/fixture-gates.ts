/**
 * The configuration's head for a repository whose test and check commands copy committed reports from `fixture/`
 * (junit.xml, lcov.info, eslint.json, tsc.txt, secretlint.json): the gates pass, so what a test looks at is what
 * comes after them (the deployment stages, appended by the caller).
 */
export const FIXTURE_GATES_CONFIG = `preset: none
paths: { source: src/c, tests: tests }
quality_gates:
  security: { vulnerabilities: false }
  linting: { auto_fix: false }
stages:
  testing:
    command: "cp fixture/junit.xml {reports}/junit.xml && cp fixture/lcov.info {reports}/lcov.info"
    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }
  refactoring:
    linting: { command: "cp fixture/eslint.json {reports}/eslint.json", report: { path: "{reports}/eslint.json", format: eslint-json } }
    type_checking: { command: "cp fixture/tsc.txt {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }
    security: { command: "cp fixture/secretlint.json {reports}/s.json", report: { path: "{reports}/s.json", format: secretlint-json } }
`
