import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateConfig
} from "./chunk-LKSAG4SA.js";

// src/config/detect.ts
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
var NODE_MARKERS = ["package.json"];
var PYTHON_MARKERS = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt"];
var NODE_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var PYTHON_EXTENSIONS = /\.pyi?$/;
var MAX_ENTRIES = 2e3;
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function present(workspace, names) {
  const found = [];
  for (const name of names) if (await isFile(join(workspace, name))) found.push(name);
  return found;
}
async function countSources(dir) {
  const counts = { python: 0, node: 0 };
  const queue = [dir];
  let seen = 0;
  while (queue.length > 0 && seen < MAX_ENTRIES) {
    const current = queue.shift();
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) queue.push(join(current, entry.name));
      } else if (PYTHON_EXTENSIONS.test(entry.name)) {
        counts.python++;
      } else if (NODE_EXTENSIONS.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        counts.node++;
      }
    }
  }
  return counts;
}
async function detectPreset(workspace, sourcePath) {
  const node = await present(workspace, NODE_MARKERS);
  const python = await present(workspace, PYTHON_MARKERS);
  if (node.length > 0 && python.length === 0) return { preset: "node", source: `detected: ${node.join(", ")}` };
  if (python.length > 0 && node.length === 0) return { preset: "python", source: `detected: ${python.join(", ")}` };
  if (node.length === 0) {
    return { preset: "none", source: `detected: none of ${[...NODE_MARKERS, ...PYTHON_MARKERS].join(", ")} found` };
  }
  const markers = [...node, ...python].join(", ");
  const counts = await countSources(resolve(workspace, sourcePath));
  if (counts.python > counts.node) {
    return { preset: "python", source: `detected: ${markers}; ${sourcePath} holds mostly Python files` };
  }
  const why = counts.node > counts.python ? `${sourcePath} holds mostly JavaScript/TypeScript files` : `${sourcePath} decides nothing, node by default`;
  return { preset: "node", source: `detected: ${markers}; ${why}` };
}

// src/config/presets.ts
function retry(max_retries, base_delay, exponential_base, max_delay) {
  return { max_retries, base_delay, exponential_base, max_delay, jitter: true, retry_on_timeout: false };
}
var DEFAULTS = {
  preset: "none",
  paths: { source: "src/{component}", tests: "tests/{component}" },
  quality_gates: {
    test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
    test_pass_rate: { required: 100 },
    linting: { max_issues: 0, auto_fix: "suggest" },
    type_checking: { max_errors: 0, max_warnings: null },
    security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }
  },
  stages: {
    // One required section keeps an ordinary spec valid while still refusing an empty or unrelated file.
    specification: { enabled: true, required_sections: ["Requirements"] },
    testing: { enabled: true, reports: {}, timeout_seconds: 600 },
    refactoring: {
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: [".github/instructions/**/*.instructions.md"] }
    },
    staging_deployment: { enabled: true, environment: "staging", timeout_seconds: 600, github_deployment: true },
    production_deployment: {
      enabled: true,
      environment: "production",
      timeout_seconds: 600,
      github_deployment: true,
      criteria: {
        integration_coverage: { threshold: 80 },
        soak: { days: 7, environment: "staging" },
        uptime: { threshold: 99.5, days: 7 }
      }
    }
  },
  error_recovery: {
    testing: retry(3, 1, 2, 10),
    refactoring: retry(2, 1, 2, 10),
    staging_deployment: retry(5, 2, 2, 30),
    production_deployment: retry(3, 5, 1.5, 60),
    circuit_breaker: { failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 }
  },
  context_management: { session: { enabled: true, max_tokens: 8e3 } },
  observability: { metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } }
};
async function fitPreset(name, probe) {
  if (name === "python") return (await import("./preset-python-CL7PTGDU.js")).pythonPreset(probe);
  if (name === "node") return (await import("./preset-node-65KNMXGC.js")).nodePreset(probe);
  return { layer: { preset: "none" }, choices: [] };
}
function layoutPaths(probe, component) {
  const firstDir = (dirs) => dirs.find((d) => probe.dir(d));
  if (probe.dir(`packages/${component}`)) {
    const dir = `packages/${component}`;
    return { source: dir, tests: dir, because: `${dir} exists: a monorepo package with its tests inside` };
  }
  if (probe.dir(`src/${component}`)) {
    const tests2 = firstDir([`tests/${component}`, "tests", "test"]) ?? `src/${component}`;
    return { source: `src/${component}`, tests: tests2, because: `src/${component} exists; tests in ${tests2}` };
  }
  if (probe.file(`${component}/__init__.py`)) {
    const tests2 = firstDir([`tests/${component}`, "tests", "test"]) ?? component;
    return { source: component, tests: tests2, because: `${component}/__init__.py: a Python package at the root; tests in ${tests2}` };
  }
  const tests = firstDir(["tests", "test", "__tests__"]) ?? ".";
  return {
    source: ".",
    tests,
    because: `no packages/${component}, src/${component} or ${component}/ directory: the whole repository${tests === "." ? "" : `, tests in ${tests}`}`
  };
}
function defaultConfig() {
  return structuredClone(DEFAULTS);
}

