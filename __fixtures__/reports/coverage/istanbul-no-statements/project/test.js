import assert from 'node:assert/strict'
import { add } from './src/math.js'
import { onStart, onStop } from './src/hooks.js'
onStart()
assert.equal(add(1, 2), 3)
onStop()
