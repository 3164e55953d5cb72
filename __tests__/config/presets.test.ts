import { describe, expect, it } from '@jest/globals'
import { mergeLayers, normalizeReportRef } from '../../src/config/merge.js'
import { tmpdir } from 'node:os'
import { defaultConfig, fitPreset, PRESET_NAMES } from '../../src/config/presets.js'
import { RepositoryProbe } from '../../src/config/probe.js'
import { schemaErrors } from '../../src/config/schema.js'
import { configSchema } from '../../src/config/schema-document.js'
import { COVERAGE_FORMATS } from '../../src/reports/coverage.js'
import { FINDINGS_FORMATS, findingsFormat } from '../../src/reports/findings/index.js'

describe('defaults', () => {
  const config = defaultConfig()

  it('has the gate thresholds of DESIGN §4', () => {
    expect(config.quality_gates).toEqual({
      test_coverage: { dev_threshold: 50, staging_threshold: 70, production_threshold: 80 },
      test_pass_rate: { required: 100, flaky: 'warn', quarantine: [] },
      linting: { max_issues: 0, auto_fix: 'suggest' },
      type_checking: { max_errors: 0, max_warnings: null },
      security: { max_secrets: 0, max_critical: 0, max_high: 0, max_medium: 5, secrets: true, vulnerabilities: true }
    })
  })

  it('has the retry policies of DESIGN §4, never retrying a timeout', () => {
    expect(config.error_recovery).toEqual({
      testing: { max_retries: 3, base_delay: 1, exponential_base: 2, max_delay: 10, jitter: true, retry_on_timeout: false },
      refactoring: { max_retries: 2, base_delay: 1, exponential_base: 2, max_delay: 10, jitter: true, retry_on_timeout: false },
      staging_deployment: { max_retries: 5, base_delay: 2, exponential_base: 2, max_delay: 30, jitter: true, retry_on_timeout: false },
      production_deployment: { max_retries: 3, base_delay: 5, exponential_base: 1.5, max_delay: 60, jitter: true, retry_on_timeout: false },
      circuit_breaker: { failure_threshold: 5, recovery_timeout: 60, half_open_max_calls: 1 }
    })
  })

  it('enables every stage with 600 s timeouts, named environments and no commands', () => {
    expect(config.preset).toBe('none')
    expect(config.paths).toEqual({ source: 'src/{component}', tests: 'tests/{component}' })
    expect(config.stages.specification).toEqual({ enabled: true, required_sections: ['Requirements'] })
    expect(config.stages.testing).toEqual({ enabled: true, reports: {}, timeout_seconds: 600 })
    expect(config.stages.refactoring).toEqual({
      enabled: true,
      timeout_seconds: 600,
      linting: { enabled: true },
      type_checking: { enabled: true },
      security: { enabled: true, reports: [] },
      instructions_validation: { enabled: true, globs: ['.github/instructions/**/*.instructions.md'] }
    })
    expect(config.stages.staging_deployment).toEqual({ enabled: true, environment: 'staging', timeout_seconds: 600, github_deployment: true })
    expect(config.stages.production_deployment).toEqual({
      enabled: true,
      environment: 'production',
      timeout_seconds: 600,
      github_deployment: true,
      criteria: { integration_coverage: { threshold: 80 }, soak: { days: 7, environment: 'staging' }, uptime: { threshold: 99.5, days: 7 } }
    })
    expect(config.context_management).toEqual({ session: { enabled: true, max_tokens: 8000 } })
    expect(config.observability).toEqual({ metrics: { enabled: true, retention_days: 30 }, dashboard: { enabled: true } })
  })

  it('is a fresh copy each time', () => {
    defaultConfig().quality_gates.linting.max_issues = 99
    defaultConfig().stages.specification.required_sections.push('x')
    expect(defaultConfig().quality_gates.linting.max_issues).toBe(0)
    expect(defaultConfig().stages.specification.required_sections).toEqual(['Requirements'])
  })
})

describe('presets', () => {
  it('none adds nothing: no commands and no reports', async () => {
    const fitted = await fitPreset('none', new RepositoryProbe(tmpdir()))
    expect(fitted).toEqual({ layer: { preset: 'none' }, choices: [] })
    expect(JSON.stringify(mergeLayers(defaultConfig(), fitted.layer))).not.toMatch(/command/)
  })

  it.each(PRESET_NAMES)('%s keeps the shared defaults and validates against the schema', async (name) => {
    const config = mergeLayers(defaultConfig(), (await fitPreset(name, new RepositoryProbe(tmpdir()))).layer)
    expect(config.quality_gates).toEqual(defaultConfig().quality_gates)
    expect(config.error_recovery).toEqual(defaultConfig().error_recovery)
    expect(schemaErrors(config)).toEqual([])
  })
})

