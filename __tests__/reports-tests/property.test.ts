/**
 * Property tests: every report parser, fed random text, random JSON and mutated real reports, either returns a
 * well-formed result or throws ReportError: never another error, never a hang, never a polluted Object.prototype.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCobertura } from '../../src/reports/coverage-cobertura.js'
import { coveragePyReport, istanbulFinalReport, istanbulSummaryReport, parseJson } from '../../src/reports/coverage-json.js'
import { parseLcov } from '../../src/reports/coverage-lcov.js'
import { FINDINGS_FORMATS, parseFindings } from '../../src/reports/findings/index.js'
import { parseJUnit } from '../../src/reports/junit.js'
import { ReportError, type CoverageReport, type FindingsReport, type TestReport } from '../../src/reports/types.js'

const ROOT = fileURLToPath(new URL('../../__fixtures__/reports/', import.meta.url))
const OPTS = { file: 'report', workspace: '/w' }
/** Runs per property: small, so the whole file stays well under 20 s; the seed is printed on failure to replay. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25)
/** A parse of a few kilobytes that takes longer than this is a hang. */
const SLOW_MS = 2000

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()
function expectUnpolluted(): void {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS)
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted')
}
afterAll(expectUnpolluted)

// ---------------------------------------------------------------- what a well-formed result is

const count = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

function checkTestReport(r: TestReport): void {
  const t = r.totals
  expect([t.total, t.passed, t.failed, t.errors, t.skipped].every(count)).toBe(true)
  expect(t.passed + t.failed + t.errors + t.skipped).toBe(t.total)
  expect(r.failures.length).toBeLessThanOrEqual(t.failed + t.errors)
  for (const f of r.failures) expect(typeof f.id === 'string' && typeof f.message === 'string').toBe(true)
}

/** Coverage counts: whole and not negative (the JSON coverage readers take any whole number, 2^53 and past included). */
const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0

function checkCoverage(r: CoverageReport): void {
  expect(whole(r.lines_covered) && whole(r.lines_total)).toBe(true)
  expect(Number.isFinite(r.percent)).toBe(true)
  for (const f of r.files) {
    expect(typeof f.file).toBe('string')
    expect(whole(f.lines_covered) && whole(f.lines_total)).toBe(true)
  }
}

const SEVERITIES = new Set(['error', 'warning', 'notice'])
const GRADES = new Set(['critical', 'high', 'medium', 'low'])
function checkFindings(r: FindingsReport): void {
  expect(typeof r.format === 'string' && typeof r.tool === 'string').toBe(true)
  const { error, warning, notice } = r.counts
  expect([error, warning, notice].every(count)).toBe(true)
  expect(r.findings.length).toBeLessThanOrEqual(error + warning + notice)
  for (const f of r.findings) {
    expect(SEVERITIES.has(f.severity)).toBe(true)
    expect(typeof f.file === 'string' && typeof f.message === 'string' && typeof f.tool === 'string').toBe(true)
    for (const n of [f.line, f.end_line, f.column]) if (n !== undefined) expect(count(n) && n > 0).toBe(true)
    if (f.security_severity !== undefined) expect(GRADES.has(f.security_severity)).toBe(true)
    // eslint-disable-next-line no-control-regex -- control characters never reach a finding
    expect(/[\u0000-\u0008\u000B-\u001F\u007F]/.test(f.file + f.message + (f.rule ?? ''))).toBe(false)
  }
  if (r.vulnerabilities) expect(Object.values(r.vulnerabilities).every(count)).toBe(true)
  expect(Object.getPrototypeOf(r)).toBe(Object.prototype)
}

/** Runs a parser: a result must be well-formed, an error must be a ReportError; nothing may take long. */
async function outcome<T>(parse: () => T | Promise<T>, check: (r: T) => void): Promise<void> {
  const started = performance.now()
  let result: T | undefined
  try {
    result = await parse()
  } catch (error) {
    if (!(error instanceof ReportError)) throw error
  }
  expect(performance.now() - started).toBeLessThan(SLOW_MS)
  if (result !== undefined) check(result)
  expectUnpolluted()
}

// ---------------------------------------------------------------- the parsers

interface Parser {
  name: string
  run: (text: string | Buffer) => Promise<void>
  fixtures: string[]
  json: boolean
}

