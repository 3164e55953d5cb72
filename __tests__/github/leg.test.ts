/** A matrix leg's identity from the `leg` input, as the runner fills it from `${{ toJSON(matrix) }}`. */
import { expect, test } from '@jest/globals'
import { cleanLeg, legIdentity } from '../../src/github/leg.js'
import { checkRunName } from '../../src/github/checks.js'
import { commentMarker } from '../../src/github/comment.js'

const shared = ['api', 'specs/api.md', undefined, '.', undefined]

test('no matrix, or a matrix of the component\'s own values only: no identity, the names of one leg per component', () => {
  expect(legIdentity('', shared)).toBeNull()
  expect(legIdentity('null', shared)).toBeNull()
  // The plan's matrix, and a matrix over components.
  expect(legIdentity('{\n  "component": "api",\n  "spec": "specs/api.md"\n}', shared)).toBeNull()
  expect(legIdentity('{"component":"api"}', shared)).toBeNull()
  expect(legIdentity('{"component":"api","dir":"packages/api"}', ['api', 'specs/api.md', undefined, 'packages/api'])).toBeNull()
  expect(checkRunName('api', undefined, { target: 'staging', leg: null })).toBe('spec-to-production / api')
  expect(commentMarker('api', null)).toBe('<!-- spec-to-production:api -->')
})

test('a matrix over targets, versions or systems: the leg\'s values in the matrix\'s order, as GitHub names a matrix job', () => {
  expect(legIdentity('{\n  "component": "api",\n  "target": "production"\n}', shared)).toBe('production')
  expect(legIdentity('{ "os": "ubuntu-latest", "node": 22 }', shared)).toBe('ubuntu-latest, 22')
  expect(legIdentity('{ "node": 20, "experimental": false }', shared)).toBe('20, false')
  expect(legIdentity('{ "cfg": { "db": "pg" } }', shared)).toBe('pg')
  // A matrix of objects, one per component (`component: \${{ matrix.pkg.name }}`): the component's own values only.
  expect(legIdentity('{ "pkg": { "name": "api", "spec": "specs/api.md" } }', shared)).toBeNull()
  expect(legIdentity('{ "pkg": { "name": "api", "spec": "specs/api.md" }, "os": ["ubuntu-latest"] }', shared)).toBe('ubuntu-latest')
  expect(checkRunName('api', undefined, { target: 'production', leg: 'production' })).toBe('spec-to-production / api (production)')
  expect(checkRunName('api', '{component} on {target} ({leg})', { target: 'staging', leg: 'ubuntu-latest, 22' })).toBe('api on staging (ubuntu-latest, 22)')
  expect(checkRunName('api', 'ci / {component} {leg}', { target: 'dev', leg: null })).toBe('ci / api')
  // No leg: the placeholder goes with its brackets and the separator before it, never "ci / api ()".
  expect(checkRunName('api', 'ci / {component} ({leg})', { target: 'dev', leg: null })).toBe('ci / api')
  expect(checkRunName('api', 'ci / {component} [{leg}] on {target}', { target: 'dev', leg: null })).toBe('ci / api on dev')
  expect(checkRunName('api', 'ci / {component} / {leg}', { target: 'dev', leg: '' })).toBe('ci / api')
  expect(checkRunName('api', '{leg}: {component}', { target: 'dev', leg: null })).toBe('api')
  expect(checkRunName('api', 'ci ({component}, {leg})', { target: 'dev', leg: null })).toBe('ci (api)')
  expect(checkRunName('api', 'ci / {component} ({leg})', { target: 'dev', leg: '22' })).toBe('ci / api (22)')
  expect(commentMarker('api', 'ubuntu-latest, 22')).toBe('<!-- spec-to-production:api leg:ubuntu-latest, 22 -->')
})

test('a text that is not a JSON object is the leg\'s name; what cannot be shown is cut, and so is the length', () => {
  expect(legIdentity('node 20', shared)).toBe('node 20')
  expect(legIdentity('["a"]', shared)).toBe('["a"]')
  expect(cleanLeg('a\u202eb\nc\u0007')).toBe('a b c')
  expect(cleanLeg('  \n ')).toBeNull()
  expect(cleanLeg('x'.repeat(300))).toHaveLength(100)
  // Two legs that differ only past the cut keep names of their own.
  const long = (v: string) => legIdentity(JSON.stringify({ image: `${'registry.example.com/team/'.repeat(5)}${v}` }), shared)
  expect(long('node:20')).toHaveLength(100)
  expect(long('node:20')).not.toBe(long('node:22'))
  expect(cleanLeg(`${'y'.repeat(120)}a`)?.startsWith('y'.repeat(90))).toBe(true)
  // The cut falls between characters: an emoji across it is left out whole, never half of it (a lone surrogate, which
  // the check run's name, the comment's title and the report would carry as U+FFFD).
  const emoji = cleanLeg(`${'y'.repeat(89)}\u{1F600}${'z'.repeat(20)}`)!
  expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  expect(emoji.startsWith(`${'y'.repeat(89)}…~`)).toBe(true)
  expect(cleanLeg(emoji)).toBe(emoji)
  // The marker is an HTML comment: a leg cannot end it early.
  expect(commentMarker('api', 'a --> b')).toBe('<!-- spec-to-production:api leg:a -> b -->')
})
