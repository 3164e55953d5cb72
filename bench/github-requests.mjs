// Checks API requests for a run with 10,000 findings (and 1,234), against the local api.github.com stand-in that
// validates every request on GitHub's OpenAPI description: expected 1 create + ceil(min(N, cap) / 50) updates,
// the completion carried by the first update. Prints and saves bench/results/github-requests.json.
import { build } from 'esbuild'
import { writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
// Inside the repository, so the bundled server resolves @octokit/openapi from node_modules.
const out = join(ROOT, 'node_modules/.cache/s2p-bench')
mkdirSync(out, { recursive: true })
const entry = `
import { startGitHubApi } from ${JSON.stringify(join(ROOT, '__tests__/servers/github-api.ts'))}
import { createOctokit } from ${JSON.stringify(join(ROOT, 'src/github/octokit.ts'))}
import { startCheckRun, completeCheckRun } from ${JSON.stringify(join(ROOT, 'src/github/checks.ts'))}
import { findings, reportWith } from ${JSON.stringify(join(ROOT, '__tests__/github/helpers.ts'))}
export async function measure(n) {
  const api = await startGitHubApi()
  const quiet = { info() {}, warning() {}, error() {}, debug() {} }
  const octokit = createOctokit({ token: 'ghs_bench', baseUrl: api.url, log: quiet, retryAfterBaseValue: 1, spaceWrites: false })
  const t0 = performance.now()
  const start = await startCheckRun(octokit, { owner: 'o', repo: 'r', headSha: 'a'.repeat(40), component: 'bench', log: quiet })
  const outcome = await completeCheckRun(octokit, start, reportWith([...findings(Math.ceil(n / 2), 'error'), ...findings(Math.floor(n / 2), 'warning')]), { log: quiet, sink: { error() {}, warning() {}, notice() {} } })
  const ms = performance.now() - t0
  const calls = api.requests.filter((r) => r.route && r.route.includes('check-runs')).length
  const violations = api.violations.length
  await api.close()
  return { findings: n, cap: 1000, checks_api_calls: calls, expected: 1 + Math.ceil(Math.min(n, 1000) / 50), annotations_posted: outcome.annotations_posted, annotations_omitted: outcome.annotations_omitted, contract_violations: violations, ms: Math.round(ms) }
}
`
writeFileSync(join(out, 'entry.ts'), entry)
await build({ entryPoints: [join(out, 'entry.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'bench.mjs'), logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } })
const { measure } = await import(join(out, 'bench.mjs'))
const results = { date: new Date().toISOString(), runs: [await measure(1234), await measure(10000)] }
console.log('findings  Checks API calls  expected  annotations posted  omitted  contract violations')
for (const r of results.runs) console.log(`${String(r.findings).padStart(8)}  ${String(r.checks_api_calls).padStart(16)}  ${String(r.expected).padStart(8)}  ${String(r.annotations_posted).padStart(18)}  ${String(r.annotations_omitted).padStart(7)}  ${String(r.contract_violations).padStart(19)}`)
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results/github-requests.json'), `${JSON.stringify(results, null, 2)}\n`)