const text = (input: string | Buffer) => (typeof input === 'string' ? input : input.toString('utf8'))
async function* once(input: string | Buffer): AsyncGenerator<string | Buffer> {
  yield input
}
const fixtureFiles = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(ROOT, dir))
    .filter((name) => pattern.test(name) && statSync(join(ROOT, dir, name)).isFile())
    .map((name) => join(ROOT, dir, name))

const PARSERS: Parser[] = [
  {
    name: 'junit',
    run: (input) => outcome(() => parseJUnit(once(input), OPTS), checkTestReport),
    fixtures: [...fixtureFiles('junit', /\.xml$/), ...fixtureFiles('junit/hand-written', /\.xml$/)],
    json: false
  },
  {
    name: 'cobertura',
    run: (input) => outcome(() => parseCobertura(once(input), OPTS), checkCoverage),
    fixtures: [...fixtureFiles('coverage', /\.xml$/), ...fixtureFiles('coverage/hand-written', /\.xml$/)],
    json: false
  },
  {
    name: 'lcov',
    run: (input) => outcome(() => parseLcov(once(input), OPTS), checkCoverage),
    fixtures: [...fixtureFiles('coverage', /\.(lcov|info)$/), ...fixtureFiles('coverage/hand-written', /\.info$/)],
    json: false
  },
  {
    name: 'coverage.py-json',
    run: (input) => outcome(() => coveragePyReport(parseJson(text(input), 'report', 'coverage.py-json'), OPTS), checkCoverage),
    fixtures: fixtureFiles('coverage', /^coverage-py.*\.json$/),
    json: true
  },
  {
    name: 'istanbul-summary',
    run: (input) => outcome(() => istanbulSummaryReport(parseJson(text(input), 'report', 'istanbul-summary'), OPTS), checkCoverage),
    fixtures: fixtureFiles('coverage', /coverage-summary\.json$/),
    json: true
  },
  {
    name: 'istanbul-final',
    run: (input) => outcome(() => istanbulFinalReport(parseJson(text(input), 'report', 'istanbul-final'), OPTS), checkCoverage),
    fixtures: fixtureFiles('coverage', /coverage-final\.json$/),
    json: true
  }
]

/** Every findings fixture, real and hand-made, for the mutation properties. */
const FINDINGS_FIXTURES = [
  ...['eslint', 'tsc', 'ruff', 'pyright', 'mypy', 'secretlint', 'detect-secrets', 'pylint', 'bandit', 'sarif'].flatMap((d) =>
    fixtureFiles(`findings/${d}`, /\.(json|txt|sarif)$/).filter((f) => !/console\.txt$/.test(f))
  ),
  ...['npm-audit', 'pip-audit', 'osv-scanner', 'gitleaks'].flatMap((d) => fixtureFiles(`security/${d}`, /\.(json|sarif)$/))
]

for (const format of [...FINDINGS_FORMATS, undefined]) {
  PARSERS.push({
    name: `findings ${format ?? '(detected)'}`,
    run: (input) => outcome(() => parseFindings(text(input), { ...OPTS, ...(format ? { format } : {}) }), checkFindings),
    fixtures: FINDINGS_FIXTURES,
    json: format === undefined || !format.endsWith('-text')
  })
}

// ---------------------------------------------------------------- inputs

const randomText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'<>/="&;![]{}:,\n\r\t\u0000 abcTSFDALH0123456789-_.'.split('')), maxLength: 300 })
)

/** Keys that would pollute a prototype if a parser copied them onto objects carelessly. */
const HOSTILE_MEMBERS = [
  '"__proto__": {"polluted": true}, ',
  '"constructor": {"prototype": {"polluted": true}}, ',
  '"__proto__": null, ',
  '"__proto__": [1, 2], ',
  '"prototype": {"polluted": true}, ',
  '"toString": 1, "hasOwnProperty": "x", "valueOf": [], '
]

/** A JSON value with hostile keys sprinkled in, built as text so `__proto__` stays an own key. */
const hostileJson: fc.Arbitrary<string> = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.constantFrom(...HOSTILE_MEMBERS), { minLength: 1, maxLength: 3 }))
  .map(([value, members]) => {
    const base = JSON.stringify(value)
    const body = `{${members.join('')}"value": ${base}}`
    return body
  })

