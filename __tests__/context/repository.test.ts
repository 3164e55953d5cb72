import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rename, stat, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { SessionRepository, defaultContextRoot } from '../../src/context/repository.js'
import { addMessage, createSession } from '../../src/context/session.js'
import type { Session } from '../../src/context/types.js'
import { DAY1, DAY2, greeterSpec, tempDir } from './fixtures.js'

async function sample(component = 'greeter', now = DAY1): Promise<Session> {
  const s = await createSession({ component, spec: greeterSpec(), now })
  return addMessage(s, { kind: 'test_results', content: 'all tests pass', stage: 'testing', metadata: { passed: 12 } }, now + 1000)
}

describe('SessionRepository', () => {
  test('round trip: save atomically, load the same session', async () => {
    const root = defaultContextRoot(await tempDir())
    const repo = new SessionRepository(root)
    const s = await sample()
    const path = await repo.save(s)
    expect(path).toBe(join(root, 'sessions', 'greeter-workflow-2025-10-20.json'))
    expect(await readdir(join(root, 'sessions'))).toEqual(['greeter-workflow-2025-10-20.json']) // no temp file left
    const loaded = await repo.load(s.session_id)
    expect(loaded).toMatchObject({ ok: true, archived: false })
    if (loaded.ok) expect(loaded.session).toEqual(s)
    const json = JSON.parse(await readFile(path, 'utf8'))
    expect(Object.keys(json)).toEqual(['session_id', 'messages', 'max_tokens', 'current_tokens', 'metadata'])
    expect(Object.keys(json.messages[0])).toEqual(['role', 'content', 'timestamp', 'metadata', 'tokens', 'importance'])
  })

  test('a file written since our own save is read again, whether replaced or edited in place', async () => {
    const root = defaultContextRoot(await tempDir())
    const repo = new SessionRepository(root)
    const s = await sample()
    const path = await repo.save(s)
    const ours = await repo.load(s.session_id)
    expect(ours.ok && ours.session).toEqual(s)
    // Replaced by another writer (a new file renamed over it).
    const text = await readFile(path, 'utf8')
    const replaced = text.replace('all tests pass', 'ALL TESTS PASS')
    await writeFile(`${path}.other`, replaced)
    await rename(`${path}.other`, path)
    const again = await repo.load(s.session_id)
    expect(again.ok && again.session.messages.some((m) => m.content === 'ALL TESTS PASS')).toBe(true)
    // Edited in place, same inode and same size.
    await repo.save(s)
    await writeFile(path, text.replace('all tests pass', 'all tests PASS'))
    const edited = await repo.load(s.session_id)
    expect(edited.ok && edited.session.messages.some((m) => m.content === 'all tests PASS')).toBe(true)
    // Made unreadable in place: refused as before, never served from memory.
    await repo.save(s)
    await writeFile(path, '{ "session_id": 1 }\n')
    expect(await repo.load(s.session_id)).toMatchObject({ ok: false })
    // A file this repository only read (another run wrote it): read again once edited in place, or replaced.
    await writeFile(path, text)
    const reader = new SessionRepository(root)
    expect((await reader.load(s.session_id)).ok).toBe(true)
    await writeFile(path, text.replace('all tests pass', 'all tests PASS'))
    const readAgain = await reader.load(s.session_id)
    expect(readAgain.ok && readAgain.session.messages.some((m) => m.content === 'all tests PASS')).toBe(true)
    await writeFile(`${path}.other`, '{ "session_id": 1 }\n')
    await rename(`${path}.other`, path)
    expect(await reader.load(s.session_id)).toMatchObject({ ok: false })
  })

  test('a FIFO planted as the lock file is never waited on: taken over as unreadable, and the save goes through', async () => {
    const root = defaultContextRoot(await tempDir())
    const repo = new SessionRepository(root)
    const s = await sample()
    await mkdir(join(root, 'sessions'), { recursive: true })
    execFileSync('mkfifo', [join(root, 'sessions', `${s.session_id}.lock`)])
    const started = Date.now()
    expect(await repo.save(s)).toBe(join(root, 'sessions', `${s.session_id}.json`))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(await readdir(join(root, 'sessions'))).toEqual([`${s.session_id}.json`])
  }, 15_000)

  test('list, latest and archive', async () => {
    const root = await tempDir()
    const repo = new SessionRepository(root)
    const older = await sample('greeter', DAY1)
    const newer = await sample('greeter', DAY2)
    const other = await sample('narrative_engine', DAY2)
    for (const s of [older, newer, other]) await repo.save(s)
    await repo.writeBrief(older.session_id, '# brief')
    const archived = await repo.archive(older.session_id)
    expect(archived).toBe(join(root, 'archive', 'greeter-workflow-2025-10-20.json'))
    expect((await readdir(join(root, 'archive'))).sort()).toEqual(['greeter-workflow-2025-10-20.context.md', 'greeter-workflow-2025-10-20.json'])
    const { sessions, ignored } = await repo.list()
    expect(ignored).toEqual([])
    expect(sessions.map((s) => [s.id, s.archived])).toEqual([
      ['narrative_engine-workflow-2025-10-21', false],
      ['greeter-workflow-2025-10-21', false],
      ['greeter-workflow-2025-10-20', true]
    ])
    expect(sessions[1]).toMatchObject({ component: 'greeter', messages: 2, tokens: newer.current_tokens, updated_at: newer.metadata.updated_at })
    expect((await repo.latest('greeter'))?.session.session_id).toBe('greeter-workflow-2025-10-21')
    expect(await repo.latest('nobody')).toBeNull()
    expect((await repo.load(older.session_id)).ok).toBe(true) // found in archive/
    await expect(repo.archive('greeter-workflow-1999-01-01')).rejects.toThrow(/does not exist/)
    await expect(repo.trimArchive('greeter', 1)).resolves.toEqual([])
    await expect(repo.trimArchive('greeter', 0)).resolves.toEqual(['greeter-workflow-2025-10-20'])
    expect(await readdir(join(root, 'archive'))).toEqual([])
  })

  test('hostile and corrupt files are ignored with a reason, never crash or pollute', async () => {
    const root = await tempDir()
    const repo = new SessionRepository(root)
    const good = await sample()
    await repo.save(good)
    const dir = join(root, 'sessions')
    const valid = JSON.parse(await readFile(join(dir, `${good.session_id}.json`), 'utf8'))
    const write = (name: string, text: string): Promise<void> => writeFile(join(dir, `${name}.json`), text)

    await write('a-workflow-2025-01-01', '{ not json')
    await write('b-workflow-2025-01-01', JSON.stringify({ ...valid, session_id: 'b-workflow-2025-01-01', metadata: { ...valid.metadata, component: 'b' } }).replace('"metadata":{', '"metadata":{"__proto__":{"polluted":true},'))
    await write('c-workflow-2025-01-01', JSON.stringify({ ...valid, session_id: 'c-workflow-2025-01-01', messages: 'nope' }))
    await write('d-workflow-2025-01-01', JSON.stringify({ ...valid, session_id: 'd-workflow-2025-01-01', metadata: { ...valid.metadata, component: 'd' }, messages: [{ ...valid.messages[0], role: 'admin' }] }))
    await write('e-workflow-2025-01-01', JSON.stringify({ ...valid, session_id: 'e-workflow-2025-01-01', metadata: { ...valid.metadata, component: 'e' }, messages: [{ ...valid.messages[0], importance: 7 }] }))
    await write('f-workflow-2025-01-01', 'null')
    await write('g-workflow-2025-01-01', JSON.stringify(valid)) // file name and session_id disagree
    await write('not-a-session-name', JSON.stringify(valid))
    await write('h-workflow-2025-01-01', JSON.stringify({ ...valid, session_id: 'h-workflow-2025-01-01', metadata: { ...valid.metadata, component: 'h', constructor: { prototype: { polluted: true } } } }))
    const big = join(dir, 'big-workflow-2025-01-01.json')
    await writeFile(big, '')
    await truncate(big, 50 * 1024 * 1024) // 50 MB
    await symlink('/etc/passwd', join(dir, 'link-workflow-2025-01-01.json'))
    await mkdir(join(dir, 'dir-workflow-2025-01-01.json'))
    // A FIFO (as a cache restore could plant): opening it for reading must not wait for a writer.
    execFileSync('mkfifo', [join(dir, 'fifo-workflow-2025-01-01.json')])

    const { sessions, ignored } = await repo.list()
    expect(sessions.map((s) => s.id)).toEqual([good.session_id])
    const reasons = Object.fromEntries(ignored.map((i) => [i.file.slice(dir.length + 1), i.reason]))
    expect(reasons['a-workflow-2025-01-01.json']).toMatch(/not valid JSON/)
    expect(reasons['b-workflow-2025-01-01.json']).toMatch(/forbidden key "__proto__"/)
    expect(reasons['c-workflow-2025-01-01.json']).toMatch(/messages: must be a list/)
    expect(reasons['d-workflow-2025-01-01.json']).toMatch(/messages\[0\]\.role/)
    expect(reasons['e-workflow-2025-01-01.json']).toMatch(/importance: must be a number from 0 to 1/)
    expect(reasons['f-workflow-2025-01-01.json']).toMatch(/must be an object/)
    expect(reasons['g-workflow-2025-01-01.json']).toMatch(/holds session greeter-workflow-2025-10-20/)
    expect(reasons['not-a-session-name.json']).toMatch(/file name/)
    expect(reasons['h-workflow-2025-01-01.json']).toMatch(/forbidden key "(constructor|prototype)"/)
    expect(reasons['big-workflow-2025-01-01.json']).toMatch(/too large \(52428800 bytes/)
    expect(reasons['link-workflow-2025-01-01.json']).toMatch(/symbolic link/)
    expect(reasons['dir-workflow-2025-01-01.json']).toMatch(/not a regular file/)
    expect(reasons['fifo-workflow-2025-01-01.json']).toMatch(/not a regular file/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await repo.load('a-workflow-2025-01-01')).ok).toBe(false)
    expect(await repo.load('../../etc/passwd')).toEqual({ ok: false, file: null, reason: 'invalid session id "../../etc/passwd"' })
    expect((await repo.latest('greeter'))?.session.session_id).toBe(good.session_id)
    expect((await stat(big)).size).toBe(50 * 1024 * 1024) // left alone
  })

  test('refuses to save what it could not load again', async () => {
    const repo = new SessionRepository(await tempDir())
    const s = await sample()
    await expect(repo.save({ ...s, session_id: '../evil' })).rejects.toThrow(/invalid session/)
    await expect(repo.save({ ...s, max_tokens: -1 })).rejects.toThrow(/max_tokens/)
  })

  test('an absent directory lists nothing', async () => {
    const repo = new SessionRepository(join(await tempDir(), 'missing'))
    expect(await repo.list()).toEqual({ sessions: [], ignored: [] })
    expect(await repo.latest('greeter')).toBeNull()
  })
})
