import { expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { ROOT } from '../helpers/workspace.js'

test('the precompiled validators match schema/*.schema.json (npm run schemas regenerates them)', () => {
  // Throws (exit 1) when the committed generated code differs from what the schemas compile to.
  expect(() => execFileSync(process.execPath, ['scripts/compile-schemas.mjs', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow()
})