describe('mergeLayers', () => {
  it('merges mappings key by key, replaces lists and scalars, and modifies nothing it was given', () => {
    const base = defaultConfig()
    const layer = { quality_gates: { test_coverage: { staging_threshold: 75 } }, stages: { specification: { required_sections: ['A'] } } }
    const merged = mergeLayers(base, layer)
    expect(merged.quality_gates.test_coverage).toEqual({ dev_threshold: 50, staging_threshold: 75, production_threshold: 80 })
    expect(merged.stages.specification.required_sections).toEqual(['A'])
    expect(base).toEqual(defaultConfig())
    merged.stages.specification.required_sections.push('B')
    expect(layer.stages.specification.required_sections).toEqual(['A'])
  })

  it('replaces a report whole, so a new path does not inherit the old format', async () => {
    const python = mergeLayers(defaultConfig(), (await fitPreset('python', new RepositoryProbe(tmpdir()))).layer)
    const merged = mergeLayers(python, {
      stages: { refactoring: { type_checking: { report: '{reports}/mypy.txt' } }, testing: { reports: { junit: { path: 'j.xml' } } } }
    })
    expect(merged.stages.refactoring.type_checking.report).toEqual({ path: '{reports}/mypy.txt' })
    expect(merged.stages.testing.reports.junit).toEqual({ path: 'j.xml' })
    expect(merged.stages.testing.reports.coverage).toEqual({ path: '{reports}/coverage.json', format: 'coverage.py-json' })
  })

  it('skips __proto__ keys', () => {
    const layer = JSON.parse('{"__proto__": {"polluted": true}, "quality_gates": {"__proto__": {"polluted": true}}}')
    const merged = mergeLayers(defaultConfig(), layer) as unknown as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(merged.polluted).toBeUndefined()
    expect((merged.quality_gates as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('normalizes report refs', () => {
    expect(normalizeReportRef('a.xml')).toEqual({ path: 'a.xml' })
    expect(normalizeReportRef({ path: 'a.xml', format: 'junit' })).toEqual({ path: 'a.xml', format: 'junit' })
    expect(normalizeReportRef(5)).toBeUndefined()
  })
})

describe('schema file', () => {
  type SchemaNode = Record<string, unknown>
  const definitions = (configSchema as SchemaNode).definitions as Record<string, SchemaNode>

  function resolveNode(node: SchemaNode): SchemaNode {
    let current = node
    for (;;) {
      if (typeof current.$ref === 'string') current = { ...current, ...definitions[current.$ref.replace('#/definitions/', '')], $ref: undefined }
      else if (Array.isArray(current.allOf) && current.allOf.length === 1 && !current.properties) {
        current = { ...(current.allOf[0] as SchemaNode), ...current, allOf: undefined }
      } else return current
    }
  }

  /** [key path, schema default, actual default] for every `default` in the schema. */
  function schemaDefaults(node: SchemaNode, value: unknown, path: string[], out: Array<[string, unknown, unknown]>): void {
    const resolved = resolveNode(node)
    if ('default' in resolved && path.length > 0) out.push([path.join('.'), resolved.default, value])
    const properties = resolved.properties as Record<string, SchemaNode> | undefined
    if (!properties || typeof value !== 'object' || value === null) return
    for (const [key, child] of Object.entries(properties)) {
      const childValue = (value as Record<string, unknown>)[key]
      if (childValue !== undefined) schemaDefaults(child, childValue, [...path, key], out)
    }
  }

  it('documents the same defaults the loader applies', () => {
    const found: Array<[string, unknown, unknown]> = []
    schemaDefaults(configSchema as SchemaNode, defaultConfig(), [], found)
    expect(found.length).toBeGreaterThan(30)
    for (const [path, documented, actual] of found) expect({ path, value: documented }).toEqual({ path, value: actual })
  })

  it('describes every key, for editors', () => {
    const undocumented: string[] = []
    const visit = (node: SchemaNode, path: string): void => {
      const resolved = resolveNode(node)
      if (path !== '' && typeof resolved.description !== 'string') undocumented.push(path)
      for (const [key, child] of Object.entries((resolved.properties ?? {}) as Record<string, SchemaNode>)) {
        visit(child, path === '' ? key : `${path}.${key}`)
      }
    }
    visit(configSchema as SchemaNode, '')
    expect(undocumented).toEqual([])
  })

  it('refuses unknown keys at every level', () => {
    const visit = (node: SchemaNode, path: string): void => {
      const resolved = resolveNode(node)
      if (resolved.properties) expect({ path, additionalProperties: resolved.additionalProperties }).toEqual({ path, additionalProperties: false })
      for (const [key, child] of Object.entries((resolved.properties ?? {}) as Record<string, SchemaNode>)) {
        visit(child, path === '' ? key : `${path}.${key}`)
      }
    }
    visit(configSchema as SchemaNode, '')
  })
})

describe('schema file: the formats and $id', () => {
  type SchemaNode = Record<string, unknown>
  const definitions = (configSchema as SchemaNode).definitions as Record<string, SchemaNode>
  const named = definitions.reportFormat.enum as string[]

  it('lets format: name every format the code reads, and by the tool name alone', () => {
    for (const format of [...FINDINGS_FORMATS, ...COVERAGE_FORMATS, 'junit']) expect(named).toContain(format)
    for (const format of FINDINGS_FORMATS) expect(named).toContain(format.includes('-') ? format.slice(0, format.lastIndexOf('-')) : format)
    for (const tool of ['pylint-json', 'bandit', 'npm-audit', 'pip-audit', 'osv-scanner', 'gitleaks']) expect(named).toContain(tool)
  })

  it('names nothing the code cannot read', () => {
    const readable = (name: string) => name === 'junit' || (COVERAGE_FORMATS as readonly string[]).includes(name) || findingsFormat(name) !== undefined
    expect(named.filter((name) => !readable(name))).toEqual([])
  })

  it('has an $id editors can point at', () => {
    expect((configSchema as SchemaNode).$id).toBe('https://raw.githubusercontent.com/org/spec-to-production/v1/schema/spec-to-production.schema.json')
  })

  it('accepts a configuration naming the formats the issue listed', () => {
    const config = {
      stages: {
        refactoring: {
          linting: { command: 'pylint x', report: { path: 'p.json', format: 'pylint-json' } },
          security: {
            command: 'scan',
            report: { path: 'g.json', format: 'gitleaks' },
            reports: [
              { path: 'b.json', format: 'bandit' },
              { path: 'n.json', format: 'npm-audit' },
              { path: 'a.json', format: 'pip-audit' },
              { path: 'o.json', format: 'osv-scanner' }
            ]
          }
        }
      }
    }
    expect(schemaErrors(config)).toEqual([])
  })
})
