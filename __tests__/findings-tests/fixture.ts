/** Reads the real tool outputs under __fixtures__/reports/findings/. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../__fixtures__/reports/findings/${name}`, import.meta.url))
}

export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8')
}

/** Where the sample projects were when the tools ran (see each fixture's README.md). */
export const TS_WORKSPACE = '/tmp/samples/ts'
export const PY_WORKSPACE = '/tmp/samples/py'
export const SECRETS_WORKSPACE = '/tmp/samples/secrets'