/** A mutation of a real report: a cut, inserted bytes, hostile members, or a JSON node replaced by any JSON value. */
function mutated(parser: Parser): fc.Arbitrary<Buffer> {
  const sources = parser.fixtures.map((path) => readFileSync(path))
  const source = fc.constantFrom(...sources)
  const cut = fc.tuple(source, fc.double({ min: 0, max: 1, noNaN: true })).map(([b, at]) => b.subarray(0, Math.floor(b.length * at)))
  const insert = fc
    .tuple(
      source,
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 16 }).map((a) => Buffer.from(a)),
        fc.constantFrom('<', '&', '&amp;', ']]>', '<![CDATA[', '\u0000', '<!DOCTYPE x [<!ENTITY e "eeee">]>', '&e;', '"', '\\', '\uFFFF', '\uD800').map((s) => Buffer.from(s))
      )
    )
    .map(([b, at, bytes]) => {
      const i = Math.floor(b.length * at)
      return Buffer.concat([b.subarray(0, i), bytes, b.subarray(i)])
    })
  const arbitraries: fc.Arbitrary<Buffer>[] = [cut, insert]
  if (parser.json) {
    const jsonSources = sources.filter((b) => isJson(b))
    if (jsonSources.length > 0) {
      // Hostile members right after a random `{`: valid JSON whenever the brace opens a non-empty object.
      arbitraries.push(
        fc.tuple(fc.constantFrom(...jsonSources), fc.nat(), fc.constantFrom(...HOSTILE_MEMBERS)).map(([b, n, member]) => {
          const s = b.toString('utf8')
          const braces = [...s.matchAll(/\{/g)].map((m) => m.index)
          if (braces.length === 0) return b
          const i = braces[n % braces.length] + 1
          return Buffer.from(`${s.slice(0, i)}${member}${s.slice(i)}`)
        }),
        // One node of the parsed report replaced by any JSON value: wrong types, wrong shapes.
        fc.tuple(fc.constantFrom(...jsonSources), fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([b, n, value]) => {
          const data = JSON.parse(b.toString('utf8')) as unknown
          return Buffer.from(JSON.stringify(replaceNode(data, n, value)))
        })
      )
    }
  }
  return fc.oneof(...arbitraries)
}

function isJson(b: Buffer): boolean {
  try {
    JSON.parse(b.toString('utf8'))
    return true
  } catch {
    return false
  }
}

/** The JSON with its n-th node (pre-order, modulo the node count) replaced. */
function replaceNode(data: unknown, n: number, value: unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        nodes.push({ parent: node, key: i })
        walk(child)
      })
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        nodes.push({ parent: node as Record<string, unknown>, key })
        walk((node as Record<string, unknown>)[key])
      }
    }
  }
  walk(data)
  if (nodes.length === 0) return value
  const { parent, key } = nodes[n % nodes.length]
  if (Array.isArray(parent)) parent[key as number] = value
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true })
  return data
}

// ---------------------------------------------------------------- the properties

describe.each(PARSERS.map((p) => [p.name, p] as const))('%s', (_name, parser) => {
  it('random text: a result or a ReportError', async () => {
    await fc.assert(fc.asyncProperty(randomText, (input) => parser.run(input)), { numRuns: RUNS })
  })

  it('random JSON, hostile keys included: a result or a ReportError', async () => {
    const json = fc.oneof(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'), hostileJson)
    await fc.assert(fc.asyncProperty(json, (input) => parser.run(input)), { numRuns: RUNS })
  })

  it('mutated real reports (cut, bytes inserted, hostile members, nodes replaced): a result or a ReportError', async () => {
    expect(parser.fixtures.length).toBeGreaterThan(0)
    await fc.assert(fc.asyncProperty(mutated(parser), (input) => parser.run(input)), { numRuns: RUNS * 2 })
  })
})

describe('the mutations reach the parsers', () => {
  it('the unmutated fixtures parse (so mutations start from valid reports)', async () => {
    for (const parser of PARSERS.filter((p) => !p.name.startsWith('findings '))) {
      for (const path of parser.fixtures.filter((f) => !f.includes('hand-written'))) await parser.run(readFileSync(path))
    }
    for (const path of FINDINGS_FIXTURES) {
      if (path.endsWith('npm-audit-error.json')) continue // npm's error object: refused by design
      const report = parseFindings(readFileSync(path, 'utf8'), { ...OPTS, file: path })
      checkFindings(report)
    }
  })
})
