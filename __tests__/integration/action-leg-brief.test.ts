/**
 * The context session is the component's, shared by its matrix legs through the Actions cache (the newest entry is
 * restored): the bundled action, run as the runner runs it, each leg on a fresh runner, against the Results API
 * stand-in. The agent brief one leg writes says which leg its latest run and its gate results are, and which leg
 * each recorded message came from: a Node 20 leg's failed tests never read as the Node 22 leg's.
 */
import { jest, expect, test } from '@jest/globals'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resultsStandIn } from '../servers/results-stand-in.js'
import { git, writeIn } from '../helpers/workspace.js'
import { tinyConfig, tinyJunit, tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(180_000)
const stand = resultsStandIn()
const dirs = stand.dirs

test("a leg's brief names its leg, and the other leg's messages say theirs", async () => {
  const lcov = `printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  const testing = `if [ "$NODE_VERSION" = 20 ]; then printf '${tinyJunit(true)}' > {reports}/junit.xml; else printf '${tinyJunit()}' > {reports}/junit.xml; fi && ${lcov}`
  const origin = await tinyRepo()
  dirs.push(origin)
  await writeIn(origin, 'cfg.yml', `${tinyConfig({ testing })}\n`)
  git(origin, 'add', '-A')
  git(origin, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'legs')
  const sha = git(origin, 'rev-parse', 'HEAD').trim()
  const push = { GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' }

  const leg = async (node: number) => {
    const dir = await mkdtemp(join(tmpdir(), 's2p-leg-'))
    dirs.push(dir)
    git(dir, 'clone', '-q', origin, '.')
    const env: Record<string, string> = { GITHUB_SHA: sha, NODE_VERSION: String(node), ...push }
    Object.assign(env, stand.env(dir, { repository: 'acme/app', runId: '100', ref: env.GITHUB_REF }))
    Object.assign(env, push)
    const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, env, {
      'github-token': '',
      cache: 'true',
      leg: JSON.stringify({ node }),
      'report-path': 'report.json'
    })
    const archive = join(dir, '.spec-to-production/context/archive')
    const brief = (await readdir(archive)).find((f) => f.endsWith('.context.md'))!
    return { run, brief: await readFile(join(archive, brief), 'utf8') }
  }

  const node20 = await leg(20)
  expect(node20.run.code).toBe(1)
  expect(node20.brief).toMatch(/^Latest run \(leg `20`\): ✗ failed/m)
  const node22 = await leg(22)
  expect(node22.run.code).toBe(0)
  // The Node 22 leg continued the session the Node 20 leg saved: its brief holds both legs' messages, each named.
  expect(node22.run.log).toMatch(/context session tiny-workflow-\S+ \(continuing/)
  expect(node22.brief).toMatch(/^Latest run \(leg `22`\): ✓ succeeded/m)
  const history = node22.brief.slice(node22.brief.indexOf('## History'))
  expect(history).toMatch(/· test_results · testing · leg `20` · importance 0\.9\]\n +```text\n +Stage testing failed/)
  expect(history).toMatch(/· test_results · testing · leg `22` · importance 0\.9\]\n +```text\n +Stage testing passed/)
})
