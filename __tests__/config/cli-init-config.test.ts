/**
 * `spec-to-production init` and `spec-to-production config --print` as real processes on small repositories:
 * what init writes (and refuses to overwrite), which action reference its workflow uses and where that came from,
 * and where each effective value came from.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import manifest from '../../package.json' with { type: 'json' }
import { actionReference, checkoutOrigin, githubRemote, githubRepository, majorRef, type ActionSources } from '../../src/cli/action-ref.js'
import { initCommand, schemaUrl, workflowText } from '../../src/cli/init.js'
import { GO_TOOLS } from '../../src/config/tools.js'
import { RepositoryProbe } from '../../src/config/probe.js'
import { loadConfig } from '../../src/config/load.js'
import { VERSION } from '../../src/engine/pipeline.js'
import { schemaErrors } from '../../src/config/schema.js'
import { bundledCli, git, runCli, type CliRun } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const created: string[] = []
beforeAll(async () => {
  await bundledCli()
})
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-cli-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

/** This build's package.json: the action's repository when it names one (it does not today), and its major version. */
const PACKAGED = githubRepository((manifest as { repository?: unknown }).repository)
const MAJOR = majorRef(manifest.version)!
const WORKFLOW = '.github/workflows/spec-to-production.yml'

describe('init', () => {
  it('writes a valid configuration when the preset chose no test command, and the run then says why (kentcdodds/match-sorter: kcd-scripts test)', async () => {
    const spec = '# ms\n\n## Requirements\n\n- R1: sorts\n\n## Acceptance Criteria\n\n- [ ] sorted\n'
    const root = await repo({ 'package.json': JSON.stringify({ name: 'ms', scripts: { test: 'kcd-scripts test' } }), 'package-lock.json': '{}', 'specs/ms.md': spec })
    const made = await runCli(root, ['init', '--component', 'ms'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(schemaErrors(parse(config))).toEqual([])
    expect(config).toContain('    command: ""\n')
    expect(config).not.toContain('junit: {}')
    // Not "Invalid configuration file … missing key 'path'" for the file init just wrote: the reason the preset gave.
    const run = await runCli(root, ['--spec', 'specs/ms.md', '--component', 'ms'])
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).not.toContain('Invalid configuration file')
    expect(run.stdout + run.stderr).toContain(
      'stages.testing.command: no test command is configured, so nothing would be tested (the node preset chose none: scripts.test runs "kcd-scripts test", ' +
        'which calls none of the runners the node preset knows (vitest, jest, mocha, node --test))'
    )
    // The stages skipped say that, not "paths or tools … are missing" (none is: express, lukeed/dequal with uvu).
    expect(run.stdout).toContain('Stages Skipped: specification (no test command is configured); testing (no test command is configured); refactoring (no test command is configured)\n')
    const report = JSON.parse(await readFile(join(root, 'workflow_report_ms.json'), 'utf8'))
    expect(report.skip_reasons.testing).toBe('no test command is configured')
  })

  // dtolnay/itoa (Cargo.toml) and junit5-samples' Maven starter (pom.xml): init said `preset none (detected: none of
  // package.json, … found)` and the run refused with "no test command is configured", no word of Rust or Maven, nor of
  // the reports their tools write.
  it.each([
    ['pom.xml', 'a Maven project', 'target/surefire-reports/TEST-*.xml'],
    ['build.gradle.kts', 'a Gradle project', 'build/test-results/test/TEST-*.xml'],
    ['Cargo.toml', 'a Rust (Cargo) project', 'target/nextest/ci/junit.xml'],
    ['go.mod', 'a Go module', 'gotestsum --junitfile {reports}/junit.xml'],
    // doctrine/inflector and piotrmurach/tty-color: told "none of package.json, … found", with an Istanbul
    // coverage-summary.json under the TODO.
    ['composer.json', 'a PHP (Composer) project', 'vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml'],
    ['Gemfile', 'a Ruby (Bundler) project', 'bundle exec rspec --format progress --format RspecJunitFormatter --out {reports}/junit.xml']
  ])('names %s as %s and says where its tools write the reports', async (file, kind, where) => {
    const root = await repo({ [file]: '\n', 'specs/x.md': '# x\n\n## Requirements\n\n- R1: it works\n' })
    const made = await runCli(root, ['init', '--component', 'x'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    expect(made.stdout).toContain(`preset none (detected: ${file}, ${kind}, which no preset drives (node and python only): see tests and coverage)\n`)
    expect(made.stdout).toContain(`  tests and coverage: none (set stages.testing.command to a command that writes a JUnit XML report, with stages.testing.reports.junit and .coverage) — ${file}: ${kind}, and no preset drives its tests`)
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(schemaErrors(parse(config))).toEqual([])
    expect(config).toContain(where)
    // The run refuses up front with the same advice.
    const run = await runCli(root, ['--spec', 'specs/x.md', '--component', 'x'])
    expect(run.code).toBe(2)
    expect(run.stdout + run.stderr).toContain(`no test command is configured, so nothing would be tested (the none preset chose none: ${file}: ${kind}, and no preset drives its tests`)
    expect(run.stdout + run.stderr).toContain(where)
  })

  // oakserver/oak: deno.json and no package.json. init said `preset none (detected: none of package.json, … found)` and
  // the run refused with "no test command is configured", no word of deno nor of what to write.
  it('names a Deno project, gives the deno test command that writes the reports, and sets up deno in the workflow (oakserver/oak)', async () => {
    const root = await repo({ 'deno.json': '{ "name": "@oak/oak", "exports": "./mod.ts" }\n', 'mod.ts': 'export const x = 1\n', 'mod.test.ts': 'Deno.test("x", () => {})\n' })
    const made = await runCli(root, ['init', '--component', 'oak'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('preset none (detected: deno.json, a Deno project, which no preset drives (node and python only): see tests and coverage)\n')
    const command =
      'deno test -A --junit-path={reports}/junit.xml --coverage={reports}/deno-coverage; status=$?; deno coverage --lcov --output={reports}/lcov.info {reports}/deno-coverage || exit $(( status ? status : $? )); exit $status'
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(schemaErrors(parse(config))).toEqual([])
    expect(config).toContain(`deno.json: a Deno project, and no preset drives deno test (node's runners and pytest only); deno test writes JUnit XML and deno coverage lcov, for example stages.testing.command: ${JSON.stringify(command)}`)
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain('      - uses: denoland/setup-deno@v2\n')
    const run = await runCli(root, ['--spec', 'specs/oak.md', '--component', 'oak'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`the none preset chose none: deno.json: a Deno project, and no preset drives deno test`)
    // The command given, written as the advice says, is a valid configuration that the run takes.
    const edited = config.replace('    command: ""\n', `    command: ${JSON.stringify(command)}\n    reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }\n`)
    await writeFile(join(root, '.github/spec-to-production.yml'), edited)
    expect((await loadConfig({ workspace: root, component: 'oak' })).config.stages.testing).toMatchObject({ command, reports: { coverage: { path: '{reports}/lcov.info', format: 'lcov' } } })
  })

  // google/uuid: init's TODO under the Go advice showed `coverage: { path: "{reports}/coverage/coverage-summary.json",
  // format: istanbul-summary }`, a report no Go tool writes. It now shows the command and reports of the tools the
  // advice names; uncommented as they stand, they are a configuration the run takes — and, with go, gotestsum and
  // gocover-cobertura on PATH, one whose gates count what gotestsum counted.
  it('gives a Go module the command and reports of its own tools under the TODO, and they run as written', async () => {
    const go = {
      'go.mod': 'module example.com/calc\n\ngo 1.19\n',
      'calc.go': 'package calc\n\n// Add adds.\nfunc Add(a, b int) int {\n\treturn a + b\n}\n',
      'calc_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) {\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal("1 + 2 is not 3")\n\t}\n}\n'
    }
    const root = await repo(go)
    const made = await runCli(root, ['init', '--component', 'calc'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(config).not.toContain('istanbul-summary')
    // The workflow sets up the Go release go.mod asks for, with the two tools the TODO's command runs, before the action.
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain(
      '      - uses: actions/setup-go@v5\n        with: { go-version-file: go.mod, cache: false }\n' +
        '      - run: go install gotest.tools/gotestsum@v1.13.0 && go install github.com/boumenot/gocover-cobertura@v1.4.0\n'
    )
    expect(workflow.indexOf('go install')).toBeLessThan(workflow.indexOf('acme/spec-to-production@v1'))
    const command =
      'gotestsum --junitfile {reports}/junit.xml -- -coverprofile={reports}/cover.out ./...; status=$?; gocover-cobertura < {reports}/cover.out > {reports}/coverage.xml || exit $(( status ? status : $? )); exit $status'
    expect(config).toContain(`    # TODO: a command that writes a JUnit XML report, and where it and the coverage report are, e.g.\n    # command: ${JSON.stringify(command)}\n    # reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }\n    command: ""\n`)
    const edited = config.replace(/ {4}# command: (.*)\n {4}# reports: (.*)\n {4}command: ""\n/, '    command: $1\n    reports: $2\n')
    expect(schemaErrors(parse(edited))).toEqual([])
    await writeFile(join(root, '.github/spec-to-production.yml'), edited)
    expect((await loadConfig({ workspace: root, component: 'calc' })).config.stages.testing).toMatchObject({ command, reports: { coverage: { path: '{reports}/coverage.xml', format: 'cobertura' } } })
    const tools = ['go', 'gotestsum', 'gocover-cobertura']
    const missing = tools.filter((t) => !(process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, t))))
    if (missing.length > 0) {
      console.warn(`SKIPPED the Go run of init's advice: ${missing.join(', ')} not on PATH`)
      return
    }
    git(root, 'init', '-q', '-b', 'main')
    await writeFile(join(root, '.gitignore'), '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n')
    git(root, 'add', '-A')
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
    const run = await runCli(root, ['--spec', 'specs/calc.md', '--component', 'calc', '--output', 'r.json'], { env: { GOFLAGS: '-mod=mod', GOPROXY: 'off' } })
    expect(run.stdout).toContain('[testing] DONE 1 tests in ')
    const testing = JSON.parse(await readFile(join(root, 'r.json'), 'utf8')).stage_results.testing
    expect(testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1 })
    expect(testing.quality_gates.test_coverage.details).toMatchObject({ format: 'cobertura', coverage: 100, lines_total: 3 })
  })

  // doctrine/inflector (composer.json, phpunit.xml.dist): init named no PHP, showed an Istanbul coverage-summary.json
  // under its TODO and set up nothing in the workflow. The TODO's PHPUnit command, uncommented as it stands, is a
  // configuration the run takes; with phpunit and pcov here (vendor/bin/phpunit as `composer install` makes it), one
  // whose gates count what PHPUnit counted.
  it('gives a PHP project PHPUnit\'s command and reports under the TODO, sets up PHP and Composer, and they run as written', async () => {
    const php = {
      'composer.json': '{ "name": "ex/inflector", "require-dev": { "phpunit/phpunit": "^9.6" }, "autoload": { "psr-4": { "Ex\\\\": "lib/" } } }\n',
      'lib/Upper.php': '<?php\n\nnamespace Ex;\n\nfinal class Upper\n{\n    public static function of(string $word): string\n    {\n        return strtoupper($word);\n    }\n}\n',
      'tests/UpperTest.php':
        '<?php\n\nuse Ex\\Upper;\nuse PHPUnit\\Framework\\TestCase;\n\nfinal class UpperTest extends TestCase\n{\n    public function testOf(): void\n    {\n        $this->assertSame("AB", Upper::of("ab"));\n    }\n\n    public function testEmpty(): void\n    {\n        $this->assertSame("", Upper::of(""));\n    }\n}\n',
      'phpunit.xml.dist':
        '<?xml version="1.0"?>\n<phpunit bootstrap="lib/Upper.php">\n  <testsuites><testsuite name="unit"><directory>tests</directory></testsuite></testsuites>\n' +
        '  <coverage><include><directory suffix=".php">lib</directory></include></coverage>\n</phpunit>\n'
    }
    const root = await repo(php)
    const made = await runCli(root, ['init', '--component', 'inflector'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(config).not.toContain('istanbul-summary')
    const command = 'vendor/bin/phpunit --log-junit {reports}/junit.xml --coverage-cobertura {reports}/coverage.xml'
    expect(config).toContain(
      `    # command: ${JSON.stringify(command)}\n    # reports: { junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage.xml", format: cobertura } }\n    command: ""\n`
    )
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain('      - uses: shivammathur/setup-php@v2\n        with: { php-version: latest, coverage: pcov }\n      - run: composer install --no-interaction --no-progress\n')
    expect(workflow.indexOf('composer install')).toBeLessThan(workflow.indexOf('acme/spec-to-production@v1'))
    const edited = config.replace(/ {4}# command: (.*)\n {4}# reports: (.*)\n {4}command: ""\n/, '    command: $1\n    reports: $2\n')
    expect(schemaErrors(parse(edited))).toEqual([])
    await writeFile(join(root, '.github/spec-to-production.yml'), edited)
    const phpunit = (process.env.PATH ?? '').split(':').map((dir) => join(dir || '.', 'phpunit')).find((path) => existsSync(path))
    const coverageDriver = /^(?:pcov|xdebug)$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '')
    if (phpunit === undefined || !coverageDriver) {
      console.warn('SKIPPED the PHP run of init\'s advice: phpunit, or php with pcov or Xdebug, not here')
      return
    }
    await mkdir(join(root, 'vendor/bin'), { recursive: true })
    await symlink(phpunit, join(root, 'vendor/bin/phpunit'))
    git(root, 'init', '-q', '-b', 'main')
    await writeFile(join(root, '.gitignore'), '.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\nvendor/\n')
    git(root, 'add', '-A')
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'inflector')
    const run = await runCli(root, ['--spec', 'specs/inflector.md', '--component', 'inflector', '--output', 'r.json'])
    expect(run.stdout).toContain('[testing] OK (2 tests, 2 assertions)')
    const testing = JSON.parse(await readFile(join(root, 'r.json'), 'utf8')).stage_results.testing
    expect(testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2 })
    expect(testing.quality_gates.test_coverage.details).toMatchObject({ format: 'cobertura', coverage: 100, lines_total: 1 })
  })

  // JodaOrg/joda-convert (pom.xml, maven.compiler.release 21, an enforcer requiring 21) and dtolnay/dissimilar
  // (Cargo.toml): the workflow set up nothing before the action, so the TODO's `mvn -B verify` ran on the runner's
  // default Java (17: the enforcer fails the build) and `cargo llvm-cov nextest` found neither tool.
  it.each([
    [{ 'pom.xml': '<project><properties><maven.compiler.release>21</maven.compiler.release></properties></project>\n' }, '      - uses: actions/setup-java@v5\n        with: { distribution: temurin, java-version: 21, cache: maven }\n'],
    [{ 'pom.xml': '<project><properties><maven.compiler.source>1.8</maven.compiler.source></properties></project>\n' }, 'java-version: 8, cache: maven }'],
    [{ 'build.gradle.kts': 'java {\n    toolchain {\n        languageVersion = JavaLanguageVersion.of(17)\n    }\n}\n' }, 'java-version: 17, cache: gradle }'],
    [{ 'build.gradle': "sourceCompatibility = JavaVersion.VERSION_11\n" }, 'java-version: 11, cache: gradle }'],
    [{ 'settings.gradle': "rootProject.name = 'x'\n" }, 'java-version: 21, cache: gradle }'],
    [
      { 'Cargo.toml': '[package]\nname = "dissimilar"\nversion = "1.0.11"\n' },
      '      - uses: dtolnay/rust-toolchain@stable\n        with: { components: llvm-tools-preview }\n      - uses: taiki-e/install-action@v2\n        with: { tool: "cargo-llvm-cov,cargo-nextest" }\n'
    ]
  ])('sets up what the TODO\'s command of a JVM or Rust project needs in the workflow: %j', async (files, steps) => {
    const root = await repo(files)
    expect((await runCli(root, ['init', '--component', 'x'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })).code).toBe(0)
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain(steps)
    expect(workflow.indexOf(steps)).toBeLessThan(workflow.indexOf('acme/spec-to-production@v1'))
    expect(schemaErrors(parse(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')))).toEqual([])
    expect(parse(workflow).jobs.ship.steps.length).toBeGreaterThan(2)
  })

  // piotrmurach/tty-color (Gemfile, .rspec, no .ruby-version): the workflow set up no Ruby and installed no gem, so the
  // TODO's `bundle exec rspec`, once uncommented, would find neither.
  it('sets up Ruby and the Gemfile\'s gems in the workflow of a Ruby project, the Ruby its .ruby-version names when it has one', async () => {
    const gem = { Gemfile: 'source "https://rubygems.org"\n\ngemspec\n', '.rspec': '--require spec_helper\n', 'lib/tty/color.rb': 'module TTY; end\n' }
    const latest = await repo(gem)
    expect((await runCli(latest, ['init', '--component', 'tty-color'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })).code).toBe(0)
    expect(await readFile(join(latest, WORKFLOW), 'utf8')).toContain('      - uses: ruby/setup-ruby@v1\n        with: { ruby-version: ruby, bundler-cache: true }\n')
    const pinned = await repo({ ...gem, '.ruby-version': '3.3.6\n' })
    expect((await runCli(pinned, ['init', '--component', 'tty-color'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })).code).toBe(0)
    expect(await readFile(join(pinned, WORKFLOW), 'utf8')).toContain('      - uses: ruby/setup-ruby@v1\n        with: { bundler-cache: true }\n')
  })

  // elysiajs/elysia: bun.lock, `"test": "bun run test:functionality && …"`, `"test:functionality": "bun test && …"`.
  // init said `package manager: npm — no lock file`, wrote `npm install` into the workflow (every version resolved
  // afresh, bun.lock ignored), and the test script's `bun run` chain was not followed: bun test went unnamed.
  it('installs a Bun project with bun, follows `bun run` to bun test, and gives the bun test command (elysiajs/elysia)', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'elysia', scripts: { test: 'bun run test:functionality && bun run test:types', 'test:functionality': 'bun test && bun run test:imports', 'test:types': 'tsc --noEmit' } }),
      'bun.lock': '{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "name": "elysia" } },\n  "packages": {}\n}\n',
      'src/index.ts': 'export const x = 1\n',
      'test/x.test.ts': 'import { test } from "bun:test"\ntest("x", () => {})\n'
    })
    const made = await runCli(root, ['init', '--component', 'elysia'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('  package manager: bun — bun.lock exists\n')
    expect(made.stdout).toContain(
      'scripts.test runs scripts["test:functionality"] ("bun test && bun run test:imports"), which runs bun test, bun\'s own test runner, which the node preset does not drive ' +
        "(it runs the tests under node, and bun is another runtime); bun's test runner writes JUnit XML and lcov itself, for example stages.testing.command: " +
        '"bun test --reporter=junit --reporter-outfile={reports}/junit.xml --coverage --coverage-reporter=lcov --coverage-dir={reports}/coverage" with stages.testing.reports: ' +
        '{ junit: "{reports}/junit.xml", coverage: { path: "{reports}/coverage/lcov.info", format: lcov } }'
    )
    // osv-scanner reads bun's text lock file.
    expect(made.stdout).toContain("  vulnerabilities: osv-scanner — bun audit's JSON is not a format the security gate reads: osv-scanner reads bun.lock\n")
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain('      - uses: oven-sh/setup-bun@v2\n      - uses: actions/setup-node@v5\n')
    expect(workflow).toContain('      - run: bun install --frozen-lockfile\n')
    expect(workflow).not.toContain('npm install')
    const run = await runCli(root, ['--spec', 'specs/elysia.md', '--component', 'elysia'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('which runs bun test, bun\'s own test runner, which the node preset does not drive')
  })

  it('refuses in a package of a monorepo, writing nothing, and says to run at the root (changesets/changesets: packages/parse)', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ private: true, scripts: { test: 'vitest' } }),
      'pnpm-workspace.yaml': 'packages:\n  - packages/*\n',
      'pnpm-lock.yaml': '',
      'packages/parse/package.json': JSON.stringify({ name: '@changesets/parse' })
    })
    await mkdir(join(root, '.git'), { recursive: true })
    const run = await runCli(join(root, 'packages/parse'), ['init'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`is a package (packages/parse) of the monorepo at ${root} (pnpm-workspace.yaml), not the repository's root`)
    expect(run.stderr).toContain('Run spec-to-production init from the repository root (--workspace ../.., or the action\'s working-directory: .) with --component parse')
    expect(existsSync(join(root, 'packages/parse/.github'))).toBe(false)
  })

  it('writes the configuration, a spec template and a workflow, then refuses to overwrite without --force', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: '@acme/web-app', scripts: { test: 'vitest' } }),
      'pnpm-lock.yaml': '',
      'packages/web-app/index.ts': '',
      'tsconfig.json': '{}'
    })
    const run = await runCli(root, ['init'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The component is package.json's name without its scope; its paths come from the monorepo layout.
    expect(run.stdout).toContain('  paths: source packages/web-app, tests packages/web-app (packages/web-app exists: a monorepo package with its tests inside)')
    expect(run.stdout).toContain('wrote .github/spec-to-production.yml\nwrote specs/web-app.md\nwrote .github/workflows/spec-to-production.yml\n')
    // What the README's "What to ignore in git" says: the whole directory (context and metrics are the cache's).
    expect(run.stdout).toContain('Add to .gitignore: .spec-to-production/, workflow_report_*.json, workflow_dashboard_*.html, spec-to-production-*.sarif\n')
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(schemaErrors(parse(config))).toEqual([])
    expect(parse(config)).toMatchObject({
      preset: 'node',
      paths: { source: 'packages/{component}', tests: 'packages/{component}' },
      stages: { testing: { command: expect.stringMatching(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && pnpm run test --run --reporter=default --reporter=\{reports\}\/vitest-retries\.mjs --reporter=junit/) }, refactoring: { linting: { enabled: false } } }
    })
    expect(config).toContain('  # tests and coverage: vitest through the test script (pnpm run test), so its own flags apply, JUnit and coverage reporters (scripts.test runs vitest ("vitest"))')
    // A check off for want of a tool says on its line how to turn it on; done as it says, the command runs.
    const off = '      enabled: false  # to check it, replace this line with the command and report the reason above names\n'
    expect(config).toContain(`    linting:\n${off}`)
    await writeFile(join(root, '.github/spec-to-production.yml'), config.replace(off, '      command: "pnpm exec biome lint --reporter=sarif {path} > {reports}/biome.sarif"\n      report: { path: "{reports}/biome.sarif", format: sarif }\n'))
    const edited = await loadConfig({ workspace: root, component: 'web-app' })
    expect(edited.config.stages.refactoring.linting).toMatchObject({ enabled: true, command: 'pnpm exec biome lint --reporter=sarif {path} > {reports}/biome.sarif' })
    const spec = await readFile(join(root, 'specs/web-app.md'), 'utf8')
    expect(spec).toMatch(/^---\ncomponent: web-app\npaths: \{ source: "packages\/web-app", tests: "packages\/web-app" \}\n---\n# web-app\n/)
    expect(spec).toContain('## Requirements')
    const workflow = await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')
    expect(workflow).toContain('      - uses: pnpm/action-setup@v4\n      - uses: actions/setup-node@v5\n')
    expect(workflow).toContain('      - run: pnpm install --frozen-lockfile\n')
    // pnpm audit's JSON is not read, so the preset scans with osv-scanner: the runner has none, the workflow installs it.
    expect(config).toMatch(/; osv-scanner --format json/)
    expect(workflow).toContain(
      '      - uses: actions/setup-go@v5\n        with: { go-version: stable, cache: false }\n      - run: go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.1\n'
    )
    expect(workflow).toContain('          spec: specs/web-app.md\n          component: web-app\n')
    expect(workflow).toContain(`      - uses: ${PACKAGED ?? 'acme/spec-to-production'}@${MAJOR}\n        with:\n`)

    await writeFile(join(root, 'specs/web-app.md'), 'my own spec\n')
    const again = await runCli(root, ['init'])
    expect(again.code).toBe(2)
    expect(again.stderr).toBe(
      'spec-to-production init: .github/spec-to-production.yml, .github/workflows/spec-to-production.yml already exist; nothing was written. Run with --force to overwrite.\n'
    )
    const forced = await runCli(root, ['init', '--force'])
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('wrote .github/spec-to-production.yml (overwritten)')
    expect(forced.stdout).toContain('kept specs/web-app.md (an existing spec is never overwritten)')
    expect(await readFile(join(root, 'specs/web-app.md'), 'utf8')).toBe('my own spec\n')
  })

  it('installs the scanners no package manager brings (osv-scanner, gitleaks), and only when a command runs them', () => {
    const probe = new RepositoryProbe(tmpdir())
    const action = { known: true, uses: 'acme/ship@v1', from: 'x' } as const
    const layer = (security: string) => ({ stages: { refactoring: { security: { command: security } } } })
    const npmAudit = workflowText('x', 'specs/x.md', 'node', probe, action, layer('secretlint {path}; npm audit --json > {reports}/npm-audit.json'))
    expect(npmAudit).not.toContain('setup-go')
    const both = workflowText('x', 'specs/x.md', 'python', probe, action, layer('gitleaks detect --no-git --source {path}; osv-scanner --format json -r .'))
    expect(both).toContain(
      '      - run: go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.1 && go install github.com/zricethezav/gitleaks/v8@v8.30.1\n'
    )
    // Before the action's step, so the preflight finds them on PATH (setup-go puts GOPATH/bin there).
    expect(both.indexOf('go install')).toBeLessThan(both.indexOf('acme/ship@v1'))
    // A report file named after the scanner is no use of it.
    expect(workflowText('x', 'specs/x.md', 'node', probe, action, layer('cat {reports}/osv-scanner.json'))).not.toContain('setup-go')
    expect(GO_TOOLS.map((t) => t.binary)).toEqual(['osv-scanner', 'gitleaks', 'gotestsum', 'gocover-cobertura'])
  })

  // python-poetry/tomlkit: its tests read the toml-test suite, a git submodule; the workflow checked out without it,
  // and its first CI run would fail on "No such file or directory: tests/toml-test/tests/files-toml-1.1.0".
  it('checks out submodules when the repository has them, and only then', async () => {
    const files = { 'pyproject.toml': '[project]\nname = "tomlkit"\n', 'tomlkit/__init__.py': '', 'tests/test_x.py': 'def test_x():\n    pass\n' }
    const root = await repo({ ...files, '.gitmodules': '[submodule "tests/toml-test"]\n\tpath = tests/toml-test\n\turl = https://github.com/BurntSushi/toml-test.git\n' })
    expect((await runCli(root, ['init', '--component', 'tomlkit'])).code).toBe(0)
    const workflow = await readFile(join(root, WORKFLOW), 'utf8')
    expect(workflow).toContain('      - uses: actions/checkout@v5\n        with: { fetch-depth: 2, submodules: recursive }')
    expect(parse(workflow).jobs.ship.steps[0]).toEqual({ uses: 'actions/checkout@v5', with: { 'fetch-depth': 2, submodules: 'recursive' } })
    const plain = await repo(files)
    expect((await runCli(plain, ['init', '--component', 'tomlkit'])).code).toBe(0)
    // Two commits deep either way: a pull request's merge commit and its base, to compare the change with.
    expect(parse(await readFile(join(plain, WORKFLOW), 'utf8')).jobs.ship.steps[0]).toEqual({ uses: 'actions/checkout@v5', with: { 'fetch-depth': 2 } })
  })

  it('for a uv project, sets up uv in the workflow', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "calc"\n\n[tool.uv]\n', 'src/calc/__init__.py': '' })
    const run = await runCli(root, ['init'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('  python runner: uv run — [tool.uv] in pyproject.toml: the project uses uv')
    expect(await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')).toContain('      - uses: astral-sh/setup-uv@v6\n      - run: uv sync --all-extras --dev\n')
    expect(schemaErrors(parse(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')))).toEqual([])
  })

  // python-humanize/humanize: the configuration named `.venv/bin/python` (found here), the workflow installed into
  // setup-python's interpreter without the `tests` extra (freezegun) and installed pyright and detect-secrets where
  // the configuration ran mypy and secretlint: its first CI run could not have passed.
  it.each([
    ['a project .venv', true],
    ['the active python3', false]
  ])('for a pip project with %s, installs the project with its test extra and the tools the configuration runs, into the interpreter it names', async (_what, venv) => {
    const root = await repo({
      'pyproject.toml':
        '[project]\nname = "humanize"\noptional-dependencies.tests = [ "freezegun", "pytest-cov" ]\n\n[tool.ruff]\nline-length = 88\n\n[tool.mypy]\nstrict = true\n',
      'requirements-dev.txt': 'hypothesis\n',
      'src/humanize/__init__.py': ''
    })
    if (venv) {
      await mkdir(join(root, '.venv/bin'), { recursive: true })
      await symlink('/usr/bin/python3', join(root, '.venv/bin/python'))
    }
    const run = await runCli(root, ['init'])
    expect(run.code).toBe(0)
    const config = parse(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8'))
    expect(config.stages.testing.command).toContain(venv ? '.venv/bin/python -m pytest' : 'python3 -m pytest')
    const steps: Array<{ run?: string }> = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []))
    const pip = venv ? '.venv/bin/python -m pip install' : 'python -m pip install'
    expect(runs).toEqual([
      ...(venv ? ['python -m venv .venv', 'echo "$PWD/.venv/bin" >> "$GITHUB_PATH"'] : []),
      `${pip} -e ".[tests]" -r requirements-dev.txt`,
      expect.stringMatching(new RegExp(`^${pip.replace(/\./g, '\\.')} pytest pytest-cov coverage ruff mypy( pip-audit)?$`))
    ])
    // Every tool the configuration runs is installed; none it does not run is.
    expect(runs.join('\n')).not.toMatch(/pyright|detect-secrets/)
    // ...and each is run through the interpreter it was installed into: a .venv's bin is on no PATH in the workflow,
    // so a bare `ruff` or `pip-audit` would be missing there (tenacity: its first CI run stopped at the up-front check).
    const python = venv ? '.venv/bin/python' : 'python3'
    expect(config.stages.refactoring.linting.command).toMatch(new RegExp(`^${python.replace(/\./g, '\\.')} -m ruff check `))
    expect(config.stages.refactoring.linting.fix_command).not.toMatch(/(^|&& )ruff /)
    if (/pip-audit/.test(runs.join('\n'))) expect(config.stages.refactoring.security.command).toContain(`${python} -m pip_audit `)
  })

  // pyright from npm on PATH here, and a project .venv: the configuration runs `pyright` bare, and the workflow installs
  // pip's pyright into .venv, whose bin was on no PATH there: the first CI run would stop on "pyright (not on PATH)".
  it('for a project .venv, puts its bin on PATH in the workflow, where a tool run bare because it was on PATH here is installed', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "calc"\n', 'src/calc/__init__.py': '' })
    await mkdir(join(root, '.venv/bin'), { recursive: true })
    await symlink('/usr/bin/python3', join(root, '.venv/bin/python'))
    const bin = await mkdtemp(join(tmpdir(), 'stp-bin-'))
    created.push(bin)
    await symlink('/bin/true', join(bin, 'pyright'))
    const run = await runCli(root, ['init'], { env: { PATH: `${bin}:/usr/bin:/bin:${dirname(process.execPath)}` } })
    expect(run.code).toBe(0)
    const config = parse(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8'))
    expect(config.stages.refactoring.type_checking.command).toMatch(/^pyright /)
    const runs: string[] = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps.flatMap((s: { run?: string }) => (s.run ? [s.run] : []))
    const venv = runs.indexOf('python -m venv .venv')
    expect(runs[venv + 1]).toBe('echo "$PWD/.venv/bin" >> "$GITHUB_PATH"')
    expect(runs.find((r) => / pyright\b/.test(r))).toMatch(/^\.venv\/bin\/python -m pip install .*\bpyright\b/)
  })

  // A Python monorepo (opentelemetry-python-contrib's shape, without uv): the component is libs/calc with its own
  // pyproject.toml; the workflow installed only the root (`-e .`), which here only configures pytest, so neither the
  // package nor its test extra was there for its tests.
  it('for a package of a Python monorepo, installs that package with its test extra and test requirements, and the root only when it is a project', async () => {
    const files = {
      'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n',
      'libs/calc/pyproject.toml': '[project]\nname = "calc"\n\n[project.optional-dependencies]\ntest = ["freezegun"]\n',
      'libs/calc/test-requirements.txt': 'hypothesis\n',
      'libs/calc/src/calc/__init__.py': '',
      'libs/calc/tests/test_calc.py': '',
      'libs/other/pyproject.toml': '[project]\nname = "other"\n'
    }
    const steps = async (root: string): Promise<string[]> => {
      expect((await runCli(root, ['init', '--component', 'calc'])).code).toBe(0)
      const parsed: Array<{ run?: string }> = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps
      return parsed.flatMap((s) => (s.run ? [s.run] : []))
    }
    const tools = await steps(await repo(files))
    expect(tools[0]).toBe('python -m pip install -e "libs/calc[test]" -r libs/calc/test-requirements.txt')
    const project = await steps(await repo({ ...files, 'pyproject.toml': '[project]\nname = "mono"\n' }))
    expect(project[0]).toBe('python -m pip install -e . -e "libs/calc[test]" -r libs/calc/test-requirements.txt')
  })

  it("installs a package whose group directory's name is no shell word or plain YAML (`my libs #1`, `$(…)`) as that path, running nothing", async () => {
    for (const group of ['my libs #1', 'x$(touch PWNED)y: z']) {
      const root = await repo({
        'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n',
        [`${group}/calc/pyproject.toml`]: '[project]\nname = "calc"\n\n[project.optional-dependencies]\ntest = ["freezegun"]\n',
        [`${group}/calc/test-requirements.txt`]: 'hypothesis\n',
        [`${group}/calc/tests/test_calc.py`]: ''
      })
      expect((await runCli(root, ['init', '--component', 'calc'])).code).toBe(0)
      const parsed: Array<{ run?: string }> = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps
      const run = parsed.flatMap((s) => (s.run ? [s.run] : []))[0]
      const q = (path: string) => `'${path}'`
      expect([group, run]).toEqual([group, `python -m pip install -e ${q(`${group}/calc[test]`)} -r ${q(`${group}/calc/test-requirements.txt`)}`])
    }
  })

  it('for a test dependency group (PEP 735), installs it with --group after upgrading pip (25.1 has --group)', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "calc"\n\n[dependency-groups]\ndocs = ["sphinx"]\ntests = ["pytest", "pytest-cov"]\n', 'src/calc/__init__.py': '' })
    await runCli(root, ['init'])
    expect(await readFile(join(root, WORKFLOW), 'utf8')).toMatch(/\n {6}- run: (\S+) -m pip install --upgrade pip && \1 -m pip install -e \. --group tests\n/)
  })

  it('for a setup.cfg extra and no test requirements file, installs the project with that extra', async () => {
    const root = await repo({ 'setup.py': 'from setuptools import setup\nsetup()\n', 'setup.cfg': '[metadata]\nname = calc\n\n[options.extras_require]\ntesting =\n    pytest\n', 'calc/__init__.py': '' })
    await runCli(root, ['init'])
    expect(await readFile(join(root, WORKFLOW), 'utf8')).toMatch(/ -m pip install -e "\.\[testing\]"\n/)
  })

  // pyparsing/pyparsing: its extra is `diagrams`, which tox's test environment installs (`extras = unit: diagrams`);
  // the workflow installed `-e .`, and its first run stopped on tests/test_diagram.py: No module named 'railroad'.
  it("installs the extras tox's test environment installs when no extra has a test name", async () => {
    const pyproject = '[build-system]\nrequires = ["flit_core >=3.12,<4"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "pyparsing"\n\n[project.optional-dependencies]\ndiagrams = [\n    "railroad-diagrams",\n    "jinja2",\n]\n'
    const tox = (extras: string) => `[tox]\nenvlist = py{310,311}-{unit,doctest}\n\n[testenv]\ndeps =\n    unit: pytest\n    doctest: sphinx\n${extras}commands =\n    unit: pytest tests\n`
    const runs = async (files: Record<string, string>): Promise<string> => {
      const root = await repo({ 'pyproject.toml': pyproject, 'pyparsing/__init__.py': '', 'tests/test_diagram.py': 'import railroad\n', ...files })
      expect((await runCli(root, ['init'])).code).toBe(0)
      const parsed: Array<{ run?: string }> = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps
      return parsed.flatMap((s) => (s.run ? [s.run] : []))[0]
    }
    expect(await runs({ 'tox.ini': tox('extras = unit: diagrams\n') })).toBe('python -m pip install -e ".[diagrams]"')
    expect(await runs({ 'tox.ini': tox('extras =\n    diagrams\n    nosuchextra\n') })).toBe('python -m pip install -e ".[diagrams]"')
    // No tox.ini, or one installing no extra: the project alone, as before.
    expect(await runs({})).toBe('python -m pip install -e .')
    expect(await runs({ 'tox.ini': tox('') })).toBe('python -m pip install -e .')
  })

  // PyCQA/pycodestyle, PyCQA/mccabe: no test extra, no test requirements file; the test environment's dependencies are
  // tox's `[testenv] deps` (covdefaults, which the coverage configuration loads; hypothesis). The workflow installed
  // `-e .` and the tools, and its first run stopped before any test: covdefaults not importable.
  it("installs what tox's test environment lists in deps, beside the project", async () => {
    const tox =
      '[tox]\nenvlist = py, flake8\n\n[testenv]\ndeps =\n    covdefaults  # the coverage plugin\n    coverage\n    hypothesis ; python_version >= "3.6"\n' +
      '    py38: pytest<7\n    -r{toxinidir}/requirements-ci.txt\n    -rmissing.txt\n    -c constraints.txt\n    {[base]deps}\ncommands =\n    coverage run -m pytest tests\n\n' +
      '[testenv:flake8]\ndeps = flake8\ncommands = flake8\n'
    const root = await repo({
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'setup.cfg': '[metadata]\nname = calc\n\n[coverage:run]\nplugins = covdefaults\n',
      'tox.ini': tox,
      'requirements-ci.txt': 'freezegun\n',
      'calc.py': '',
      'tests/test_calc.py': ''
    })
    expect((await runCli(root, ['init'])).code).toBe(0)
    const parsed: Array<{ run?: string }> = parse(await readFile(join(root, WORKFLOW), 'utf8')).jobs.ship.steps
    expect(parsed.flatMap((s) => (s.run ? [s.run] : []))[0]).toBe(`python -m pip install -e . -r requirements-ci.txt covdefaults coverage 'hypothesis ; python_version >= "3.6"'`)
    // One dependency on the line of `deps =`, and none at all: as before.
    const one = await repo({ 'setup.py': 'from setuptools import setup\nsetup()\n', 'tox.ini': '[testenv]\ndeps = pytest-mock\ncommands = pytest\n', 'calc.py': '' })
    await runCli(one, ['init'])
    expect(await readFile(join(one, WORKFLOW), 'utf8')).toMatch(/\n {6}- run: python -m pip install -e \. pytest-mock\n/)
  })
})

describe("init: the action's reference in the workflow", () => {
  const none: ActionSources = { version: '0.1.0', name: 'spec-to-production', env: {}, cliDir: null }

  /** initCommand in this process with the given sources; what it printed, and the workflow it wrote. */
  async function initWith(sources: ActionSources): Promise<{ code: number; stdout: string; stderr: string; workflow: string; config: string }> {
    const root = await repo({ 'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' } }), 'src/shop/index.js': '' })
    let stdout = ''
    let stderr = ''
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true))
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true))
    let code: number
    try {
      code = await initCommand(['--workspace', root], sources)
    } finally {
      out.mockRestore()
      err.mockRestore()
    }
    return { code, stdout, stderr, workflow: await readFile(join(root, WORKFLOW), 'utf8'), config: await readFile(join(root, '.github/spec-to-production.yml'), 'utf8') }
  }

  /** A git checkout of the action: its package.json, an origin, the CLI's directory inside it. */
  async function actionCheckout(origin: string | null, name = 'spec-to-production'): Promise<string> {
    const root = await repo({ 'package.json': JSON.stringify({ name, version: '0.1.0' }), 'dist/chunks/.keep': '' })
    git(root, 'init', '-q')
    if (origin) git(root, 'remote', 'add', 'origin', origin)
    return root
  }

  it('reads GitHub repositories in the forms package.json and git remotes write them', () => {
    for (const form of [
      'github:acme/ship',
      'acme/ship',
      'acme/ship.git',
      'git+https://github.com/acme/ship.git',
      'https://github.com/acme/ship',
      'git://github.com/acme/ship.git',
      'git+ssh://git@github.com/acme/ship.git',
      'ssh://git@github.com/acme/ship.git',
      'git@github.com:acme/ship.git',
      'github:acme/ship#v2',
      { type: 'git', url: 'git+https://github.com/acme/ship.git' }
    ]) {
      expect([form, githubRepository(form)]).toEqual([form, 'acme/ship'])
    }
    expect(githubRepository({ type: 'git', url: 'https://github.com/acme/mono.git', directory: 'actions/ship' })).toBe('acme/mono/actions/ship')
    for (const other of ['gitlab:acme/ship', 'https://gitlab.com/acme/ship.git', 'git@bitbucket.org:acme/ship.git', 'acme', '', 'https://github.com/acme', { url: 42 }, null, 7, { type: 'git', url: 'https://github.com/acme/ship', directory: '../x' }]) {
      expect([other, githubRepository(other)]).toEqual([other, null])
    }
    // A remote must name github.com: a path or another host is not the action's GitHub repository.
    expect(githubRemote('../acme/ship')).toBeNull()
    expect(githubRemote('acme/ship')).toBeNull()
    expect(githubRemote('https://github.com.evil.example/acme/ship')).toBeNull()
    expect([majorRef('0.1.0'), majorRef('2.3.4-beta.1'), majorRef('v10.0.0'), majorRef('latest'), majorRef(undefined)]).toEqual(['v0', 'v2', 'v10', null, null])
  })

  it("takes package.json's repository first, with the major of package.json's version as the ref", async () => {
    const run = await initWith({ ...none, repository: { type: 'git', url: 'git+https://github.com/acme/ship.git' }, env: { GITHUB_ACTION_REPOSITORY: 'other/one' } })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.workflow).toContain('      - uses: acme/ship@v0\n        with:\n')
    expect(run.workflow).not.toContain('TODO')
    expect(run.stdout).toContain("  action: acme/ship@v0 (from package.json's repository field)\n")
    expect(parse(run.workflow).jobs.ship.steps.map((s: { uses?: string }) => s.uses)).toContain('acme/ship@v0')
    expect(actionReference({ ...none, version: '3.0.1', repository: 'github:acme/ship' })).toEqual({ known: true, uses: 'acme/ship@v3', from: "package.json's repository field" })
    // The configuration's schema line points into the same repository at the same ref (a sub-directory kept).
    expect(run.config.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/ship/v0/schema/spec-to-production.schema.json')
    expect(schemaUrl({ known: true, uses: 'acme/mono/actions/ship@v2', from: 'x' })).toBe('https://raw.githubusercontent.com/acme/mono/v2/actions/ship/schema/spec-to-production.schema.json')
    // Unknown: the schema's own $id (the same placeholder owner as the workflow's TODO line).
    expect(schemaUrl({ known: false, uses: 'org/spec-to-production@v0', why: 'x' })).toBe('https://raw.githubusercontent.com/org/spec-to-production/v1/schema/spec-to-production.schema.json')
  })

  it('else GITHUB_ACTION_REPOSITORY, when init runs inside the action', async () => {
    const run = await initWith({ ...none, repository: 'gitlab:acme/ship', env: { GITHUB_ACTION_REPOSITORY: 'acme/from-env' } })
    expect(run.stderr).toBe('')
    expect(run.workflow).toContain('      - uses: acme/from-env@v0\n')
    expect(run.stdout).toContain('  action: acme/from-env@v0 (from GITHUB_ACTION_REPOSITORY)\n')
    // Not an owner/name: ignored.
    expect(actionReference({ ...none, env: { GITHUB_ACTION_REPOSITORY: 'acme/x/../y' } }).known).toBe(false)
  })

  it("else the github.com origin of the action's own checkout, the directory the CLI runs from", async () => {
    const checkout = await actionCheckout('git@github.com:acme/from-git.git')
    const run = await initWith({ ...none, cliDir: join(checkout, 'dist/chunks') })
    expect(run.stderr).toBe('')
    expect(run.workflow).toContain('      - uses: acme/from-git@v0\n')
    expect(run.stdout).toContain("  action: acme/from-git@v0 (from the git origin of the action's checkout)\n")
    // Not the action's: the CLI installed in a project's node_modules, another package's repository, another host.
    const project = await actionCheckout('https://github.com/acme/users-project.git')
    await mkdir(join(project, 'node_modules/spec-to-production/dist'), { recursive: true })
    expect(checkoutOrigin(join(project, 'node_modules/spec-to-production/dist'), 'spec-to-production')).toBeNull()
    expect(checkoutOrigin(join(await actionCheckout('https://github.com/acme/app.git', 'app'), 'dist'), 'spec-to-production')).toBeNull()
    expect(checkoutOrigin(join(await actionCheckout('https://gitlab.com/acme/ship.git'), 'dist'), 'spec-to-production')).toBeNull()
    expect(checkoutOrigin(join(await actionCheckout(null), 'dist'), 'spec-to-production')).toBeNull()
    expect(checkoutOrigin(tmpdir(), 'spec-to-production')).toBeNull()
  })

  it('when no source names it: the placeholder, marked TODO on its line, and a WARNING naming that file and line', async () => {
    const run = await initWith(none)
    expect(run.code).toBe(0)
    const lines = run.workflow.split('\n')
    const at = lines.findIndex((l) => l.includes('org/spec-to-production'))
    expect(lines[at]).toBe("      - uses: org/spec-to-production@v0  # TODO: replace with the action's owner/name")
    expect(run.stderr).toContain(`WARNING: ${WORKFLOW}:${at + 1} uses the placeholder org/spec-to-production@v0, which is not a real action: the workflow cannot run until you edit that line.\n`)
    expect(run.stderr).toContain("WARNING: replace org/spec-to-production with the action's owner/name (the action's repository is not known here: package.json names no GitHub repository")
    expect(run.stdout).not.toContain('  action: ')
    // The comment leaves the YAML's value alone.
    expect(parse(run.workflow).jobs.ship.steps.map((s: { uses?: string }) => s.uses)).toContain('org/spec-to-production@v0')
    // A version without a major is no ref either: the placeholder, whatever names the repository.
    expect(actionReference({ ...none, version: 'latest', repository: 'acme/ship' })).toMatchObject({ known: false, uses: 'org/spec-to-production@v1' })
  })

  it("the release the usage examples name is the package's: README and DESIGN say @v1, and reports carry the same version", async () => {
    expect(MAJOR).toBe('v1')
    expect(VERSION).toBe(manifest.version)
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(`uses: org/spec-to-production@${MAJOR}\n`)
    expect(readme.match(/spec-to-production(?:\/\w+)?@v\d+/g)!.every((ref) => ref.endsWith(`@${MAJOR}`))).toBe(true)
  })

  it('the bundled CLI as a real process: GITHUB_ACTION_REPOSITORY, its checkout origin, else the placeholder and the warning', async () => {
    const project = () => repo({ 'package.json': JSON.stringify({ name: 'shop', scripts: { test: 'jest' } }), 'src/shop/index.js': '' })
    const fromEnv = await project()
    expect((await runCli(fromEnv, ['init'], { env: { GITHUB_ACTION_REPOSITORY: 'acme/from-env' } })).stderr).toBe('')
    expect(await readFile(join(fromEnv, WORKFLOW), 'utf8')).toContain(`      - uses: ${PACKAGED ?? 'acme/from-env'}@${MAJOR}\n`)

    // The bundle inside a git checkout of the action whose origin is on github.com.
    const checkout = await actionCheckout('https://github.com/acme/from-git.git')
    await cp(dirname(await bundledCli()), join(checkout, 'dist'), { recursive: true })
    const fromGit = await project()
    const run = await spawnCli(join(checkout, 'dist/cli.js'), fromGit, ['init'], { GITHUB_ACTION_REPOSITORY: '' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(await readFile(join(fromGit, WORKFLOW), 'utf8')).toContain(`      - uses: ${PACKAGED ?? 'acme/from-git'}@${MAJOR}\n`)

    // The bundle in a temporary directory, not a git checkout.
    const bare = await project()
    const warned = await runCli(bare, ['init'], { env: { GITHUB_ACTION_REPOSITORY: '' } })
    expect(warned.code).toBe(0)
    if (PACKAGED) {
      expect(await readFile(join(bare, WORKFLOW), 'utf8')).toContain(`      - uses: ${PACKAGED}@${MAJOR}\n`)
    } else {
      const lines = (await readFile(join(bare, WORKFLOW), 'utf8')).split('\n')
      const at = lines.indexOf(`      - uses: org/spec-to-production@${MAJOR}  # TODO: replace with the action's owner/name`)
      expect(at).toBeGreaterThan(0)
      expect(warned.stderr).toMatch(new RegExp(`^\\nWARNING: \\.github/workflows/spec-to-production\\.yml:${at + 1} uses the placeholder org/spec-to-production@${MAJOR}, which is not a real action`))
    }
  })
})