// schema/spec-to-production.schema.json
var spec_to_production_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/org/spec-to-production/v1/schema/spec-to-production.schema.json",
  title: "spec-to-production configuration",
  description: "Configuration of spec-to-production (.github/spec-to-production.yml). Every key is optional: what is left out comes from the preset and the built-in defaults. Effective value = defaults <- preset <- top-level keys <- components.<name>; mappings merge key by key, lists and scalars replace. Command and report templates take {component}, {reports}, {path}, {tests}, {sha} (deployment commands also {environment}); values are shell-quoted when needed; write {{ and }} for literal braces.",
  type: "object",
  additionalProperties: false,
  properties: {
    preset: {
      $ref: "#/definitions/preset"
    },
    paths: {
      $ref: "#/definitions/paths"
    },
    quality_gates: {
      $ref: "#/definitions/qualityGates"
    },
    stages: {
      $ref: "#/definitions/stages"
    },
    error_recovery: {
      $ref: "#/definitions/errorRecovery"
    },
    context_management: {
      $ref: "#/definitions/contextManagement"
    },
    observability: {
      $ref: "#/definitions/observability"
    },
    components: {
      title: "Per-component overrides",
      description: "Keyed by component name (the action's `component` input). Each entry takes the same keys as the top level (except `components`) and is deep-merged over them for that component.",
      type: "object",
      propertyNames: {
        pattern: "^(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}$"
      },
      additionalProperties: {
        $ref: "#/definitions/componentOverrides"
      }
    }
  },
  definitions: {
    componentOverrides: {
      title: "Component overrides",
      description: "Overrides for one component: any top-level key except `components`.",
      type: "object",
      additionalProperties: false,
      properties: {
        preset: {
          $ref: "#/definitions/preset"
        },
        paths: {
          $ref: "#/definitions/paths"
        },
        quality_gates: {
          $ref: "#/definitions/qualityGates"
        },
        stages: {
          $ref: "#/definitions/stages"
        },
        error_recovery: {
          $ref: "#/definitions/errorRecovery"
        },
        context_management: {
          $ref: "#/definitions/contextManagement"
        },
        observability: {
          $ref: "#/definitions/observability"
        }
      }
    },
    preset: {
      title: "Preset",
      description: "Tool commands to start from, fitted to the repository (each choice is logged with its reason; `spec-to-production config --print` shows them). python: `uv run` in a uv project (uv.lock or [tool.uv]), else the project interpreter (.venv/bin/python, the active virtualenv, python3) with -m; pytest with pytest-cov when installed, else coverage run -m pytest; ruff or pylint and pyright or mypy, whichever the project configures or has installed; detect-secrets (against .secrets.baseline when present) or gitleaks; pip-audit or osv-scanner. node: the package manager from packageManager or the lock file; the test runner from package.json (vitest, jest with jest-junit, mocha with mocha-junit-reporter under c8, node --test) with its JUnit and coverage reporters; eslint when configured; tsc when tsconfig.json exists; secretlint (recommended rules when the repository has no .secretlintrc); npm audit (osv-scanner for pnpm, yarn or no lock file). none: no commands. Left out: detected from the repository (package.json -> node; pyproject.toml, setup.py, setup.cfg or requirements.txt -> python; both -> the language of the component source files, else node; neither -> none).",
      type: "string",
      enum: [
        "python",
        "node",
        "none"
      ]
    },
    paths: {
      title: "Component paths",
      description: "Where the component sources and tests live, relative to the workspace. `{component}` is substituted; the results are the `{path}` and `{tests}` template values. Left out, each comes from the spec frontmatter `paths`, else from the repository layout: packages/<component>, else src/<component> (tests in tests/<component>, tests or test), else a Python package <component>/ at the root, else the whole repository (`.`). A path a command uses must exist: checked before any command runs.",
      type: "object",
      additionalProperties: false,
      properties: {
        source: {
          type: "string",
          minLength: 1,
          description: "Source directory; `{path}` in commands. Default: from the layout (see paths)."
        },
        tests: {
          type: "string",
          minLength: 1,
          description: "Test directory; `{tests}` in commands. Default: from the layout (see paths)."
        }
      }
    },
    percent: {
      type: "number",
      minimum: 0,
      maximum: 100
    },
    count: {
      type: "integer",
      minimum: 0
    },
    enabled: {
      type: "boolean",
      default: true,
      description: "Set to false to skip this step."
    },
    timeoutSeconds: {
      type: "integer",
      minimum: 1,
      default: 600,
      description: "Seconds before the command is killed."
    },
    command: {
      type: "string",
      description: "Shell command template. Placeholders: {component}, {reports} (fresh per-run report directory), {path}, {tests}, {sha}. Write {{ and }} for literal braces."
    },
    reportFormat: {
      type: "string",
      enum: [
        "junit",
        "coverage.py-json",
        "cobertura",
        "lcov",
        "istanbul-summary",
        "istanbul-final",
        "eslint-json",
        "tsc-text",
        "ruff-json",
        "pyright-json",
        "mypy-text",
        "pylint-json",
        "secretlint-json",
        "detect-secrets-json",
        "gitleaks-json",
        "sarif",
        "bandit-json",
        "npm-audit-json",
        "pip-audit-json",
        "osv-scanner-json",
        "eslint",
        "tsc",
        "ruff",
        "pyright",
        "mypy",
        "pylint",
        "pylint-json2",
        "secretlint",
        "detect-secrets",
        "gitleaks",
        "gitleaks-sarif",
        "sarif-json",
        "sarif-2.1.0",
        "bandit",
        "npm-audit",
        "pip-audit",
        "osv-scanner",
        "osv"
      ],
      description: "Report formats the pipeline reads. Test results: junit. Coverage: coverage.py-json, cobertura, lcov, istanbul-summary (coverage-summary.json), istanbul-final (coverage-final.json). Findings: eslint-json, tsc-text, ruff-json, pyright-json, mypy-text, pylint-json, secretlint-json, detect-secrets-json, gitleaks-json, sarif, bandit-json, npm-audit-json (npm 7+), pip-audit-json, osv-scanner-json; a findings format may also be named by its tool alone (eslint, bandit, npm-audit, pip-audit, osv-scanner, gitleaks, ...)."
    },
    reportRef: {
      description: 'Report the command writes: a path template (e.g. "{reports}/junit.xml"), or { path, format } to name the format instead of detecting it from the content.',
      type: [
        "string",
        "object"
      ],
      minLength: 1,
      additionalProperties: false,
      required: [
        "path"
      ],
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Path template of the report, relative to the workspace."
        },
        format: {
          $ref: "#/definitions/reportFormat",
          description: "Report format; detected from the content when left out."
        }
      }
    },
    qualityGates: {
      title: "Quality gates",
      description: "Thresholds the gates apply to the reports.",
      type: "object",
      additionalProperties: false,
      properties: {
        test_coverage: {
          description: "Minimum line coverage (percent) for each target.",
          type: "object",
          additionalProperties: false,
          properties: {
            dev_threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 50,
              description: "Minimum line coverage for target dev."
            },
            staging_threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 70,
              description: "Minimum line coverage for target staging."
            },
            production_threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 80,
              description: "Minimum line coverage for target production."
            }
          }
        },
        test_pass_rate: {
          description: "Gate test_pass_rate: share of executed tests that must pass.",
          type: "object",
          additionalProperties: false,
          properties: {
            required: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 100,
              description: "Minimum percent of executed tests that pass."
            }
          }
        },
        linting: {
          description: "Gate linting: lint issues allowed in the judged commit.",
          type: "object",
          additionalProperties: false,
          properties: {
            max_issues: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 0,
              description: "Most lint issues allowed in the judged commit."
            },
            auto_fix: {
              enum: ["suggest", "commit", false, true],
              default: "suggest",
              description: "What the linting fix_command may do. suggest: it runs on a copy, the gate judges the commit, the fix is offered as a patch and as review suggestions; commit: the fix is committed, pushed and that commit judged (needs contents: write); false: it never runs. true is a deprecated alias of suggest."
            }
          }
        },
        type_checking: {
          description: "Gate type_checking: type errors and warnings allowed.",
          type: "object",
          additionalProperties: false,
          properties: {
            max_errors: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 0,
              description: "Most type errors allowed."
            },
            max_warnings: {
              type: [
                "integer",
                "null"
              ],
              minimum: 0,
              default: null,
              description: "Most type warnings allowed; null: not limited."
            }
          }
        },
        security: {
          description: "Gate security: secrets and vulnerabilities allowed, by severity.",
          type: "object",
          additionalProperties: false,
          properties: {
            max_secrets: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 0,
              description: "Most detected secrets allowed."
            },
            max_critical: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 0,
              description: "Most critical vulnerabilities allowed."
            },
            max_high: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 0,
              description: "Most high vulnerabilities allowed."
            },
            max_medium: {
              allOf: [
                {
                  $ref: "#/definitions/count"
                }
              ],
              default: 5,
              description: "Most medium vulnerabilities allowed."
            }
          }
        }
      }
    },
    toolStep: {
      description: "A tool the refactoring stage runs.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          $ref: "#/definitions/enabled"
        },
        command: {
          $ref: "#/definitions/command"
        },
        report: {
          $ref: "#/definitions/reportRef"
        }
      }
    },
    stages: {
      title: "Stages",
      description: "What each stage runs. Every stage and step takes `enabled: false`.",
      type: "object",
      additionalProperties: false,
      properties: {
        specification: {
          description: "Stage specification: parse and validate the spec, create or restore the context session.",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              $ref: "#/definitions/enabled"
            },
            required_sections: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              },
              default: [
                "Requirements"
              ],
              description: "Section titles (## Title) the spec must have, matched case-insensitively. Default: [Requirements]."
            }
          }
        },
        testing: {
          description: "Stage testing: run the tests; gates test_pass_rate and test_coverage read the reports.",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              $ref: "#/definitions/enabled"
            },
            command: {
              $ref: "#/definitions/command"
            },
            reports: {
              description: "Reports the test command writes.",
              type: "object",
              additionalProperties: false,
              properties: {
                junit: {
                  description: "JUnit XML test results (gate test_pass_rate).",
                  $ref: "#/definitions/reportRef"
                },
                coverage: {
                  description: "Coverage report: coverage.py JSON, Cobertura, lcov or Istanbul (gate test_coverage).",
                  $ref: "#/definitions/reportRef"
                }
              }
            },
            timeout_seconds: {
              $ref: "#/definitions/timeoutSeconds"
            }
          }
        },
        refactoring: {
          description: "Stage refactoring: gates linting, type_checking, security and instructions_validation.",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              $ref: "#/definitions/enabled"
            },
            timeout_seconds: {
              $ref: "#/definitions/timeoutSeconds"
            },
            linting: {
              description: "Linter: command writes report; fix_command is offered or committed as quality_gates.linting.auto_fix says.",
              type: "object",
              additionalProperties: false,
              properties: {
                enabled: {
                  $ref: "#/definitions/enabled"
                },
                command: {
                  $ref: "#/definitions/command"
                },
                fix_command: {
                  $ref: "#/definitions/command"
                },
                report: {
                  $ref: "#/definitions/reportRef"
                }
              }
            },
            type_checking: {
              description: "Type checker: its report feeds gate type_checking.",
              $ref: "#/definitions/toolStep"
            },
            security: {
              description: "Secret and vulnerability scanners: their reports feed gate security.",
              $ref: "#/definitions/securityStep"
            },
            instructions_validation: {
              description: "Validate the instruction files the globs match (gate instructions_validation).",
              type: "object",
              additionalProperties: false,
              properties: {
                enabled: {
                  $ref: "#/definitions/enabled"
                },
                globs: {
                  type: "array",
                  items: {
                    type: "string",
                    minLength: 1
                  },
                  default: [
                    ".github/instructions/**/*.instructions.md"
                  ],
                  description: "Instruction files to validate, relative to the workspace."
                }
              }
            }
          }
        },
        staging_deployment: {
          description: "Stage staging_deployment (targets staging and production): promotion criteria, deploy, integration tests, health check, rollback on failure.",
          allOf: [
            {
              $ref: "#/definitions/stagingDeploymentStage"
            }
          ],
          default: {
            enabled: true,
            environment: "staging",
            timeout_seconds: 600,
            github_deployment: true
          }
        },
        production_deployment: {
          description: "Stage production_deployment (target production): promotion criteria, deploy, E2E tests, rollback on failure.",
          allOf: [
            {
              $ref: "#/definitions/productionDeploymentStage"
            }
          ],
          default: {
            enabled: true,
            environment: "production",
            timeout_seconds: 600,
            github_deployment: true,
            criteria: {
              integration_coverage: {
                threshold: 80
              },
              soak: {
                days: 7,
                environment: "staging"
              },
              uptime: {
                threshold: 99.5,
                days: 7
              }
            }
          }
        }
      }
    },
    retryPolicy: {
      description: "Retries with exponential backoff: delay = min(max_delay, base_delay * exponential_base^attempt), randomized when jitter.",
      type: "object",
      additionalProperties: false,
      properties: {
        max_retries: {
          type: "integer",
          minimum: 0,
          maximum: 100,
          description: "Retries after the first attempt."
        },
        base_delay: {
          type: "number",
          minimum: 0,
          description: "Seconds before the first retry."
        },
        exponential_base: {
          type: "number",
          minimum: 1,
          description: "Factor between consecutive delays."
        },
        max_delay: {
          type: "number",
          minimum: 0,
          description: "Upper bound of one delay, in seconds."
        },
        jitter: {
          type: "boolean",
          description: "Randomize delays."
        },
        retry_on_timeout: {
          type: "boolean",
          default: false,
          description: "Retry a command killed at its timeout (a hang usually hangs again)."
        }
      }
    },
    errorRecovery: {
      title: "Error recovery",
      description: "Retry policies per stage and the circuit breaker around them.",
      type: "object",
      additionalProperties: false,
      properties: {
        testing: {
          description: "Retry policy of stage testing.",
          allOf: [
            {
              $ref: "#/definitions/retryPolicy"
            }
          ],
          default: {
            max_retries: 3,
            base_delay: 1,
            exponential_base: 2,
            max_delay: 10,
            jitter: true,
            retry_on_timeout: false
          }
        },
        refactoring: {
          description: "Retry policy of stage refactoring.",
          allOf: [
            {
              $ref: "#/definitions/retryPolicy"
            }
          ],
          default: {
            max_retries: 2,
            base_delay: 1,
            exponential_base: 2,
            max_delay: 10,
            jitter: true,
            retry_on_timeout: false
          }
        },
        staging_deployment: {
          description: "Retry policy of stage staging_deployment.",
          allOf: [
            {
              $ref: "#/definitions/retryPolicy"
            }
          ],
          default: {
            max_retries: 5,
            base_delay: 2,
            exponential_base: 2,
            max_delay: 30,
            jitter: true,
            retry_on_timeout: false
          }
        },
        production_deployment: {
          description: "Retry policy of stage production_deployment.",
          allOf: [
            {
              $ref: "#/definitions/retryPolicy"
            }
          ],
          default: {
            max_retries: 3,
            base_delay: 5,
            exponential_base: 1.5,
            max_delay: 60,
            jitter: true,
            retry_on_timeout: false
          }
        },
        circuit_breaker: {
          description: "One breaker per deployment environment, kept across runs (.spec-to-production/state/, the Actions cache in CI): consecutive failed calls to the environment (deploy attempts, health checks, integration/E2E suites that could not run, rollbacks) open it; while open, deploys are refused without running; after recovery_timeout one trial deploy goes through and its success closes it.",
          type: "object",
          additionalProperties: false,
          properties: {
            failure_threshold: {
              type: "integer",
              minimum: 1,
              default: 5,
              description: "Consecutive failed calls to the environment, across runs, that open the circuit."
            },
            recovery_timeout: {
              type: "number",
              minimum: 0,
              default: 60,
              description: "Seconds the circuit stays open before one trial deploy is let through (also across runs)."
            },
            half_open_max_calls: {
              type: "integer",
              minimum: 1,
              default: 1,
              description: "Trial calls allowed while half-open."
            }
          }
        }
      }
    },
    contextManagement: {
      title: "Context management",
      description: "Context sessions that carry what earlier runs learned about the component.",
      type: "object",
      additionalProperties: false,
      properties: {
        session: {
          description: "The context session of a component.",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true,
              description: "Keep a context session per component."
            },
            max_tokens: {
              type: "integer",
              minimum: 1,
              default: 8e3,
              description: "Token budget of a session; older, less important messages are pruned."
            }
          }
        }
      }
    },
    observability: {
      title: "Observability",
      description: "Metrics under .spec-to-production/metrics and the HTML dashboard.",
      type: "object",
      additionalProperties: false,
      properties: {
        metrics: {
          description: "Execution metrics (one JSON line per tracked execution).",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true,
              description: "Record metrics under .spec-to-production/metrics."
            },
            retention_days: {
              type: "integer",
              minimum: 1,
              default: 30,
              description: "Days metrics are kept."
            }
          }
        },
        dashboard: {
          description: "The self-contained HTML dashboard.",
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true,
              description: "Write workflow_dashboard_<component>.html."
            }
          }
        }
      }
    },
    securityStep: {
      description: "Secret and vulnerability scanners: `report` and every entry of `reports` feed gate security.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          $ref: "#/definitions/enabled"
        },
        command: {
          $ref: "#/definitions/command"
        },
        report: {
          $ref: "#/definitions/reportRef"
        },
        reports: {
          type: "array",
          items: {
            $ref: "#/definitions/reportRef"
          },
          default: [],
          description: "More reports the command writes, e.g. a secret scan in `report` and `npm audit --json` here; each is read and judged."
        }
      }
    },
    healthCheck: {
      description: "Polled after deploying (and after a rollback) until healthy or timed out.",
      type: "object",
      additionalProperties: false,
      required: [
        "url"
      ],
      properties: {
        url: {
          type: "string",
          minLength: 1,
          description: "http(s) URL; takes {environment_url} and the other deployment placeholders."
        },
        expected_status: {
          type: "integer",
          minimum: 100,
          maximum: 599,
          default: 200,
          description: "HTTP status meaning healthy."
        },
        json_field: {
          type: "string",
          minLength: 1,
          description: "Dotted path of a field in the JSON body to check (e.g. status)."
        },
        expected_value: {
          type: [
            "string",
            "number",
            "boolean"
          ],
          description: "Value json_field must have."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: 60,
          description: "Give up after this long."
        },
        interval_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: 1,
          description: "First delay between polls (doubles, up to 5 s)."
        }
      }
    },
    testCommand: {
      description: "Tests run against the deployed environment, judged by the same gates as the testing stage.",
      type: "object",
      additionalProperties: false,
      required: [
        "command"
      ],
      properties: {
        command: {
          type: "string",
          minLength: 1,
          description: "Command template; ENVIRONMENT_URL is set in its environment."
        },
        reports: {
          type: "object",
          additionalProperties: false,
          properties: {
            junit: {
              $ref: "#/definitions/reportRef",
              description: "JUnit XML of the tests."
            },
            coverage: {
              $ref: "#/definitions/reportRef",
              description: "Coverage report of the tests."
            }
          },
          description: "Reports the tests write (JUnit, coverage), judged like the testing stage's."
        },
        timeout_seconds: {
          $ref: "#/definitions/timeoutSeconds"
        }
      }
    },
    productionCriteria: {
      description: "dev\u2192production criteria, each read from a real source; a criterion without a source is unmet, never assumed.",
      type: "object",
      additionalProperties: false,
      properties: {
        integration_coverage: {
          type: "object",
          additionalProperties: false,
          properties: {
            threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 80,
              description: "Minimum integration coverage, percent."
            },
            report: {
              $ref: "#/definitions/reportRef",
              description: "Coverage report to read instead of this run's staging integration tests."
            }
          },
          description: "Coverage of the staging integration tests (this run's, or a report)."
        },
        performance: {
          type: "object",
          additionalProperties: false,
          required: [
            "report",
            "slas"
          ],
          properties: {
            command: {
              type: "string",
              description: "Command that writes the benchmark report (e.g. a load test against {staging_url})."
            },
            report: {
              type: "string",
              minLength: 1,
              description: "Benchmark JSON: k6 --summary-export, autocannon --json, or {metric: value}."
            },
            format: {
              type: "string",
              enum: [
                "k6",
                "autocannon",
                "generic"
              ],
              description: "Benchmark format; detected when left out."
            },
            slas: {
              type: "object",
              minProperties: 1,
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                properties: {
                  max: {
                    type: "number",
                    description: "Largest acceptable value."
                  },
                  min: {
                    type: "number",
                    description: "Smallest acceptable value."
                  }
                },
                description: "Bounds of one metric."
              },
              description: "metric \u2192 {max} / {min}, e.g. p95_latency_ms: {max: 300}, error_rate: {max: 0.01}."
            }
          },
          description: "Performance SLAs read from a benchmark report."
        },
        soak: {
          type: "object",
          additionalProperties: false,
          properties: {
            days: {
              type: "number",
              minimum: 0,
              default: 7,
              description: "This commit must have been deployed to staging successfully at least this long ago, with no failure since (GitHub Deployments API)."
            },
            environment: {
              type: "string",
              minLength: 1,
              default: "staging",
              description: "Environment whose deployments count as the soak."
            }
          },
          description: "Staging soak time before production."
        },
        uptime: {
          type: "object",
          additionalProperties: false,
          properties: {
            threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 99.5,
              description: "Minimum uptime, percent."
            },
            days: {
              type: "number",
              exclusiveMinimum: 0,
              default: 7,
              description: "Window the uptime must cover, in days."
            },
            command: {
              type: "string",
              description: "Prints JSON {uptime_percent, window_days}."
            },
            url: {
              type: "string",
              description: "Returns JSON {uptime_percent, window_days}."
            }
          },
          description: "Uptime over a window, from a command or an HTTP endpoint returning JSON."
        },
        security_review: {
          type: "object",
          additionalProperties: false,
          properties: {
            users: {
              type: "array",
              items: {
                type: "string"
              },
              description: "GitHub logins whose approving review counts."
            },
            teams: {
              type: "array",
              items: {
                type: "string"
              },
              description: "org/team-slug"
            },
            labels: {
              type: "array",
              items: {
                type: "string"
              },
              description: "Pull request labels that mark the review as done."
            }
          },
          description: "The pull request that brought the commit has an approving review from one of these users or teams, or one of these labels."
        }
      }
    },
    exitCodes: {
      type: "array",
      items: {
        type: "integer",
        minimum: 1,
        maximum: 255
      },
      uniqueItems: true
    },
    stagingDeploymentStage: {
      description: "The staging deployment stage.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          $ref: "#/definitions/enabled"
        },
        command: {
          type: "string",
          description: "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}."
        },
        environment: {
          type: "string",
          minLength: 1,
          description: "Deployment environment name ({environment})."
        },
        timeout_seconds: {
          $ref: "#/definitions/timeoutSeconds"
        },
        rollback_command: {
          type: "string",
          description: "Run when deploy, health check or tests fail; then health is checked again."
        },
        health_check: {
          $ref: "#/definitions/healthCheck"
        },
        integration_tests: {
          $ref: "#/definitions/testCommand"
        },
        github_deployment: {
          type: "boolean",
          default: true,
          description: "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions."
        },
        retry_on_exit_codes: {
          $ref: "#/definitions/exitCodes",
          description: "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)."
        },
        no_retry_on_exit_codes: {
          $ref: "#/definitions/exitCodes",
          description: "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)."
        }
      }
    },
    productionDeploymentStage: {
      description: "The production deployment stage.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          $ref: "#/definitions/enabled"
        },
        command: {
          type: "string",
          description: "Deploy command template. Placeholders: {component}, {reports}, {path}, {tests}, {sha}, {environment}, {outputs} (a file the command may write key=value lines to, like GITHUB_OUTPUT: environment_url=\u2026 becomes {environment_url}), {staging_url}."
        },
        environment: {
          type: "string",
          minLength: 1,
          description: "Deployment environment name ({environment})."
        },
        timeout_seconds: {
          $ref: "#/definitions/timeoutSeconds"
        },
        rollback_command: {
          type: "string",
          description: "Run when deploy, health check or tests fail; then health is checked again."
        },
        health_check: {
          $ref: "#/definitions/healthCheck"
        },
        e2e_tests: {
          $ref: "#/definitions/testCommand"
        },
        criteria: {
          $ref: "#/definitions/productionCriteria"
        },
        github_deployment: {
          type: "boolean",
          default: true,
          description: "Record the deployment with GitHub Deployments (needs deployments: write) when running in GitHub Actions."
        },
        retry_on_exit_codes: {
          $ref: "#/definitions/exitCodes",
          description: "When set, only these exit statuses of the deploy command are retried (under error_recovery.<stage>). Without it every failure is retried except exit 2 (usage or syntax error), 126 (not executable), 127 (not found), a timeout (unless retry_on_timeout) and an interrupt (SIGINT, exit 130)."
        },
        no_retry_on_exit_codes: {
          $ref: "#/definitions/exitCodes",
          description: "Exit statuses of the deploy command that are never retried (they also do not count against the environment's circuit breaker)."
        }
      }
    }
  }
};

// src/config/schema.ts
function schemaErrors(data) {
  return validateConfig(data) ? [] : [...validateConfig.errors ?? []];
}

export {
  detectPreset,
  fitPreset,
  layoutPaths,
  defaultConfig,
  spec_to_production_schema_default,
  schemaErrors
};
