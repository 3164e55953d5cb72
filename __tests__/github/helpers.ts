/** Shared pieces of the GitHub-surface tests: reports with findings, a recording logger and annotation sink. */
import type { GateResult, StageResult, WorkflowReport } from '../../src/engine/model.js'
import type { Finding, Severity } from '../../src/reports/types.js'
import type { AnnotationProperties, AnnotationSink } from '../../src/github/annotations.js'
import type { GitHubLogger } from '../../src/github/octokit.js'

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname

export function gate(name: string, passed: boolean, details: Record<string, unknown>, findings: Finding[] = [], errors: string[] = []): GateResult {
  return { gate_name: name, passed, details, errors, warnings: [], execution_time_ms: 120, findings }
}

function stage(name: StageResult['stage_name'], gates: GateResult[], status: StageResult['status'] = gates.every((g) => g.passed) ? 'passed' : 'failed'): StageResult {
  return {
    stage_name: name,
    success: status === 'passed',
    status,
    outputs: {},
    errors: [],
    warnings: [],
    execution_time_ms: 2300,
    retries: 0,
    quality_gates: Object.fromEntries(gates.map((g) => [g.gate_name, g])),
    commands: [],
    started_at: '2025-10-20T09:15:00.000Z',
    finished_at: '2025-10-20T09:15:02.300Z'
  }
}

/** A staging run of `player_experience` that fails in refactoring (or passes) with the given findings. */
export function reportWith(findings: Finding[], options: { passed?: boolean; coverage?: number } = {}): WorkflowReport {
  const coverage = options.coverage ?? 84.5
  const testing = stage('testing', [
    gate('test_pass_rate', true, { total: 40, passed: 40, failed: 0, errors: 0, skipped: 0, pass_rate: 100, required: 100 }),
    gate('test_coverage', coverage >= 70, { coverage, threshold: 70, lines_covered: 845, lines_total: 1000, format: 'lcov' }, [], coverage >= 70 ? [] : [`line coverage ${coverage}% is below the threshold 70%`])
  ])
  const passed = options.passed ?? (findings.length === 0 && coverage >= 70)
  const refactoring = stage('refactoring', [
    gate('linting', passed, { issue_count: findings.length, max_issues: 0, fixed_count: 0 }, findings, passed ? [] : [`${findings.length} lint issue(s), more than the 0 allowed`])
  ])
  const testingFailed = testing.status === 'failed'
  return {
    schema_version: 1,
    success: passed && !testingFailed,
    component_name: 'player_experience',
    target_stage: 'staging',
    stages_completed: testingFailed ? ['specification'] : passed ? ['specification', 'testing', 'refactoring'] : ['specification', 'testing'],
    stages_failed: testingFailed ? ['testing'] : passed ? [] : ['refactoring'],
    stages_skipped: testingFailed ? ['refactoring', 'staging_deployment'] : ['staging_deployment'],
    skip_reasons: {},
    cancelled: false,
    stage_results: testingFailed ? { testing } : { testing, refactoring },
    total_execution_time_ms: 45230,
    context_session_id: 'player_experience-workflow-2025-10-20',
    metrics_dashboard: null,
    started_at: '2025-10-20T09:15:00.000Z',
    finished_at: '2025-10-20T09:15:45.230Z',
    spec_file: 'specs/player_experience.md',
    config_file: null,
    preset: 'node',
    reports_dir: '/tmp/reports',
    errors: [],
    generator: { name: 'spec-to-production', version: '0.1.0' }
  }
}

/** `count` findings of one severity, on distinct lines of a few files. */
export function findings(count: number, severity: Severity, tool = severity === 'error' ? 'tsc' : 'eslint'): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    tool,
    rule: severity === 'error' ? `TS${2300 + (i % 50)}` : 'no-unused-vars',
    severity,
    file: `src/player_experience/module_${i % 7}.ts`,
    line: 10 + i,
    column: 3,
    message: `${severity} number ${i + 1} reported by ${tool}`
  }))
}

export interface Recorder extends GitHubLogger {
  lines: { level: string; message: string }[]
}

export function recordingLogger(): Recorder {
  const lines: Recorder['lines'] = []
  const at = (level: string) => (message: string) => void lines.push({ level, message })
  return { lines, info: at('info'), warning: at('warning'), error: at('error'), debug: at('debug') }
}

export interface RecordingSink extends AnnotationSink {
  calls: { level: 'error' | 'warning' | 'notice'; message: string; properties?: AnnotationProperties }[]
}

export function recordingSink(): RecordingSink {
  const calls: RecordingSink['calls'] = []
  const at = (level: 'error' | 'warning' | 'notice') => (message: string, properties?: AnnotationProperties) => void calls.push({ level, message, properties })
  return { calls, error: at('error'), warning: at('warning'), notice: at('notice') }
}

/** Environment of a workflow run on a pull request, with GITHUB_SHA the merge commit. */
export function pullRequestEnv(eventFile: string, apiUrl?: string): NodeJS.ProcessEnv {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: `${FIXTURES}${eventFile}`,
    GITHUB_SHA: 'e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4',
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_REPOSITORY: 'acme-games/story-engine',
    ...(apiUrl ? { GITHUB_API_URL: apiUrl } : {})
  }
}
