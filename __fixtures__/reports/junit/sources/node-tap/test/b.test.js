const t = require('tap')
t.test('passing group', async (t) => {
  t.equal(1, 1)
  t.ok(true, 'truthy')
})
t.test('failing group', async (t) => {
  t.equal(2, 2, 'same message')
  t.equal(3, 4, 'same message')
})
t.test('outer', async (t) => {
  t.ok(true, 'outer assertion')
  t.test('inner', async (t) => {
    t.equal(5, 5)
    t.equal(6, 7, 'inner fails')
  })
})
t.test('throws', async (t) => {
  t.ok(true, 'before the throw')
  throw new Error('boom')
})
t.test('skipped group', { skip: 'not now' }, async (t) => { t.ok(true) })
t.test('todo group', { todo: true }, async (t) => { t.ok(true) })
t.ok(true, 'top-level assertion')
