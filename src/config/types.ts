/** The configuration file's shape after defaults, preset and component overrides are applied (DESIGN.md §4). */
import type { PresetChoice } from './presets.js'

export type Target = 'dev' | 'staging' | 'production'
export const TARGETS: readonly Target[] = ['dev', 'staging', 'production']

export type StageKey = 'specification' | 'testing' | 'refactoring' | 'staging_deployment' | 'production_deployment'
export const STAGE_ORDER: readonly StageKey[] = [
  'specification',
  'testing',
  'refactoring',
  'staging_deployment',
  'production_deployment'
]

/** A report the pipeline reads: a path template, and optionally its format (detected from content otherwise). */
export interface ReportRef {
  path: string
  format?: string
}

/** A tool the refactoring stage runs: its command, the report it writes, whether it runs. */
export interface ToolStep {
  enabled: boolean
  /** Shell command template; `{component}`, `{reports}`, `{path}`, `{tests}` are substituted. */
  command?: string
  /** Report the command writes; without one the gate judges by exit status alone. */
  report?: ReportRef
}

/**
 * What the lint fixer may do (`quality_gates.linting.auto_fix`): `suggest` runs it on a copy and offers the patch,
 * `commit` commits and pushes its fix and judges that commit, `false` never runs it.
 */
export type AutoFix = 'suggest' | 'commit' | false

export interface LintingStep extends ToolStep {
  /** Command that fixes what it can (how it is used: `quality_gates.linting.auto_fix`). */
  fix_command?: string
}

/** The security step: a secret scan and vulnerability audits may each write a report. */
export interface SecurityStep extends ToolStep {
  /** More reports besides `report` (e.g. `npm audit --json` next to a secret scan). */
  reports: ReportRef[]
}

export interface InstructionsStep {
  enabled: boolean
  globs: string[]
}

export interface SpecificationStage {
  enabled: boolean
  /** Section titles (`## Title`) the spec must have; matched case-insensitively. */
  required_sections: string[]
}

export interface TestingStage {
  enabled: boolean
  command?: string
  reports: { junit?: ReportRef; coverage?: ReportRef }
  timeout_seconds: number
}

export interface RefactoringStage {
  enabled: boolean
  timeout_seconds: number
  linting: LintingStep
  type_checking: ToolStep
  security: SecurityStep
  instructions_validation: InstructionsStep
}

/** Polled after a deploy (and after a rollback) until healthy or timed out. */
export interface HealthCheckConfig {
  url: string
  /** Default 200. */
  expected_status?: number
  json_field?: string
  expected_value?: string | number | boolean
  /** Default 60. */
  timeout_seconds?: number
  /** Default 1. */
  interval_seconds?: number
}

/** Tests run against a deployed environment, judged like the testing stage's. */
export interface TestCommandConfig {
  command: string
  reports?: { junit?: ReportRef; coverage?: ReportRef }
  /** Default 600. */
  timeout_seconds?: number
}

/** dev→production criteria; each comes from a real source or is unmet. */
export interface ProductionCriteria {
  integration_coverage: { threshold: number; report?: ReportRef }
  performance?: { command?: string; report: string; format?: 'k6' | 'autocannon' | 'generic'; slas: Record<string, { max?: number; min?: number }> }
  soak: { days: number; environment: string }
  uptime: { threshold: number; days: number; command?: string; url?: string }
  security_review?: { users?: string[]; teams?: string[]; labels?: string[] }
}

export interface DeploymentStage {
  enabled: boolean
  /** Deploy command template; also takes `{environment}`, `{sha}`, `{outputs}`, `{staging_url}`. */
  command?: string
  environment: string
  timeout_seconds: number
  rollback_command?: string
  health_check?: HealthCheckConfig
  /** Staging: tests against the deployed environment. */
  integration_tests?: TestCommandConfig
  /** Production: end-to-end tests against the deployed environment. */
  e2e_tests?: TestCommandConfig
  /** Production: the promotion criteria and their sources. */
  criteria?: ProductionCriteria
  /** Record the deployment with GitHub Deployments when running in GitHub. */
  github_deployment: boolean
  /** When set, only these deploy exit statuses are retried (by default all but 2, 126 and 127). */
  retry_on_exit_codes?: number[]
  /** Deploy exit statuses never retried. */
  no_retry_on_exit_codes?: number[]
}

