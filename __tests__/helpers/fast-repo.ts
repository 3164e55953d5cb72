/**
 * A copy of the greeter example whose testing and refactoring stages copy reports that the real tools (jest with
 * jest-junit and lcov, eslint, tsc, secretlint) wrote once for it, so a whole run takes about a second and tests can
 * spend their time on what they test: deployments, retries, breakers, stalled services. The deployment stage is the
 * test's own YAML.
 */
import { execFileSync } from 'node:child_process'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { editConfig, exampleRepo, git } from './workspace.js'

/** Runs the real tools once in a fresh example repository; returns the directory holding their reports. */
export async function realReports(): Promise<string> {
  const dir = await exampleRepo()
  const out = join(dir, 'fixture')
  const run = (command: string) => execFileSync('bash', ['-c', command], { cwd: dir, stdio: 'ignore' })
  run('mkdir -p fixture')
  // jest resolves --coverageDirectory against its config's rootDir: absolute paths.
  run(`JEST_JUNIT_OUTPUT_FILE=${out}/junit.xml NODE_OPTIONS=--experimental-vm-modules npx jest --config examples/greeter/jest.config.js --ci --reporters=jest-junit --coverage --coverageReporters=lcov --coverageDirectory=${out}/coverage`)
  run('npx eslint -c examples/greeter/eslint.config.js examples/greeter/src examples/greeter/service examples/greeter/tests -f json -o fixture/eslint.json')
  run('npx tsc -p examples/greeter/tsconfig.json --noEmit --pretty false > fixture/tsc.txt')
  run('npx secretlint --secretlintrc examples/greeter/.secretlintrc.json "examples/greeter/src/**/*" "examples/greeter/service/**/*" "examples/greeter/tests/**/*" --format json --output fixture/secretlint.json')
  return dir
}

/**
 * An example repository (committed) whose gates read the reports in `reportsRepo`/fixture and whose configuration ends
 * with `tail` (YAML: the deployment stages, error_recovery, …).
 */
export async function fastRepo(reportsRepo: string, tail: string): Promise<string> {
  const dir = await exampleRepo()
  await cp(join(reportsRepo, 'fixture'), join(dir, 'fixture'), { recursive: true })
  // The reports name the files the tools checked by absolute path: this repository's, as if the tools ran here (a
  // linter whose report lists only another directory's files checked nothing of this component).
  for (const entry of await readdir(join(dir, 'fixture'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = join(entry.parentPath, entry.name)
    const text = await readFile(file, 'utf8')
    if (text.includes(reportsRepo)) await writeFile(file, text.replaceAll(reportsRepo, dir))
  }
  await editConfig(dir, (t) => {
    const head = t.slice(0, t.indexOf('  # A real deployment'))
    return (
      head
        .replace(/^ {4}command: JEST_JUNIT_OUTPUT_FILE.*$/m, '    command: "cp fixture/junit.xml {reports}/junit.xml && cp fixture/coverage/lcov.info {reports}/lcov.info"')
        .replace('coverage: "{reports}/coverage/lcov.info"', 'coverage: "{reports}/lcov.info"')
        .replace(/^ {6}command: npx eslint.*$/m, '      command: cp fixture/eslint.json {reports}/eslint.json')
        .replace(/^ {6}command: npx tsc.*$/m, '      command: cp fixture/tsc.txt {reports}/tsc.txt')
        .replace(/^ {6}command: npx secretlint.*$/m, '      command: cp fixture/secretlint.json {reports}/secretlint.json') + tail
    )
  })
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixture')
  return dir
}
