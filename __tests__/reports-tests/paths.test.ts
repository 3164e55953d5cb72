import { describe, expect, it } from '@jest/globals'
import { toWorkspacePath } from '../../src/reports/paths.js'

describe('toWorkspacePath', () => {
  it('makes paths inside the workspace relative, with forward slashes', () => {
    expect(toWorkspacePath('/work/ws/src/a.ts', '/work/ws')).toBe('src/a.ts')
    expect(toWorkspacePath('/work/ws/src/a.ts', '/work/ws/')).toBe('src/a.ts')
    expect(toWorkspacePath('src/./lib/../a.ts', '/work/ws')).toBe('src/a.ts')
    expect(toWorkspacePath('C:\\work\\ws\\src\\a.ts', 'C:\\work\\ws')).toBe('src/a.ts')
    expect(toWorkspacePath('c:/work/ws/src/a.ts', 'C:\\work\\ws')).toBe('src/a.ts')
    expect(toWorkspacePath('/any/file.py', '/')).toBe('any/file.py')
  })

  it('joins a relative path onto its base (Cobertura <source>)', () => {
    expect(toWorkspacePath('shop/cart.py', '/work/ws', '/work/ws/src')).toBe('src/shop/cart.py')
    expect(toWorkspacePath('shop/cart.py', '/work/ws', 'src')).toBe('src/shop/cart.py')
    expect(toWorkspacePath('shop/cart.py', '/work/ws', '/build/agent/src')).toBe('/build/agent/src/shop/cart.py')
  })

  it('keeps paths outside the workspace as given, without resolving them', () => {
    expect(toWorkspacePath('/etc/passwd', '/work/ws')).toBe('/etc/passwd')
    expect(toWorkspacePath('../secrets.txt', '/work/ws')).toBe('../secrets.txt')
    expect(toWorkspacePath('/work/ws/../x', '/work/ws')).toBe('/work/ws/../x')
    expect(toWorkspacePath('/work/ws-other/a', '/work/ws')).toBe('/work/ws-other/a')
    expect(toWorkspacePath('/work/ws', '/work/ws')).toBe('/work/ws')
    expect(toWorkspacePath('', '/work/ws')).toBe('')
  })

  it('writes a relative path that climbs out of the workspace as the climb, never as a path under its first segment', () => {
    // As given, `src/../../../etc/passwd` starts with `src/`: the coverage scope took it for a file of the component.
    expect(toWorkspacePath('src/../../../etc/passwd', '/work/ws')).toBe('../../etc/passwd')
    expect(toWorkspacePath('a\\..\\..\\x', '/work/ws')).toBe('../x')
  })
})
