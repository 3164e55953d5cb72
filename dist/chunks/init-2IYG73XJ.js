import {
  workspaceDirectory
} from "./chunk-TQDXKE7M.js";
import {
  detectPreset,
  fitPreset,
  layoutPaths,
  refuseInsideMonorepo
} from "./chunk-LLSBVFXH.js";
import "./chunk-QFJOODSQ.js";
import {
  RepositoryProbe
} from "./chunk-YJ4WECTM.js";
import {
  GO_TOOLS
} from "./chunk-JAHX4E5E.js";
import "./chunk-6N4VMDZ6.js";
import {
  projectInstall
} from "./chunk-V5KI2VEC.js";
import "./chunk-HXZPDVJ2.js";
import {
  validateComponentName
} from "./chunk-4GTCQ74A.js";
import "./chunk-24GEDJX4.js";
import "./chunk-LEJ6JWSO.js";
import "./chunk-KEV4FWKC.js";
import "./chunk-4LSZ7FBK.js";
import "./chunk-HYULKLIY.js";
import {
  GITIGNORE_LINES
} from "./chunk-SKZ7FANQ.js";
import "./chunk-DUVFWLAD.js";
import "./chunk-NP6TI2MO.js";
import "./chunk-IGIGMMYD.js";
import "./chunk-4CLWEP5D.js";
import {
  printInert
} from "./chunk-Q3SWUYYB.js";
import "./chunk-3TGGJRN5.js";
import "./chunk-HANBNIMK.js";

// src/cli/init.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2 } from "node:path";
import { parseArgs } from "node:util";

// src/cli/action-ref.ts
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

// package.json
var package_default = {
  name: "spec-to-production",
  version: "1.0.0",
  description: "GitHub Action and CLI: one component from its specification to production through quality gates that read real tool reports",
  type: "module",
  license: "MIT",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "spec-to-production": "dist/cli.js"
  },
  exports: {
    ".": "./dist/api.js"
  },
  scripts: {
    test: "NODE_OPTIONS='--experimental-vm-modules --no-warnings' jest",
    lint: "eslint .",
    typecheck: "tsc --noEmit",
    bundle: "node scripts/bundle.mjs",
    schemas: "node scripts/compile-schemas.mjs",
    bench: "node bench/run.mjs && node bench/parsers.mjs && node bench/test-history.mjs && node bench/aggregate.mjs && node bench/github-requests.mjs && node bench/action-vs-peer.mjs",
    demo: "bash scripts/demo.sh"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@opentelemetry/api": "^1.10.0",
    "@opentelemetry/exporter-trace-otlp-http": "^0.301.0",
    "@opentelemetry/resources": "^3.1.1",
    "@opentelemetry/sdk-trace": "^3.1.1",
    ajv: "^8.20.0",
    cockatiel: "^3.2.1",
    "js-tiktoken": "^1.0.21",
    tinyglobby: "^0.2.17",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@azure/storage-blob": "^12.32.0",
    "@eslint/js": "^10.0.1",
    "@jest/globals": "^29.7.0",
    "@octokit/openapi": "^23.0.2",
    "@secretlint/secretlint-rule-preset-recommend": "^12.0.0",
    "@types/jest": "^29.5.14",
    "@types/node": "^20.19.43",
    autocannon: "^8.0.0",
    azurite: "^3.35.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    globals: "^17.14.0",
    jest: "^29.7.0",
    "jest-junit": "^17.0.0",
    "playwright-core": "^1.65.1",
    saxes: "^6.0.0",
    secretlint: "^12.0.0",
    "ts-jest": "^29.4.15",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0"
  }
};

