import { it, expect } from 'vitest'
it.only('the only one', () => { expect(1).toBe(1) })
it('not the only one', () => { expect(1).toBe(1) })