/** A CLI bundle at `cli` run as a real process in `cwd`. */
function spawnCli(cli: string, cwd: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  const childEnv = { ...process.env, ...env }
  delete childEnv.NODE_OPTIONS
  const child = spawn(process.execPath, [cli, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })))
}

describe('config --print', () => {
  it('shows each effective value with the layer it came from, and the preset choices', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'x', scripts: { test: 'jest' } }),
      'src/api/index.js': '',
      '.github/spec-to-production.yml':
        'preset: node\nquality_gates:\n  test_coverage: { staging_threshold: 75 }\ncomponents:\n  api:\n    quality_gates: { test_coverage: { dev_threshold: 40 } }\n',
      'specs/api.md': '---\ncomponent: api\npaths: { tests: test/api }\n---\n# API\n'
    })
    const run = await runCli(root, ['config', '--print', '--component', 'api', '--spec', 'specs/api.md'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    for (const line of [
      '# preset node: named in .github/spec-to-production.yml',
      '#   tests and coverage: jest through the test script (npm test), so its own flags apply, with jest-junit and coverage reporters — scripts.test runs jest ("jest")',
      '# each value is followed by where it came from: default < layout < preset node < .github/spec-to-production.yml < .github/spec-to-production.yml components.api < specs/api.md frontmatter',
      'preset: node # .github/spec-to-production.yml',
      '  source: src/api # layout',
      '  tests: test/api # specs/api.md frontmatter',
      '    dev_threshold: 40 # .github/spec-to-production.yml components.api',
      '    staging_threshold: 75 # .github/spec-to-production.yml',
      '    production_threshold: 80 # default',
      '      coverage: { path: "{reports}/coverage/coverage-summary.json", format: istanbul-summary } # preset node'
    ]) {
      expect(run.stdout.split('\n')).toContain(line)
    }
    expect(run.stdout).toMatch(/\n {4}command: printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs npm test -- --ci .* # preset node\n/)

    const json = await runCli(root, ['config', '--print', '--component', 'api', '--format', 'json'])
    expect(JSON.parse(json.stdout)).toMatchObject({ preset_source: 'named in .github/spec-to-production.yml', config: { paths: { source: 'src/api', tests: 'src/api' } } })
  })

  it('needs --component, and reports a bad configuration file like a run does', async () => {
    const root = await repo({ '.github/spec-to-production.yml': 'preset: pyton\n' })
    const missing = await runCli(root, ['config', '--print'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('config --print needs --component NAME')
    const bad = await runCli(root, ['config', '--print', '--component', 'x'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(".github/spec-to-production.yml:1:9: preset: must be one of: python, node, none (got \"pyton\"); did you mean 'python'?")
  })
})
