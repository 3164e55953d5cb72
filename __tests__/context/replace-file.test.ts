import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { replaceFileSync } from '../../src/context/fs.js'
import { tempDir } from './fixtures.js'

describe('replaceFileSync: a file put in the place of another without a rename over it', () => {
  test('an existing file is replaced by the new one (its inode), and a missing one is created', async () => {
    const dir = await tempDir()
    const path = join(dir, 'report.json')
    writeFileSync(path, 'old')
    writeFileSync(`${path}.tmp`, 'new')
    const inode = statSync(`${path}.tmp`).ino
    replaceFileSync(`${path}.tmp`, path)
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(statSync(path).ino).toBe(inode)
    expect(existsSync(`${path}.tmp`)).toBe(false)

    writeFileSync(join(dir, 'a.tmp'), 'first')
    replaceFileSync(join(dir, 'a.tmp'), join(dir, 'a'))
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('first')
  })

  test('a link at the path is replaced, never written through; a directory there is an error and stays', async () => {
    const dir = await tempDir()
    const outside = join(dir, 'outside.txt')
    writeFileSync(outside, 'keep me')
    symlinkSync(outside, join(dir, 'page.html'))
    writeFileSync(join(dir, 'page.tmp'), '<html>')
    replaceFileSync(join(dir, 'page.tmp'), join(dir, 'page.html'))
    expect(lstatSync(join(dir, 'page.html')).isFile()).toBe(true)
    expect(readFileSync(outside, 'utf8')).toBe('keep me')

    mkdirSync(join(dir, 'taken'))
    writeFileSync(join(dir, 'taken.tmp'), 'x')
    expect(() => replaceFileSync(join(dir, 'taken.tmp'), join(dir, 'taken'))).toThrow(expect.objectContaining({ code: expect.stringMatching(/^(EISDIR|EPERM)$/) }))
    expect(statSync(join(dir, 'taken')).isDirectory()).toBe(true)
    expect(readFileSync(join(dir, 'taken.tmp'), 'utf8')).toBe('x')
    expect(() => readlinkSync(join(dir, 'page.html'))).toThrow()
  })
})
