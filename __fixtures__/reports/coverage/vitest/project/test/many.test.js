import { test, expect } from 'vitest'
import * as m from '../src/many.js'
test('runs 61', () => { for (let i = 0; i < 61; i++) expect(m['f' + i]()).toBe(i) })