// src/cli/action-ref.ts
var PLACEHOLDER_REPOSITORY = "org/spec-to-production";
var PLACEHOLDER_TODO = "# TODO: replace with the action's owner/name";
function defaultSources() {
  const pkg = package_default;
  return { repository: pkg.repository, version: pkg.version, name: pkg.name, env: process.env, cliDir: dirname(fileURLToPath(import.meta.url)) };
}
var OWNER = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})";
var NAME = "[A-Za-z0-9._-]{1,100}";
var OWNER_NAME = new RegExp(`^(${OWNER})/(${NAME})$`);
function ownerName(owner, name) {
  const repo = name.replace(/\.git$/i, "");
  if (!new RegExp(`^${OWNER}$`).test(owner) || !new RegExp(`^${NAME}$`).test(repo) || repo === "." || repo === "..") return null;
  return `${owner}/${repo}`;
}
function githubRemote(url) {
  const text = url.trim().replace(/#.*$/, "");
  const full = /^(?:git\+)?(?:https?|git|ssh):\/\/(?:[^@/\s]+@)?(?:www\.)?github\.com(?::\d+)?\/([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text);
  if (full) return ownerName(full[1], full[2]);
  const scp = /^(?:[^@/\s]+@)?github\.com:\/?([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text);
  if (scp) return ownerName(scp[1], scp[2]);
  return null;
}
function githubRepository(field) {
  const record = typeof field === "object" && field !== null && !Array.isArray(field) ? field : null;
  const url = typeof field === "string" ? field : typeof record?.url === "string" ? record.url : null;
  if (url === null) return null;
  const text = url.trim().replace(/#.*$/, "");
  const short = /^(?:github:)?([^/:\s]+)\/([^/\s]+)$/.exec(text);
  const repo = short ? ownerName(short[1], short[2]) : githubRemote(text);
  if (repo === null) return null;
  const directory = typeof record?.directory === "string" ? record.directory.replace(/^\.?\/+|\/+$/g, "") : "";
  if (directory === "") return repo;
  const parts = directory.split("/");
  if (parts.some((p) => !/^[A-Za-z0-9._-]+$/.test(p) || p === "." || p === "..")) return null;
  return `${repo}/${parts.join("/")}`;
}
function majorRef(version) {
  const m = typeof version === "string" ? /^v?(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version.trim()) : null;
  return m ? `v${Number(m[1])}` : null;
}
function git(cwd, args) {
  const env = { ...process.env };
  for (const key of ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_CONFIG_PARAMETERS"]) delete env[key];
  try {
    return execFileSync("git", args, { cwd, env, encoding: "utf8", timeout: 5e3, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}
function checkoutOrigin(cliDir, name) {
  const root = git(cliDir, ["rev-parse", "--show-toplevel"]);
  if (!root) return null;
  let inside;
  try {
    inside = relative(realpathSync(root), realpathSync(cliDir));
  } catch {
    return null;
  }
  if (inside.startsWith("..") || inside.split(sep).includes("node_modules")) return null;
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    if (typeof name !== "string" || pkg.name !== name) return null;
  } catch {
    return null;
  }
  const url = git(root, ["remote", "get-url", "origin"]);
  return url ? githubRemote(url) : null;
}
function actionReference(sources = defaultSources()) {
  const ref = majorRef(sources.version);
  const placeholder = `${PLACEHOLDER_REPOSITORY}@${ref ?? "v1"}`;
  if (ref === null) return { known: false, uses: placeholder, why: `package.json's version ${JSON.stringify(sources.version) ?? "missing"} is not a semver version, so the action's major version is not known` };
  const fromPackage = githubRepository(sources.repository);
  if (fromPackage) return { known: true, uses: `${fromPackage}@${ref}`, from: "package.json's repository field" };
  const envRepo = (sources.env.GITHUB_ACTION_REPOSITORY ?? "").trim();
  const fromEnv = OWNER_NAME.exec(envRepo) ? ownerName(envRepo.split("/")[0], envRepo.split("/")[1]) : null;
  if (fromEnv) return { known: true, uses: `${fromEnv}@${ref}`, from: "GITHUB_ACTION_REPOSITORY" };
  const fromGit = sources.cliDir ? checkoutOrigin(sources.cliDir, sources.name) : null;
  if (fromGit) return { known: true, uses: `${fromGit}@${ref}`, from: `the git origin of the action's checkout` };
  return {
    known: false,
    uses: placeholder,
    why: "package.json names no GitHub repository, GITHUB_ACTION_REPOSITORY is not set, and the CLI does not run from a git checkout of the action with a github.com origin"
  };
}

// schema/spec-to-production.schema.json
var spec_to_production_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/org/spec-to-production/v1/schema/spec-to-production.schema.json",
  title: "spec-to-production configuration",
  description: "Configuration of spec-to-production (.github/spec-to-production.yml). Every key is optional: what is left out comes from the preset and the built-in defaults. Effective value = defaults <- preset <- top-level keys <- components.<name>; mappings merge key by key, lists and scalars replace. Command and report templates take {component}, {reports}, {path}, {tests}, {sha} (the deployment stages' commands, health-check URL and test commands also {environment}, {outputs}, {environment_url} and {staging_url}); values are shell-quoted when needed; write {{ and }} for literal braces.",
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
      description: "Tool commands to start from, fitted to the repository (each choice is logged with its reason; `spec-to-production config --print` shows them). python: `uv run` in a uv project (uv.lock or [tool.uv]), else the project interpreter (.venv/bin/python, the active virtualenv, python3) with -m; pytest with pytest-cov when installed, else coverage run -m pytest; ruff or pylint and pyright or mypy, whichever the project configures or has installed; detect-secrets (against .secrets.baseline when present) or gitleaks (neither installed and no uv: secretlint fetched by npx); pip-audit or osv-scanner. node: the package manager from packageManager or the lock file; the test runner from package.json (vitest, jest with jest-junit, mocha under c8 or nyc with its xunit reporter or mocha-junit-reporter, node --test; a test script that chains other scripts is followed to the one calling the runner) with its JUnit and coverage reporters; eslint when configured; tsc when tsconfig.json exists; secretlint (recommended rules when the repository has no .secretlintrc; the pinned release fetched by npx when it is not installed); npm audit (osv-scanner for pnpm, yarn or no lock file). none: no commands. Left out: detected from the repository (package.json -> node; pyproject.toml, setup.py, setup.cfg or requirements.txt -> python; both -> the language of the component source files, else node; neither -> none).",
      type: "string",
      enum: [
        "python",
        "node",
        "none"
      ]
    },
    paths: {
      title: "Component paths",
      description: "Where the component sources and tests live, relative to the workspace. `{component}` is substituted; the results are the `{path}` and `{tests}` template values. Left out, each comes from the spec frontmatter `paths`, else from the repository layout: packages/<component>, else src/<component> (tests in tests/<component>, tests, test or its own tests/test, else src/<component> itself), else a Python package <component>/ at the root (tests likewise), else the one <group>/<component> directory with a package manifest of its own (tests inside), else the whole repository (`.`; tests in tests, test or __tests__, else `.`). A path a command uses must exist: checked before any command runs.",
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
      description: "A percent from 0 to 100: 80 is 80%. A value between 0 and 1 is refused as a fraction written for a percent (0.8 would read as 0.8%).",
      type: "number",
      minimum: 0,
      maximum: 100,
      not: {
        description: "percent-written-as-fraction",
        type: "number",
        exclusiveMinimum: 0,
        exclusiveMaximum: 1
      }
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
        "jacoco",
        "eslint-json",
        "tsc-text",
        "ruff-json",
        "pyright-json",
        "mypy-text",
        "mypy-json",
        "pylint-json",
        "secretlint-json",
        "detect-secrets-json",
        "gitleaks-json",
        "sarif",
        "bandit-json",
        "npm-audit-json",
        "pip-audit-json",
        "osv-scanner-json",
        "svelte-check-machine",
        "oxlint-json",
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
        "svelte-check",
        "oxlint",
        "osv-scanner",
        "osv"
      ],
      description: "Report formats the pipeline reads. Test results: junit. Coverage: coverage.py-json, cobertura, lcov, istanbul-summary (coverage-summary.json), istanbul-final (coverage-final.json), jacoco (JaCoCo XML: jacoco-maven-plugin's target/site/jacoco/jacoco.xml, Gradle's build/reports/jacoco/test/jacocoTestReport.xml). Findings: eslint-json, tsc-text, ruff-json, pyright-json, mypy-text, mypy-json (mypy -O json), pylint-json, secretlint-json, detect-secrets-json, gitleaks-json, sarif, bandit-json, npm-audit-json (npm 7+), pip-audit-json, osv-scanner-json, svelte-check-machine (svelte-check --output machine or machine-verbose), oxlint-json (oxlint --format json); a findings format may also be named by its tool alone (eslint, bandit, npm-audit, pip-audit, osv-scanner, gitleaks, ...)."
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
          description: "Minimum coverage (percent) for each target: line coverage, or coverage.py's statements+branches figure when it measured branches.",
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
              description: "Minimum coverage for target dev."
            },
            staging_threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 70,
              description: "Minimum coverage for target staging."
            },
            production_threshold: {
              allOf: [
                {
                  $ref: "#/definitions/percent"
                }
              ],
              default: 80,
              description: "Minimum coverage for target production."
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
            },
            flaky: {
              description: "Tests that failed and then passed within this run (a rerun in the report or of the command): fail counts them as failed, warn as passed with a warning, ignore as passed.",
              enum: [
                "fail",
                "warn",
                "ignore"
              ],
              default: "warn"
            },
            quarantine: {
              description: "Tests whose failures are reported but do not count against the gate. An expired entry fails the gate; an entry that matches no test is warned about.",
              type: "array",
              default: [],
              items: {
                type: "object",
                additionalProperties: false,
                required: [
                  "test",
                  "reason"
                ],
                not: {
                  description: "until is an alias of expires; give the date once, as expires or as until",
                  properties: {
                    expires: true,
                    until: true
                  },
                  required: [
                    "expires",
                    "until"
                  ]
                },
                properties: {
                  test: {
                    description: "A test id as the report names it (classname::name), a pytest node id (tests/test_x.py::test_y), or a glob of one (* and ?).",
                    type: "string",
                    minLength: 1
                  },
                  reason: {
                    description: "Why the test is quarantined (an issue link): shown wherever its failures are.",
                    type: "string",
                    minLength: 1,
                    pattern: "\\S"
                  },
                  expires: {
                    description: "Last day (YYYY-MM-DD, UTC) on which the entry excuses failures; after it the gate fails.",
                    type: "string",
                    pattern: "^\\d{4}-\\d{2}-\\d{2}$"
                  },
                  until: {
                    description: "Alias of expires (the name DESIGN.md gives it): the last day (YYYY-MM-DD, UTC) on which the entry excuses failures. Give expires or until, not both.",
                    type: "string",
                    pattern: "^\\d{4}-\\d{2}-\\d{2}$"
                  }
                }
              }
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
            },
            secrets: {
              type: "boolean",
              default: true,
              description: "The secrets half of the gate (a secret scan report). true: at targets staging and production the gate fails when no secret scan was measured (at dev: a warning). false: off by configuration, reported as off, its reports not read."
            },
            vulnerabilities: {
              type: "boolean",
              default: true,
              description: "The vulnerabilities half of the gate (a dependency audit or a scan with severities). true: at targets staging and production the gate fails when no vulnerabilities were measured (at dev: a warning). false: off by configuration, reported as off, its reports not read."
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
                  description: "JUnit XML test results (gate test_pass_rate). A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report.",
                  $ref: "#/definitions/reportRef"
                },
                coverage: {
                  description: "Coverage report: coverage.py JSON, Cobertura, JaCoCo XML, lcov or Istanbul (gate test_coverage).",
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
          maximum: 21600,
          description: "Seconds before the first retry (at most 6 hours, a GitHub job's limit)."
        },
        exponential_base: {
          type: "number",
          minimum: 1,
          description: "Factor between consecutive delays."
        },
        max_delay: {
          type: "number",
          minimum: 0,
          maximum: 21600,
          description: "Upper bound of one delay, in seconds (at most 6 hours, a GitHub job's limit)."
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
              maximum: 31536e3,
              default: 60,
              description: "Seconds the circuit stays open before one trial deploy is let through (also across runs); at most a year (31536000)."
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
          description: "http(s) URL; takes {environment_url} and the other deployment placeholders, but not {staging_url} (a health check polls its own stage's environment)."
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
          description: "Command template; ENVIRONMENT_URL is set in its environment. Takes the deployment placeholders but {staging_url}: the tests check their own stage's environment ({environment_url})."
        },
        reports: {
          type: "object",
          additionalProperties: false,
          properties: {
            junit: {
              $ref: "#/definitions/reportRef",
              description: "JUnit XML of the tests. A path to one file; a glob of many (target/surefire-reports/TEST-*.xml, **/build/test-results/test/*.xml: Surefire and Gradle write one file per test class); or a directory, whose *.xml files (not its subdirectories') are read. Of many files, only those this run wrote are read (a stale one is left out, named), at most 10,000, summed into one report."
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
              description: "Environment whose deployments count as the soak. Unset, it is the staging stage's environment (stages.staging_deployment.environment, 'staging' by default): renaming that environment moves the soak with it."
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

// src/cli/init.ts
var CONFIG_FILE = ".github/spec-to-production.yml";
var WORKFLOW_FILE = ".github/workflows/spec-to-production.yml";
var q = (value) => JSON.stringify(value);
async function exists(path) {
  return stat(path).then(
    () => true,
    () => false
  );
}
function guessComponent(probe) {
  const pyName = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(probe.text("pyproject.toml") ?? "")?.[1];
  const raw = probe.packageJson()?.name?.replace(/^@[^/]+\//, "") ?? pyName ?? basename(probe.workspace);
  const cleaned = raw.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+|[.-]+$/g, "").slice(0, 100);
  return cleaned === "" ? "app" : cleaned;
}
function templated(path, component) {
  return path.split("/").map((part) => part === component ? "{component}" : part).join("/");
}
function reportYaml(ref) {
  if (!ref?.path) return "{}";
  return ref.format ? `{ path: ${q(ref.path)}, format: ${ref.format} }` : q(ref.path);
}
function because(choices, topic) {
  const c = choices.find((x) => x.topic === topic);
  return c ? `# ${c.topic}: ${c.chose} (${c.because})` : "";
}
function toolYaml(name, step, note) {
  const lines = [`    ${note}`.trimEnd(), `    ${name}:`];
  if (!step || step.enabled === false || !step.command) return [...lines, "      enabled: false  # to check it, replace this line with the command and report the reason above names"];
  lines.push(`      command: ${q(step.command)}`);
  if (step.fix_command) lines.push(`      fix_command: ${q(step.fix_command)}`);
  if (step.report) lines.push(`      report: ${reportYaml(step.report)}`);
  if (step.reports && step.reports.length > 0) lines.push(`      reports: [${step.reports.map(reportYaml).join(", ")}]`);
  return lines.filter((l) => l.trim() !== "");
}
function schemaUrl(action) {
  const id = spec_to_production_schema_default.$id;
  if (!action?.known) return id;
  const at = action.uses.lastIndexOf("@");
  const [owner, name, ...directory] = action.uses.slice(0, at).split("/");
  return `https://raw.githubusercontent.com/${owner}/${name}/${action.uses.slice(at + 1)}/${directory.map((d) => `${d}/`).join("")}schema/spec-to-production.schema.json`;
}
function configText(preset, layer, choices, paths, action) {
  const testing = layer.stages?.testing;
  const r = layer.stages?.refactoring;
  const example = choices.find((c) => c.topic === "tests and coverage")?.example;
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl(action)}`,
    "# spec-to-production configuration, written by `spec-to-production init`.",
    "# These are the commands the preset chose for this repository (the reason is above each); edit them freely.",
    "# `spec-to-production config --print --component NAME` shows the effective values and where each came from.",
    "# Commands run at the repository root. {reports} is a fresh directory per run; {path} and {tests} are the paths below.",
    `preset: ${preset}`,
    `paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }`,
    "quality_gates:",
    "  test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 }",
    "  test_pass_rate: { required: 100 }",
    "  type_checking: { max_errors: 0 }",
    "  security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }",
    "stages:",
    `  ${because(choices, "tests and coverage")}`,
    "  testing:",
    ...testing?.command ? [`    command: ${q(testing.command)}`, `    reports: { junit: ${reportYaml(testing.reports?.junit)}, coverage: ${reportYaml(testing.reports?.coverage)} }`] : (
      // No command chosen: a valid file that the run refuses up front with the reason, never `junit: {}` (invalid).
      // A language no preset drives gets its own tools' command and reports (a Go module was shown an Istanbul
      // coverage-summary.json, which no Go tool writes).
      [
        "    # TODO: a command that writes a JUnit XML report, and where it and the coverage report are, e.g.",
        ...example ? [`    # command: ${q(example.command)}`, `    # reports: ${example.reports}`] : ['    # reports: { junit: { path: "{reports}/junit.xml", format: junit }, coverage: { path: "{reports}/coverage/coverage-summary.json", format: istanbul-summary } }'],
        '    command: ""'
      ]
    ),
    "  refactoring:",
    ...toolYaml("linting", r?.linting, because(choices, "linting")),
    ...toolYaml("type_checking", r?.type_checking, because(choices, "type checking")),
    ...toolYaml("security", r?.security, `${because(choices, "secrets")}
    ${because(choices, "vulnerabilities")}`),
    "  # Deployments: give a command (it takes {environment}, {sha}, {outputs}) and remove enabled: false.",
    "  staging_deployment: { enabled: false }",
    "  production_deployment: { enabled: false }"
  ];
  return `${lines.filter((l) => l.trim() !== "").join("\n")}
`;
}
function specText(component, paths) {
  return `---
component: ${component}
paths: { source: ${q(paths.source)}, tests: ${q(paths.tests)} }
---
# ${component}

## Overview

What ${component} is for, in a few sentences.

## Requirements

- The first thing ${component} must do.

## Acceptance Criteria

- A checkable statement that shows the first requirement is met.
`;
}
function toolDistributions(layer) {
  const r = layer.stages?.refactoring;
  const commands = [layer.stages?.testing?.command, r?.linting?.command, r?.type_checking?.command, r?.security?.command].filter((c) => typeof c === "string").join("\n");
  const wanted = [
    ["pytest", /-m pytest\b/],
    ["pytest-cov", /--cov=/],
    ["pytest-django", /\s--ds=/],
    ["coverage", /-m coverage\b/],
    ["unittest-xml-reporting", /-m xmlrunner\b/],
    ["ruff", /(^|[\s;&|(])ruff check\b/m],
    ["pylint", /-m pylint\b/],
    ["mypy", /-m mypy\b/],
    ["pyright", /(^|[\s;&|(])pyright\b/m],
    ["detect-secrets", /-m detect_secrets\b|(^|[\s;&|(])detect-secrets scan\b/m],
    ["pip-audit", /-m pip_audit\b|(^|[\s;&|(])pip-audit\b/m]
  ];
  return wanted.filter(([dist, pattern]) => pattern.test(commands) && !(dist === "pyright" && /npx pyright/.test(commands))).map(([dist]) => dist);
}
function goToolSteps(probe, layer, todoCommand) {
  const commands = [layer.stages?.refactoring?.security?.command, layer.stages?.testing?.command, todoCommand].filter((c) => typeof c === "string").join("\n");
  const tools = GO_TOOLS.filter((t) => t.pattern.test(commands));
  if (tools.length === 0) return [];
  return [
    "      - uses: actions/setup-go@v5",
    probe.file("go.mod") ? "        with: { go-version-file: go.mod, cache: false }" : "        with: { go-version: stable, cache: false }",
    `      - run: ${tools.map((t) => `go install ${t.module}`).join(" && ")}`
  ];
}
function setupSteps(preset, probe, layer, source, todoCommand) {
  return [...languageSteps(preset, probe, layer, source), ...goToolSteps(probe, layer, todoCommand)];
}
function languageSteps(preset, probe, layer, source) {
  if (preset === "node") {
    const pnpm = probe.file("pnpm-lock.yaml") || /^pnpm@/.test(probe.packageJson()?.packageManager ?? "");
    const yarn = probe.file("yarn.lock") || /^yarn@/.test(probe.packageJson()?.packageManager ?? "");
    const bun = /^bun@/.test(probe.packageJson()?.packageManager ?? "") || !pnpm && !yarn && !probe.file("package-lock.json") && (probe.file("bun.lock") || probe.file("bun.lockb"));
    return [
      ...pnpm ? ["      - uses: pnpm/action-setup@v4"] : [],
      ...bun ? ["      - uses: oven-sh/setup-bun@v2"] : [],
      "      - uses: actions/setup-node@v5",
      "        with: { node-version: 24 }",
      ...yarn ? ["      - run: corepack enable"] : [],
      `      - run: ${pnpm ? "pnpm install --frozen-lockfile" : yarn ? "yarn install --immutable" : bun ? "bun install --frozen-lockfile" : probe.file("package-lock.json") ? "npm ci" : "npm install"}`
    ];
  }
  if (preset === "python") {
    if (probe.file("uv.lock") || probe.pyprojectTable("tool.uv")) return ["      - uses: astral-sh/setup-uv@v6", "      - run: uv sync --all-extras --dev"];
    const venv = /(^|[\s;])\.venv\/bin\/python /.test(layer.stages?.testing?.command ?? "");
    const pip = venv ? ".venv/bin/python -m pip install" : "python -m pip install";
    const project = projectInstall(probe, source);
    const tools = toolDistributions(layer);
    return [
      "      - uses: actions/setup-python@v5",
      "        with: { python-version: '3.x' }",
      // Its bin on PATH for the later steps: a tool the configuration runs bare because it was on PATH here (ruff from
      // pipx, pyright from npm) is installed into the .venv below, where a bare name would not find it.
      ...venv ? ["      - run: python -m venv .venv", '      - run: echo "$PWD/.venv/bin" >> "$GITHUB_PATH"'] : [],
      // `--group` needs pip 25.1 or later, newer than some Pythons bring.
      ...project ? [`      - run: ${yamlScalar(`${/--group /.test(project) ? `${pip} --upgrade pip && ` : ""}${pip} ${project}`)}`] : [],
      ...tools.length > 0 ? [`      - run: ${pip} ${tools.join(" ")}`] : []
    ];
  }
  if (probe.file("deno.json") || probe.file("deno.jsonc")) return ["      - uses: denoland/setup-deno@v2"];
  const jvm = probe.file("pom.xml") ? "maven" : ["build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"].some((f) => probe.file(f)) ? "gradle" : void 0;
  if (jvm) return ["      - uses: actions/setup-java@v5", `        with: { distribution: temurin, java-version: ${javaRelease(probe, jvm)}, cache: ${jvm} }`];
  if (probe.file("Cargo.toml")) {
    return [
      "      - uses: dtolnay/rust-toolchain@stable",
      "        with: { components: llvm-tools-preview }",
      "      - uses: taiki-e/install-action@v2",
      '        with: { tool: "cargo-llvm-cov,cargo-nextest" }'
    ];
  }
  if (probe.file("composer.json")) {
    return [
      "      - uses: shivammathur/setup-php@v2",
      "        with: { php-version: latest, coverage: pcov }",
      "      - run: composer install --no-interaction --no-progress"
    ];
  }
  if (probe.file("Gemfile") || probe.file("gems.rb")) {
    const pinned = probe.file(".ruby-version") || /^ruby\s/m.test(probe.text(".tool-versions") ?? "");
    return ["      - uses: ruby/setup-ruby@v1", `        with: { ${pinned ? "" : "ruby-version: ruby, "}bundler-cache: true }`];
  }
  return [];
}
function javaRelease(probe, tool) {
  const texts = tool === "maven" ? [probe.text("pom.xml")] : ["build.gradle", "build.gradle.kts"].map((f) => probe.text(f));
  const patterns = tool === "maven" ? [/<maven\.compiler\.release>\s*(\d+(?:\.\d+)?)\s*</, /<maven\.compiler\.source>\s*(\d+(?:\.\d+)?)\s*</, /<java\.version>\s*(\d+(?:\.\d+)?)\s*</] : [/JavaLanguageVersion\.of\(\s*(\d+)\s*\)/, /sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_(\d+(?:_\d+)?)|['"]?(\d+(?:\.\d+)?))/];
  for (const pattern of patterns) {
    for (const text of texts) {
      const found = text?.match(pattern);
      const version = found?.slice(1).find((v) => v !== void 0)?.replace("_", ".");
      if (version === void 0) continue;
      const release = /^1\.(\d+)$/.test(version) ? version.slice(2) : version;
      if (Number(release) >= 8) return release;
    }
  }
  return "21";
}
function yamlScalar(text) {
  const plain = !/[\r\n\t]|: | #|:$|\s$/.test(text) && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text);
  return plain ? text : JSON.stringify(text);
}
function usesLine(action) {
  return `      - uses: ${action.uses}${action.known ? "" : `  ${PLACEHOLDER_TODO}`}`;
}
function checkoutWith(probe) {
  const submodules = /^\s*\[submodule\s/m.test(probe.text(".gitmodules") ?? "");
  return submodules ? "        with: { fetch-depth: 2, submodules: recursive }   # the base of a pull request, to compare with; .gitmodules: the tests may read them\n" : "        with: { fetch-depth: 2 }   # the base of a pull request (the merge commit's first parent), to compare the change with\n";
}
function workflowText(component, specPath, preset, probe, action, layer = {}, source, todoCommand) {
  return `# Written by \`spec-to-production init\`: runs ${component} from its spec through the quality gates.
name: spec-to-production
on: [push, pull_request]
permissions: { contents: read, checks: write }
jobs:
  ship:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
${checkoutWith(probe)}${setupSteps(preset, probe, layer, source, todoCommand).join("\n")}
${usesLine(action)}
        with:
          spec: ${specPath}
          component: ${component}
          target: dev            # dev | staging | production (staging and production need deployment commands)
`.replace(/\n\n+/g, "\n");
}
async function initCommand(argv, sources = defaultSources()) {
  const { values } = parseArgs({
    args: argv,
    options: { component: { type: "string" }, force: { type: "boolean" }, workspace: { type: "string" } },
    strict: true
  });
  const workspace = workspaceDirectory(values.workspace);
  const probe = new RepositoryProbe(workspace);
  const component = validateComponentName(values.component ?? guessComponent(probe));
  refuseInsideMonorepo(workspace, component, "spec-to-production init");
  const layout = layoutPaths(probe, component);
  const detected = await detectPreset(workspace, layout.source);
  const { layer, choices } = await fitPreset(detected.preset, probe, void 0, { source: layout.source, tests: layout.tests });
  const paths = { source: templated(layout.source, component), tests: templated(layout.tests, component) };
  const specPath = `specs/${component}.md`;
  const action = actionReference(sources);
  const todo = layer.stages?.testing?.command ? void 0 : choices.find((c) => c.topic === "tests and coverage")?.example?.command;
  const workflow = workflowText(component, specPath, detected.preset, probe, action, layer, layout.source, todo);
  const files = [
    [CONFIG_FILE, configText(detected.preset, layer, choices, paths, action)],
    [specPath, specText(component, { source: layout.source, tests: layout.tests })],
    [WORKFLOW_FILE, workflow]
  ];
  const keepSpec = await exists(join2(workspace, specPath));
  if (keepSpec) files.splice(1, 1);
  const present = [];
  for (const [path] of files) if (await exists(join2(workspace, path))) present.push(path);
  if (present.length > 0 && !values.force) {
    printInert(process.stderr, `spec-to-production init: ${present.join(", ")} already exist${present.length === 1 ? "s" : ""}; nothing was written. Run with --force to overwrite.
`);
    return 2;
  }
  printInert(process.stdout, `preset ${detected.preset} (${detected.source})
`);
  printInert(process.stdout, `  paths: source ${layout.source}, tests ${layout.tests} (${layout.because})
`);
  for (const c of choices) printInert(process.stdout, `  ${c.topic}: ${c.chose} \u2014 ${c.because}
`);
  if (action.known) printInert(process.stdout, `  action: ${action.uses} (from ${action.from})
`);
  for (const [path, text] of files) {
    await mkdir(dirname2(join2(workspace, path)), { recursive: true });
    await writeFile(join2(workspace, path), text);
    printInert(process.stdout, `wrote ${path}${present.includes(path) ? " (overwritten)" : ""}
`);
  }
  if (keepSpec) printInert(process.stdout, `kept ${specPath} (an existing spec is never overwritten)
`);
  if (!action.known) {
    const line = workflow.split("\n").findIndex((l) => l.includes(PLACEHOLDER_TODO)) + 1;
    printInert(
      process.stderr,
      `
WARNING: ${WORKFLOW_FILE}:${line} uses the placeholder ${action.uses}, which is not a real action: the workflow cannot run until you edit that line.
WARNING: replace ${action.uses.split("@")[0]} with the action's owner/name (the action's repository is not known here: ${action.why}).

`
    );
  }
  printInert(
    process.stdout,
    `
Next: spec-to-production --spec ${specPath} --component ${component}
Add to .gitignore: ${GITIGNORE_LINES.join(", ")}
`
  );
  return 0;
}
export {
  CONFIG_FILE,
  WORKFLOW_FILE,
  configText,
  initCommand,
  schemaUrl,
  specText,
  workflowText
};