export interface RetryPolicyConfig {
  max_retries: number
  /** Seconds before the first retry. */
  base_delay: number
  exponential_base: number
  /** Upper bound of one delay, in seconds. */
  max_delay: number
  jitter: boolean
  /** Whether a command killed at its timeout may be retried (default false: a hang usually hangs again). */
  retry_on_timeout: boolean
}

export interface CircuitBreakerConfig {
  failure_threshold: number
  /** Seconds the circuit stays open before a trial call. */
  recovery_timeout: number
  half_open_max_calls: number
}

/** `quality_gates.test_pass_rate.flaky`. */
export type FlakyPolicy = 'fail' | 'warn' | 'ignore'

/** One entry of `quality_gates.test_pass_rate.quarantine`. */
export interface QuarantineEntry {
  /** A test id (`classname::name`, or a pytest node id `path.py::name`) or a glob of one (`*`, `?`). */
  test: string
  /** Why the test is quarantined: shown wherever its failures are. */
  reason: string
  /**
   * `YYYY-MM-DD`: the last day the entry excuses failures; after it the gate fails. The file may give it as `until`
   * (an alias; giving both is a configuration error): the loaded configuration always has it here.
   */
  expires?: string
}

export interface Config {
  /** Preset the defaults came from. */
  preset: 'python' | 'node' | 'none'
  /** Where the component's sources and tests live; templates `{path}` and `{tests}`. */
  paths: { source: string; tests: string }
  quality_gates: {
    test_coverage: { dev_threshold: number; staging_threshold: number; production_threshold: number }
    test_pass_rate: {
      required: number
      /** Tests that failed and then passed within this run: counted as failed, passed with a warning, or passed. */
      flaky: FlakyPolicy
      /** Tests whose failures are reported but do not count against the gate. */
      quarantine: QuarantineEntry[]
    }
    /** `auto_fix: true` is read as `suggest` (deprecated alias, with a warning). */
    linting: { max_issues: number; auto_fix: AutoFix | true }
    type_checking: { max_errors: number; max_warnings: number | null }
    security: {
      max_secrets: number
      max_critical: number
      max_high: number
      max_medium: number
      /**
       * Whether each half of the gate is required (default true): at staging and production an enabled half that was
       * not measured fails the gate; false turns the half off, and it is reported as off, never as passed.
       */
      secrets: boolean
      vulnerabilities: boolean
    }
  }
  stages: {
    specification: SpecificationStage
    testing: TestingStage
    refactoring: RefactoringStage
    staging_deployment: DeploymentStage
    production_deployment: DeploymentStage
  }
  error_recovery: {
    testing: RetryPolicyConfig
    refactoring: RetryPolicyConfig
    staging_deployment: RetryPolicyConfig
    production_deployment: RetryPolicyConfig
    circuit_breaker: CircuitBreakerConfig
  }
  context_management: { session: { enabled: boolean; max_tokens: number } }
  observability: { metrics: { enabled: boolean; retention_days: number }; dashboard: { enabled: boolean } }
}

/** What the loader returns: the effective config for one component and where it came from. */
export interface LoadedConfig {
  config: Config
  /** Absolute path of the file read, or null when none existed and only the preset applies. */
  file: string | null
  /** How the preset was chosen: named in the file, or detected from the repository (and from what). */
  presetSource: string
  /** What the preset and the layout detection chose for this repository, and why. */
  choices: PresetChoice[]
  /** The layers merged, lowest first, each named for where its values came from (`config --print`). */
  layers: ConfigLayer[]
}

/** One layer of the effective configuration and where it came from. */
export interface ConfigLayer {
  name: string
  layer: object
  /** The file line of the key at a path of this layer (`['quality_gates', 'linting', 'max_issues']`), when it has one. */
  lineOf?: (path: readonly string[]) => number | null
}

/** The user's mistake in configuration or usage: reported plainly, exit status 2. */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigurationError'
  }
}
