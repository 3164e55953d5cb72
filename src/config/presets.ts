/**
 * Built-in defaults and the tool presets (DESIGN.md §4). The defaults are the values every preset shares; a preset
 * adds the commands and reports of one ecosystem. schema/spec-to-production.schema.json repeats the defaults for
 * editors, and a test keeps the two equal.
 */
import { mergeLayers, type DeepPartial } from './merge.js'
import type { Config, RetryPolicyConfig } from './types.js'

export type PresetName = Config['preset']
export const PRESET_NAMES: readonly PresetName[] = ['python', 'node', 'none']

function retry(max_retries: number, base_delay: number, exponential_base: number, max_delay: number): RetryPolicyConfig {
  return { max_retries, base_delay, exponential_base, max_delay, jitter: true, retry_on_timeout: false }
}

const DEFAULTS: Config = {
  preset: 'none',
  paths: { source: 'src/{component}', tests: 'tests/{component}' },
  quality_gates: {
    test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
    test_pass_rate: { required: 100 },
    linting: { max_issues: 0, auto_fix: 'suggest' },
    type_checking: { max_errors: 0, max_warnings: null },
    security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5 }
  },
  stages: {
    // One required section keeps an ordinary spec valid while still refusing an empty or unrelated file.
    specification: { enabled: true, required_sections: ['Requirements'] },
    testing: { enabled: true, reports: {}, timeout_seconds: 600 },
    refactoring: {
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: ['.github/instructions/**/*.instructions.md'] }
    },
    staging_deployment: { enabled: true, environment: 'staging', timeout_seconds: 600, github_deployment: true },
    production_deployment: {
      enabled: true,
      environment: 'production',
      timeout_seconds: 600,
      github_deployment: true,
      criteria: {
        integration_coverage: { threshold: 80 },
        soak: { days: 7, environment: 'staging' },
        uptime: { threshold: 99.5, days: 7 }
      }
    }
  },
  error_recovery: {
    testing: retry(3, 1.0, 2.0, 10.0),
    refactoring: retry(2, 1.0, 2.0, 10.0),
    staging_deployment: retry(5, 2.0, 2.0, 30.0),
    production_deployment: retry(3, 5.0, 1.5, 60.0),
    circuit_breaker: { failure_threshold: 5, recovery_timeout: 60.0, half_open_max_calls: 1 }
  },
  context_management: { session: { enabled: true, max_tokens: 8000 } },
  observability: { metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } }
}

/**
 * Python: everything through `uvx`, so nothing has to be installed in the project. pytest needs the pytest-cov
 * plugin for `--cov`, hence `--with pytest-cov`.
 */
const PYTHON: DeepPartial<Config> = {
  preset: 'python',
  stages: {
    testing: {
      command:
        'uvx --with pytest-cov pytest {tests} --cov={path} --cov-report=json:{reports}/coverage.json --junitxml={reports}/junit.xml',
      reports: {
        junit: { path: '{reports}/junit.xml', format: 'junit' },
        coverage: { path: '{reports}/coverage.json', format: 'coverage.py-json' }
      }
    },
    refactoring: {
      linting: {
        command: 'uvx ruff check {path} --output-format=json --output-file={reports}/ruff.json',
        fix_command: 'uvx ruff check --fix {path} && uvx ruff format {path}',
        report: { path: '{reports}/ruff.json', format: 'ruff-json' }
      },
      type_checking: {
        command: 'uvx pyright {path} --outputjson > {reports}/pyright.json',
        report: { path: '{reports}/pyright.json', format: 'pyright-json' }
      },
      security: {
        command: 'uvx detect-secrets scan {path} > {reports}/secrets.json',
        report: { path: '{reports}/secrets.json', format: 'detect-secrets-json' }
      }
    }
  }
}

/**
 * Node: the package's own test script (so its jest configuration applies) with jest-junit and coverage reporters
 * added; eslint, tsc and secretlint through npx. The glob is quoted apart from `{path}` so a quoted path still
 * concatenates into one shell word.
 */
const NODE: DeepPartial<Config> = {
  preset: 'node',
  stages: {
    testing: {
      command:
        'JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml npm test -- --ci --reporters=default --reporters=jest-junit --coverage ' +
        '--coverageReporters=json-summary --coverageReporters=lcov --coverageDirectory={reports}/coverage',
      reports: {
        junit: { path: '{reports}/junit.xml', format: 'junit' },
        coverage: { path: '{reports}/coverage/coverage-summary.json', format: 'istanbul-summary' }
      }
    },
    refactoring: {
      linting: {
        command: 'npx eslint {path} -f json -o {reports}/eslint.json',
        fix_command: 'npx eslint {path} --fix',
        report: { path: '{reports}/eslint.json', format: 'eslint-json' }
      },
      type_checking: {
        command: 'npx tsc --noEmit --pretty false > {reports}/tsc.txt',
        report: { path: '{reports}/tsc.txt', format: 'tsc-text' }
      },
      security: {
        command: "npx secretlint {path}/'**/*' --format json --output {reports}/secretlint.json",
        report: { path: '{reports}/secretlint.json', format: 'secretlint-json' }
      }
    }
  }
}

/** Preset `none` adds nothing: stages that need a command must be given one in the file. */
const PRESETS: Readonly<Record<PresetName, DeepPartial<Config>>> = { python: PYTHON, node: NODE, none: { preset: 'none' } }

/** A fresh copy of the built-in defaults (preset `none`, no commands). */
export function defaultConfig(): Config {
  return structuredClone(DEFAULTS)
}

/** The layer a preset adds over the defaults (a copy). */
export function presetLayer(name: PresetName): DeepPartial<Config> {
  return structuredClone(PRESETS[name])
}

/** The full configuration a preset gives before the file is applied: defaults ← preset. */
export function presetConfig(name: PresetName): Config {
  return mergeLayers(DEFAULTS, PRESETS[name])
}
