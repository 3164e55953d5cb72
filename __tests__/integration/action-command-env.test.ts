/**
 * The repository's commands run with what a `run:` step of the job would have, not with what the runner hands the
 * action alone: its inputs (`INPUT_GITHUB-TOKEN`) and the Actions runtime token (with which any code — a test
 * dependency — could write this job's cache entries and artifacts). The bundled action, run as the runner runs it;
 * a Python `sitecustomize` (code that runs whenever the interpreter starts, as the tool check's probe starts it)
 * and the test command itself record the environment they were given.
 */
import { jest, afterAll, expect, test } from '@jest/globals'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { git, writeIn } from '../helpers/workspace.js'
import { tinyRepo } from '../helpers/tiny.js'
import { runTinyAction } from '../helpers/run-action.js'

jest.setTimeout(120_000)
const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const RUNTIME = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.runtime.token'

test("the test command and the interpreters the tool check starts see neither the action's token nor the runtime's", async () => {
  const dir = await tinyRepo()
  dirs.push(dir)
  await writeIn(dir, 'site/sitecustomize.py', "import os\nwith open(os.environ['ENV_DUMP'], 'a') as f:\n    f.write('python: ' + ' '.join(sorted(os.environ)) + '\\n')\n")
  const config = await readFile(join(dir, 'cfg.yml'), 'utf8')
  // `python3 -m site` is checked up front (the interpreter is asked whether it can import `site`), then run.
  await writeIn(dir, 'cfg.yml', config.replace('    command: "', '    command: "python3 -m site > /dev/null && echo command: $(env | cut -d= -f1 | sort) >> \\"$ENV_DUMP\\" && '))
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'record the environment')
  const dump = join(dir, 'env-dump.txt')
  const run = await runTinyAction('http://127.0.0.1:9', dir, 'push', { repository: { full_name: 'acme/app', default_branch: 'main' } }, {
    GITHUB_SHA: git(dir, 'rev-parse', 'HEAD').trim(),
    GITHUB_REF: 'refs/heads/main',
    ACTIONS_RUNTIME_TOKEN: RUNTIME,
    ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime/',
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/',
    ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
    PYTHONPATH: join(dir, 'site'),
    ENV_DUMP: dump
  }, { 'github-token': TOKEN, 'check-run': 'false' })
  expect(run.code).toBe(0)
  const lines = (await readFile(dump, 'utf8')).trim().split('\n')
  // The probe's interpreter, the command's interpreter, the command.
  expect(lines.map((l) => l.split(':')[0])).toEqual(['python', 'python', 'command'])
  for (const line of lines) {
    const names = line.slice(line.indexOf(':') + 1).trim().split(/\s+/)
    expect(names.filter((n) => n.startsWith('INPUT_') || n.startsWith('ACTIONS_RUNTIME') || n === 'ACTIONS_RESULTS_URL' || n === 'ACTIONS_CACHE_URL')).toEqual([])
    // What a run: step has stays: the job's variables, and the OIDC request a step with id-token: write gets.
    expect(names).toEqual(expect.arrayContaining(['GITHUB_SHA', 'GITHUB_REPOSITORY', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'PATH']))
  }
})
