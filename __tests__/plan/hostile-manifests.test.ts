/**
 * The manifests a changed-only plan reads for the packages components share are the pull request's files: read in
 * time proportional to them, and one too large to read through (or with more dependency tables than a real one) taken
 * to depend on every package, so that the plan selects more, never less. Lazy patterns tried from each unclosed
 * `<parent>`, `<!--`, `<dependency>` or `require (` to the end of the file took seconds for 250 KB, minutes for more.
 */
import { afterAll, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { componentDependencies, componentPackages, MANIFEST_LIMIT } from '../../src/plan/dependencies.js'
import type { PlannedComponent } from '../../src/plan/discover.js'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-manifests-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return dir
}

const component = (name: string, dir: string): PlannedComponent => ({ component: name, spec: `specs/${name}.md`, source: [`${dir}/src`], tests: [`${dir}/tests`] })

test('hostile manifests under the size limit are read in time proportional to them', async () => {
  const near = MANIFEST_LIMIT - 1024
  const dir = await workspace({
    'jvm/core/pom.xml': '<project><artifactId>acme-core</artifactId></project>\n',
    'jvm/app/pom.xml': `<project><artifactId>acme-app</artifactId><dependency><artifactId>acme-core</artifactId></dependency>${'<parent>x'.repeat(near / 18)}${'<!--'.repeat(near / 8)}`,
    'go/lib/go.mod': 'module example.com/acme/lib\n',
    'go/server/go.mod': `module example.com/acme/server\nrequire example.com/acme/lib v0.0.0\n${'require (\n'.repeat(near / 10)}`
  })
  const components = [component('core', 'jvm/core'), component('app', 'jvm/app'), component('lib', 'go/lib'), component('server', 'go/server')]
  const started = performance.now()
  const deps = componentDependencies(await componentPackages(dir, components))
  // Milliseconds with the fix; about 5 s without it on this machine (each pattern alone 1–3 s).
  expect(performance.now() - started).toBeLessThan(2000)
  expect(deps.get('app')?.map((d) => d.component)).toEqual(['core'])
  expect(deps.get('server')?.map((d) => d.component)).toEqual(['lib'])
})

test('a manifest too large to read, or with more dependency tables than a real one, depends on every package', async () => {
  const dir = await workspace({
    'packages/shared/package.json': JSON.stringify({ name: '@acme/shared' }),
    'packages/web/package.json': JSON.stringify({ name: '@acme/web', description: 'x'.repeat(MANIFEST_LIMIT) }),
    'crates/api/Cargo.toml': `[package]\nname = "acme-api"\n${'[dependencies]\n'.repeat(300)}`
  })
  const components = [component('shared', 'packages/shared'), component('web', 'packages/web'), component('api', 'crates/api')]
  const deps = componentDependencies(await componentPackages(dir, components))
  expect(deps.get('web')?.map((d) => d.component).sort()).toEqual(['api', 'shared'])
  expect(deps.get('web')?.[0]?.package).toBe('every package (packages/web/package.json is too large to read through)')
  expect(deps.get('api')?.map((d) => d.component).sort()).toEqual(['shared', 'web'])
  expect(deps.has('shared')).toBe(false)
})
