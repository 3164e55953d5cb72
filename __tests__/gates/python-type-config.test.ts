/** mypy's and pyright's switches that turn type checking off, read as the tools read their configuration files. */
import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mypyIgnoresErrors, mypyModuleMatches, pyrightOff } from '../../src/gates/python-type-config.js'
import { writeIn } from '../helpers/workspace.js'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))
async function dir(files: Record<string, string>): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 's2p-pytype-'))
  dirs.push(d)
  for (const [path, text] of Object.entries(files)) await writeIn(d, path, text)
  return d
}

test('mypy: the first configuration file mypy reads decides; global and per-module sections told apart', async () => {
  // mypy.ini wins over pyproject.toml: its [mypy] section is what mypy uses.
  expect(await mypyIgnoresErrors(await dir({ 'mypy.ini': '[mypy]\nstrict = True\n\n[mypy-legacy.*]\nignore_errors = True\n', 'pyproject.toml': '[tool.mypy]\nignore_errors = true\n' }))).toEqual([
    { where: 'mypy.ini [mypy-legacy.*] ignore_errors = True', global: false, modules: ['legacy.*'] }
  ])
  // [[tool.mypy.overrides]] tables share a header: each is named by its modules (hukkin/tomli: "run", "fuzz").
  expect(
    await mypyIgnoresErrors(
      await dir({ 'pyproject.toml': '[tool.mypy]\nstrict = true\n\n[[tool.mypy.overrides]]\nmodule = "run"\nignore_errors = true\n\n[[tool.mypy.overrides]]\nmodule = ["a.*", \'b\']\nignore_errors = true\n' })
    )
  ).toEqual([
    { where: 'pyproject.toml [[tool.mypy.overrides]] module = "run" ignore_errors = true', global: false, modules: ['run'] },
    { where: 'pyproject.toml [[tool.mypy.overrides]] module = "a.*", "b" ignore_errors = true', global: false, modules: ['a.*', 'b'] }
  ])
  // A pyproject.toml without a mypy section is skipped for setup.cfg's.
  expect(await mypyIgnoresErrors(await dir({ 'pyproject.toml': '[project]\nname = "x"\n', 'setup.cfg': '[mypy]\nignore_errors = yes  # for now\n' }))).toEqual([
    { where: 'setup.cfg [mypy] ignore_errors = yes  # for now', global: true }
  ])
  expect(await mypyIgnoresErrors(await dir({ 'pyproject.toml': '[tool.mypy]\nignore_errors = false\nstrict = true\n' }))).toEqual([])
  expect(await mypyIgnoresErrors(await dir({}))).toEqual([])
})

test('pyright: typeCheckingMode "off" in pyrightconfig.json (JSON with comments) or [tool.pyright]', async () => {
  expect(await pyrightOff(await dir({ 'pyrightconfig.json': '{\n  // legacy\n  "typeCheckingMode": "off",\n}\n' }))).toEqual([{ where: 'pyrightconfig.json typeCheckingMode: "off"', global: true }])
  expect(await pyrightOff(await dir({ 'pyproject.toml': "[tool.pyright]\ntypeCheckingMode = 'off'\n" }))).toEqual([{ where: "pyproject.toml [tool.pyright] typeCheckingMode = 'off'", global: true }])
  expect(await pyrightOff(await dir({ 'pyproject.toml': '[tool.pyright]\ntypeCheckingMode = "basic"\n', 'pyrightconfig.json': '{ "typeCheckingMode": "strict" }' }))).toEqual([])
})

test('a mypy.ini or pyrightconfig.json linked to /dev/zero or a FIFO is not read; the next file mypy reads decides', async () => {
  const d = await dir({ 'pyproject.toml': '[tool.mypy]\nignore_errors = true\n\n[tool.pyright]\ntypeCheckingMode = "off"\n' })
  await symlink('/dev/zero', join(d, 'mypy.ini'))
  execFileSync('mkfifo', [join(d, 'pyrightconfig.json')])
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), 3000)))
  const found = await Promise.race([Promise.all([mypyIgnoresErrors(d), pyrightOff(d)]), late])
  clearTimeout(timer)
  expect(found).toEqual([
    [{ where: 'pyproject.toml [tool.mypy] ignore_errors = true', global: true }],
    [{ where: 'pyproject.toml [tool.pyright] typeCheckingMode = "off"', global: true }]
  ])
  // A read of /dev/zero took 1 to 2 s (and 600 MB) before V8 refused the string.
  expect(Date.now() - started).toBeLessThan(500)
})

test("mypy's module patterns match as mypy matches a per-module section", () => {
  const cases: Array<[string, string, boolean]> = [
    ['run', 'run', true],
    ['run', 'runner', false],
    ['run', 'pkg.run', false],
    ['legacy.*', 'legacy', true],
    ['legacy.*', 'legacy.old.deep', true],
    ['legacy.*', 'legacyx', false],
    ['site.*.migrations.*', 'site.migrations', true],
    ['site.*.migrations.*', 'site.a.b.migrations.m', true],
    ['site.*.migrations.*', 'site.models', false],
    ['tomli._parser', 'tomli._parser', true]
  ]
  for (const [pattern, module, matches] of cases) expect([pattern, module, mypyModuleMatches(pattern, module)]).toEqual([pattern, module, matches])
})
