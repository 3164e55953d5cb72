/** Where the report fixtures live, and the workspaces the real tools ran in (see the fixture READMEs). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../__fixtures__/reports/', import.meta.url))

export const junitFixture = (name: string): string => `${root}junit/${name}`
export const coverageFixture = (name: string): string => `${root}coverage/${name}`
export const readFixture = (path: string): string => readFileSync(path, 'utf8')

/** pytest and coverage.py ran in /tmp/pysample, jest in /tmp/jssample (regenerate.sh copies the projects there). */
export const PY_WORKSPACE = '/tmp/pysample'
export const JS_WORKSPACE = '/tmp/jssample'

/** The benchmark generators are plain ESM JavaScript: imported by URL so TypeScript does not look for their types. */
export async function benchGenerator<T>(name: 'gen-junit.mjs' | 'gen-lcov.mjs'): Promise<T> {
  const url = new URL(`../../bench/${name}`, import.meta.url).href
  return (await import(url)) as T
}

/** Yields `text` as Buffers of `size` bytes, cutting multi-byte characters apart. */
export async function* bytesOf(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8')
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}
