/**
 * Differential tests: the byte-level XML reader (src/reports/xml.ts) held to saxes, a conforming XML parser.
 *
 * On generated well-formed documents both must report the same elements, depths, attribute values (and text, when
 * captured), whether the reader gets the document whole or in random chunks. On mutated documents the reader may
 * refuse more than saxes, but whatever it accepts saxes must accept with the same events, or refuse only for one of
 * the reasons xml.ts's header lists as deliberately not checked.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { ReportError } from '../../src/reports/types.js'
import { streamXml, type XmlInput } from '../../src/reports/xml.js'

/** Runs per property; the seed is printed on failure to replay. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300)
const MUTATION_RUNS = Number(process.env.PROPERTY_RUNS ?? 500)

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()
function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS)
}
afterAll(expectUnpolluted)

// ---------------------------------------------------------------- events

/** Events as strings, so that a difference prints as a readable diff. Consecutive text is merged. */
class Recorder {
  readonly events: string[] = []
  private text = ''

  add(event: string): void {
    this.flush()
    this.events.push(event)
  }

  addText(text: string): void {
    this.text += text
  }

  flush(): void {
    if (this.text !== '') this.events.push(`text ${JSON.stringify(this.text)}`)
    this.text = ''
  }
}

const showNumber = (n: number | undefined): string => (n === undefined ? 'undefined' : Object.is(n, -0) ? '-0' : String(n))
const openEvent = (name: string, depth: number, attrs: [string, string | undefined][], numbers: string[]): string =>
  `open ${JSON.stringify(name)} @${depth} ${JSON.stringify(attrs)} numbers ${JSON.stringify(numbers)}`
const closeEvent = (name: string, depth: number): string => `close ${JSON.stringify(name)} @${depth}`

/** Attribute names asked of every tag besides the ones the oracle saw: each must be absent. */
const PROBES = ['absent', 'x', 'y', 'name', 'line', 'lines', 'line-rate', 'tëst', 'tës', 'a:b', '_q', 'é', 'e', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']

// ---------------------------------------------------------------- the oracle: saxes

/** saxes' parser states (saxes 6 internals) in which a character is one the reader skips without looking at it. */
const S_DOCTYPE_FIRST = 2
const S_DTD_LAST = 12
/** Inside a quoted attribute value, where the reader lets control characters through with a warning. */
const S_ATTRIB_VALUE_QUOTED = 40
const SKIPPED_TEXT_STATES = new Set([
  13, // S_TEXT (character data)
  17, 18, 19, // S_COMMENT, S_COMMENT_ENDING, S_COMMENT_ENDED
  20, 21, 22, // S_CDATA, S_CDATA_ENDING, S_CDATA_ENDING_2
  25, 26 // S_PI_BODY, S_PI_ENDING
])

interface SaxesFault {
  message: string
  state: number
  /** Whether xml.ts's header lists the fault as deliberately not checked. */
  allowed: boolean
  /** saxes' recovery from this fault reads the rest of the document differently from the reader. */
  lossy: boolean
}

interface SaxesResult {
  events: string[]
  /** Attribute names of each start tag, in document order. */
  names: string[][]
  errors: SaxesFault[]
  /** How many events and errors were recorded before the first lossy recovery (all of them when there was none). */
  reliable: number
  reliableErrors: number
}

/**
 * Whether saxes' error is one of the faults xml.ts's header says it deliberately does not check: characters of
 * skipped text other than `&` and `<` (control characters, U+FFFE/U+FFFF, `]]>` in text), `--` in comments, and
 * control characters in attribute values (let through with a warning).
 * "Skipped text" is taken as character data, comments, CDATA sections, processing-instruction bodies and the DOCTYPE.
 */
function allowedFault(message: string, state: number): boolean {
  if (message === 'disallowed character.') {
    return SKIPPED_TEXT_STATES.has(state) || (state >= S_DOCTYPE_FIRST && state <= S_DTD_LAST) || state === S_ATTRIB_VALUE_QUOTED
  }
  if (message === 'the string "]]>" is disallowed in char data.') return state === 13
  if (message === 'malformed comment.') return true
  return false
}

/** The oracle. saxes reports every fault to the handler and carries on; a thrown error is recorded as a fault. */
function viaSaxes(input: string, captureText = false): SaxesResult {
  const parser = new SaxesParser({ xmlns: false })
  const internals = parser as unknown as { state: number; chunk: string; i: number }
  const recorder = new Recorder()
  const names: string[][] = []
  const errors: SaxesFault[] = []
  let reliable = -1
  let reliableErrors = -1
  let depth = 0
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '')
    const { state, chunk, i } = internals
    // After `--` in a comment saxes goes on inside the comment; after `---` it may then miss the `-->` the reader ends
    // the comment at (as in `<!-- a --->`), so what follows is no longer comparable.
    const lossy = message === 'malformed comment.' && chunk[i - 1] === '-'
    if (lossy && reliable === -1) {
      reliable = recorder.events.length
      reliableErrors = errors.length + 1
    }
    errors.push({ message, state, allowed: allowedFault(message, state), lossy })
  })
  parser.on('opentag', (tag) => {
    const attributes = Object.entries(tag.attributes as Record<string, string>)
    names.push(attributes.map(([name]) => name))
    depth++
    recorder.add(openEvent(tag.name, depth, attributes, attributes.map(([, value]) => showNumber(Number(value)))))
  })
  parser.on('closetag', (tag) => {
    recorder.add(closeEvent(tag.name, depth))
    depth--
  })
  if (captureText) {
    parser.on('text', (text) => {
      if (depth > 0) recorder.addText(text)
    })
    parser.on('cdata', (text) => {
      if (depth > 0) recorder.addText(text)
    })
  }
  try {
    parser.write(input).close()
  } catch (err) {
    errors.push({ message: `saxes threw: ${String(err)}`, state: -1, allowed: false, lossy: false })
  }
  recorder.flush()
  return {
    events: recorder.events,
    names,
    errors,
    reliable: reliable === -1 ? recorder.events.length : reliable,
    reliableErrors: reliableErrors === -1 ? errors.length : reliableErrors
  }
}

// ---------------------------------------------------------------- the reader

type ReaderResult = { ok: true; events: string[] } | { ok: false; error: unknown }

async function* chunked(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]
    yield bytes.subarray(at, at + size)
    at += size
  }
}

/**
 * The reader under test. `names` are the oracle's attribute names of each start tag (XmlTag cannot list its own):
 * each is read back with attr() and number(); every other name probed must be absent.
 */
async function viaReader(
  input: XmlInput,
  chunkSizes?: number[],
  names: string[][] = [],
  captureText = false
): Promise<ReaderResult> {
  const source = chunkSizes === undefined || !(typeof input === 'string' || Buffer.isBuffer(input)) ? input : chunked(Buffer.from(input), chunkSizes)
  const recorder = new Recorder()
  let opened = 0
  try {
    await streamXml(source, 'doc.xml', 'XML', (control) => ({
      open(tag, depth) {
        if (captureText) control.captureText(true)
        const own = names[opened++] ?? []
        const attrs = own.map((name): [string, string | undefined] => [name, tag.attr(name)])
        const numbers = own.map((name) => showNumber(tag.number(name)))
        const probes = new Set([...PROBES, ...own.flatMap((name) => [`${name}x`, name.slice(0, -1), name.toUpperCase()])])
        const extra = [...probes]
          .filter((name) => !own.includes(name))
          .map((name) => [name, tag.attr(name), tag.number(name)])
          .filter(([, value, number]) => value !== undefined || number !== undefined)
        recorder.add(openEvent(tag.name, depth, attrs, numbers) + (extra.length > 0 ? ` ABSENT NAMES FOUND ${JSON.stringify(extra)}` : ''))
      },
      close(name, depth) {
        recorder.add(closeEvent(name, depth))
      },
      text(chunk) {
        if (!captureText) throw new Error('text delivered without captureText(true)')
        recorder.addText(chunk)
      }
    }))
  } catch (error) {
    return { ok: false, error }
  }
  recorder.flush()
  return { ok: true, events: recorder.events }
}

/** A ReportError's detail: its message without file, format and place; a quoted excerpt of the input left out. */
const detailOf = (error: ReportError): string => error.message.replace(/^.*? \(line \d+ column \d+\): /, '').replace(/starts with ".*"$/, 'starts with …')

const describeReader = (r: ReaderResult): string =>
  r.ok ? `accepted:\n    ${r.events.join('\n    ')}` : `refused: ${r.error instanceof ReportError ? `${r.error.where}: ${r.error.message}` : String(r.error)}`
const describeSaxes = (s: SaxesResult): string =>
  `${s.errors.length === 0 ? 'accepted' : `errors ${JSON.stringify(s.errors.map((e) => `${e.message} [state ${e.state}]`))}`}:\n    ${s.events.join('\n    ')}`

// ---------------------------------------------------------------- generated documents

const ELEMENT_NAMES = ['a', 'b', 'tëst', 'a:b', 'x-y.z', '_q', 'testcase', 'line', 'ü', '日本', 'B2', 'failure']
const ATTRIBUTE_NAMES = ['x', 'y', 'name', 'line', 'line-rate', 'a:b', 'tëst', '_q', 'x-y.z', 'z9', 'é', '__proto__', 'constructor', 'lines']
const VALUE_PIECES = [
  '', 'v', 'plain text', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#233;', '&#x1F600;', '&#10;', '&#13;', '&#9;', '&#x20;',
  '\t', '\n', '\r', '\r\n', ' ', 'é', '😀', '>', ']]>', '12', '-', '.', '5', '0', 'OTHER-QUOTE'
]
const TEXT_PIECES = [
  't', 'some text', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#233;', '&#x1F600;', '&#13;', '&#38;lt;', 'é', '日本', '😀',
  '\n', '\r\n', '\r', ' ', '\t', '>', ']', ']]', '"', "'", '-->', '?>'
]

const space = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', ' \n\t ', '\r')
const optionalSpace = fc.constantFrom('', '', ' ', '\n  ', '\t', '\r\n')
const pieces = (from: string[], maxLength = 5) => fc.array(fc.constantFrom(...from), { maxLength }).map((p) => p.join(''))

const attribute = fc.record({
  name: fc.constantFrom(...ATTRIBUTE_NAMES),
  before: space,
  aroundEquals: fc.tuple(optionalSpace, optionalSpace),
  quote: fc.constantFrom('"', "'"),
  value: fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 5 })
})
const renderAttribute = (a: typeof attribute extends fc.Arbitrary<infer T> ? T : never): string => {
  const other = a.quote === '"' ? "'" : '"'
  const value = a.value.map((p) => (p === 'OTHER-QUOTE' ? other : p)).join('')
  return `${a.before}${a.name}${a.aroundEquals[0]}=${a.aroundEquals[1]}${a.quote}${value}${a.quote}`
}

/** Text with no `]]>`, also not where two text nodes meet (a node does not end with `]`). */
const text = pieces(TEXT_PIECES).map((t) => t.replace(/]]>/g, ']]&gt;').replace(/]$/, ']t'))
const cdata = pieces(['c', '<', '&', '&amp;', ']', ']]', '>', '\r\n', '\r', 'é', '<!--']).map((c) => `<![CDATA[${c.replace(/]]>/g, ']] >')}]]>`)
const comment = pieces([' c ', '-', '<', '&', 'é', '>', '\r\n', '<b>']).map((c) => `<!--${c.replace(/-+/g, '-').replace(/-$/, '- ')}-->`)
const pi = fc
  .tuple(fc.constantFrom('pi', 'php', 'x-y', 'tëst', 'xml-stylesheet'), fc.constantFrom('', ' ', '\n'), pieces(['body', '?', '>', '<', '&', '"', ' ']))
  .map(([target, gap, body]) => `<?${target}${gap === '' ? '' : gap + body.replace(/\?>/g, '? >')}?>`)
const misc = fc.oneof(space, comment, pi)

const { element } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthSize: 'small' }, text, cdata, comment, pi, tie('element')),
  element: fc
    .record({
      name: fc.constantFrom(...ELEMENT_NAMES),
      attributes: fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 5 }),
      beforeEnd: optionalSpace,
      selfClosing: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 4 }),
      closingSpace: optionalSpace
    })
    .map((e) => {
      const start = `<${e.name}${e.attributes.map(renderAttribute).join('')}${e.beforeEnd}`
      return e.selfClosing ? `${start}/>` : `${start}>${e.children.join('')}</${e.name}${e.closingSpace}>`
    })
}))

const DECLARATIONS = [
  '<?xml version="1.0"?>',
  "<?xml version='1.0' encoding='UTF-8'?>",
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
  '<?xml version = "1.0"  standalone=\'no\' ?>'
]
const DOCTYPES = [
  '<!DOCTYPE root>',
  '<!DOCTYPE testsuites SYSTEM "junit.dtd">',
  '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
  `<!DOCTYPE a PUBLIC "-//X//DTD Y//EN" 'y>.dtd'>`,
  '<!DOCTYPE a [\n  <!ELEMENT a ANY>\n  <!-- a comment ] > -->\n  <?pi x?>\n]>',
  '<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> ] >'
]

const documents = fc
  .record({
    declaration: fc.option(fc.constantFrom(...DECLARATIONS), { nil: '' }),
    before: fc.array(misc, { maxLength: 3 }),
    doctype: fc.option(fc.constantFrom(...DOCTYPES), { nil: '' }),
    between: fc.array(misc, { maxLength: 2 }),
    root: element,
    after: fc.array(misc, { maxLength: 3 })
  })
  .map((d) => d.declaration + d.before.join('') + d.doctype + d.between.join('') + d.root + d.after.join(''))

const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 16 })

// ---------------------------------------------------------------- mutations

const INSERTS = [
  '<', '>', '&', '"', "'", '/', ']]>', '<!--', '&foo;', '&#0;', '\u0000', '<!ENTITY x "y">',
  // beyond the brief's list: characters XML forbids or restricts, and markup openers
  '\u0001', '\u001f', '\uFFFE', '×', '\u00B7', '\u3000', '?>', '-->', '<?', '<!DOCTYPE a>', '<![CDATA[', '=', ' ', '\r', '&#xD800;'
]
/** Positions are fractions of the document's length at the time, so that a mutation applies to any document. */
type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number; bytes: number }
  | { kind: 'delete' | 'duplicate'; at: number; to: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'swap'; at: number; to: number; at2: number; to2: number }
const fraction = fc.double({ min: 0, max: 1, noNaN: true })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fraction, bytes: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fraction, to: fraction }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, token: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, token: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('swap' as const), at: fraction, to: fraction, at2: fraction, to2: fraction })
)

/** Applies mutations to the bytes (a range may cut a UTF-8 sequence: the reader then sees invalid UTF-8). */
function mutate(doc: string, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(doc, 'utf8')
  const offset = (f: number) => Math.min(bytes.length, Math.floor(f * (bytes.length + 1)))
  for (const m of mutations) {
    const a = offset(m.at)
    if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, a), Buffer.from(m.token, 'utf8'), bytes.subarray(a)])
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, a)
    else if (m.kind === 'swap') {
      const [s1, e1, s2, e2] = [a, offset(m.to), offset(m.at2), offset(m.to2)].sort((x, y) => x - y)
      bytes = Buffer.concat([bytes.subarray(0, s1), bytes.subarray(s2, e2), bytes.subarray(e1, s2), bytes.subarray(s1, e1), bytes.subarray(e2)])
    } else {
      const end = 'bytes' in m ? Math.min(bytes.length, a + m.bytes) : offset(m.to)
      const [s, e] = [Math.min(a, end), Math.max(a, end)]
      bytes = m.kind === 'delete' ? Buffer.concat([bytes.subarray(0, s), bytes.subarray(e)]) : Buffer.concat([bytes.subarray(0, e), bytes.subarray(s)])
    }
  }
  return bytes
}

const isUtf8 = (bytes: Buffer): boolean => Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)

// ---------------------------------------------------------------- the properties

describe('streamXml against saxes on generated well-formed documents', () => {
  it('the generator makes documents saxes accepts', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const oracle = viaSaxes(doc, true)
        if (oracle.errors.length > 0) throw new Error(`generated document refused by saxes:\n${JSON.stringify(doc)}\n${describeSaxes(oracle)}`)
      }),
      { numRuns: RUNS }
    )
  })

  it('gives the same elements, depths and attribute values, whole and in random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(documents, chunkSizes, async (doc, sizes) => {
        const oracle = viaSaxes(doc)
        for (const [how, result] of [
          ['whole', await viaReader(doc, undefined, oracle.names)],
          [`in chunks of ${JSON.stringify(sizes)}`, await viaReader(doc, sizes, oracle.names)]
        ] as const) {
          if (!result.ok || result.events.join('\n') !== oracle.events.join('\n')) {
            throw new Error(`reader (${how}) and saxes disagree on\n  ${JSON.stringify(doc)}\nreader ${describeReader(result)}\nsaxes ${describeSaxes(oracle)}`)
          }
        }
      }),
      { numRuns: RUNS }
    )
  })

  it('gives the same text per element (text and CDATA) when the visitor captures text, whole and in random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(documents, chunkSizes, async (doc, sizes) => {
        const oracle = viaSaxes(doc, true)
        for (const [how, result] of [
          ['whole', await viaReader(doc, undefined, oracle.names, true)],
          [`in chunks of ${JSON.stringify(sizes)}`, await viaReader(doc, sizes, oracle.names, true)]
        ] as const) {
          if (!result.ok || result.events.join('\n') !== oracle.events.join('\n')) {
            throw new Error(`reader (${how}) and saxes disagree on\n  ${JSON.stringify(doc)}\nreader ${describeReader(result)}\nsaxes ${describeSaxes(oracle)}`)
          }
        }
      }),
      { numRuns: RUNS }
    )
  })
})

/**
 * Documents past the reader's 64 KiB bridge: a chunk longer than that which follows an unfinished tag is not copied
 * behind it but finished on a bridge of its first bytes. Padding (a long attribute value, a long comment, long text)
 * makes the chunks that long; a small first chunk leaves something unfinished.
 */
const BIG = 70_000
/** Text stays under the 64 KiB the reader delivers of one text node. */
const BIG_TEXT = 60_000
/** The padding is added in the property, so that a counterexample prints short. */
const bigDocuments = fc.record({
  declaration: fc.option(fc.constantFrom(...DECLARATIONS), { nil: '' }),
  valuePad: fc.constantFrom(0, BIG),
  commentPad: fc.constantFrom(0, BIG),
  textPad: fc.constantFrom(0, BIG_TEXT),
  first: element,
  second: element
})
type BigDocument = typeof bigDocuments extends fc.Arbitrary<infer T> ? T : never
const padded = (d: BigDocument): string =>
  `${d.declaration}<w pad="${'v'.repeat(d.valuePad)}" after="x">${d.first}<!--${'c'.repeat(d.commentPad)}-->${d.second}` +
  `<t>${'t'.repeat(d.textPad)}&amp;\r\n</t></w>`
const bigChunks = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 65 * 1024 + 1, max: 3 * BIG }), chunkSizes).map(([first, big, rest]) => [first, big, ...rest.map((n) => n * 1000)])

describe('streamXml against saxes on documents read in chunks longer than 64 KiB', () => {
  it('gives the same events and text when a long chunk follows an unfinished tag', async () => {
    await fc.assert(
      fc.asyncProperty(bigDocuments, bigChunks, async (parts, sizes) => {
        const doc = padded(parts)
        const oracle = viaSaxes(doc, true)
        if (oracle.errors.length > 0) throw new Error(`generated document refused by saxes: ${describeSaxes(oracle)}`)
        for (const [how, result] of [
          ['whole', await viaReader(doc, undefined, oracle.names, true)],
          [`in chunks of ${JSON.stringify(sizes)}`, await viaReader(doc, sizes, oracle.names, true)]
        ] as const) {
          if (!result.ok || result.events.join('\n') !== oracle.events.join('\n')) {
            const short = (t: string) => t.replace(/([vct])\1{20,}/g, (run) => `${run[0]}×${run.length}`)
            throw new Error(`reader (${how}) and saxes disagree on\n  ${short(JSON.stringify(doc))}\nreader ${short(describeReader(result))}\nsaxes ${short(describeSaxes(oracle))}`)
          }
        }
      }),
      { numRuns: Math.ceil(RUNS / 8) }
    )
  })
})

describe('streamXml against saxes on mutated documents', () => {
  /** Documents the reader refuses although saxes accepts them: allowed, but listed when PROPERTY_VERBOSE is set. */
  const stricter = new Map<string, string>()
  afterAll(() => {
    if (process.env.PROPERTY_VERBOSE !== undefined && stricter.size > 0) {
      console.log(`the reader refused ${stricter.size} documents saxes accepts:\n${[...stricter].map(([doc, why]) => `${doc}\n  -> ${why}`).join('\n')}`)
    }
  })

  it('throws only ReportErrors, and what it accepts saxes accepts with the same events (or refuses for an unchecked reason)', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.array(mutation, { minLength: 1, maxLength: 4 }), chunkSizes, async (doc, mutations, sizes) => {
        const bytes = mutate(doc, mutations)
        const shown = JSON.stringify(bytes.toString('utf8')) + (isUtf8(bytes) ? '' : ` (invalid UTF-8, bytes ${bytes.toString('hex')})`)
        const oracle = viaSaxes(bytes.toString('utf8'), true)
        const whole = await viaReader(bytes, undefined, oracle.names, true)
        const pieces = await viaReader(bytes, sizes, oracle.names, true)
        for (const result of [whole, pieces]) {
          if (!result.ok && !(result.error instanceof ReportError && /^line \d+ column \d+$/.test(result.error.where))) {
            throw new Error(`the reader threw something else than a located ReportError on\n  ${shown}\n${String(result.error)}\n${(result.error as Error).stack}`)
          }
        }
        // Whole or in chunks, the same document is accepted with the same events, or refused (the first fault found
        // may differ: a NUL byte is looked for in a whole chunk before it is parsed).
        if (whole.ok !== pieces.ok || (whole.ok && pieces.ok && whole.events.join('\n') !== pieces.events.join('\n'))) {
          throw new Error(`the reader reads\n  ${shown}\ndifferently whole and in chunks of ${JSON.stringify(sizes)}\nwhole: ${describeReader(whole)}\nchunks: ${describeReader(pieces)}`)
        }
        if (!whole.ok) {
          if (oracle.errors.length === 0) stricter.set(shown, describeReader(whole))
          return
        }
        // saxes' faults after a lossy recovery (such as an unclosed comment swallowing the root) say nothing.
        const unexplained = oracle.errors.slice(0, oracle.reliableErrors).filter((e) => !e.allowed)
        // After a lossy recovery only the events before it are compared.
        const cut = oracle.errors.some((e) => e.lossy) ? oracle.reliable : Infinity
        const sameEvents = whole.events.slice(0, cut).join('\n') === oracle.events.slice(0, cut).join('\n')
        if (unexplained.length > 0 || !sameEvents) {
          throw new Error(
            `the reader accepts\n  ${shown}\n${unexplained.length > 0 ? 'which saxes refuses for a reason not listed as unchecked' : 'with other events than saxes'}\n` +
              `reader ${describeReader(whole)}\nsaxes ${describeSaxes(oracle)}`
          )
        }
      }),
      { numRuns: MUTATION_RUNS }
    )
  })

  it('places a fault at the same line and column whether the document is a string, chunks or a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xml-test-'))
    const file = join(dir, 'report.xml')
    try {
      await fc.assert(
        fc.asyncProperty(documents, fc.array(mutation, { minLength: 1, maxLength: 3 }), chunkSizes, async (doc, mutations, sizes) => {
          const bytes = mutate(doc, mutations)
          writeFileSync(file, bytes)
          const forms: [string, ReaderResult][] = [
            // As a string only when that string has the same bytes (no invalid UTF-8 turned into U+FFFD).
            ...(isUtf8(bytes) ? [['as a string', await viaReader(bytes.toString('utf8'))] as [string, ReaderResult]] : []),
            ['as a Buffer', await viaReader(bytes)],
            [`in chunks of ${JSON.stringify(sizes)}`, await viaReader(bytes, sizes)],
            ['as a file (read again to locate a fault)', await viaReader({ path: file })],
            ['as a file stream', await viaReader(createReadStream(file))],
            [`as a file stream read ${sizes[0]} bytes at a time`, await viaReader(createReadStream(file, { highWaterMark: sizes[0] }))]
          ]
          // Only faults with the same detail are comparable: which fault is met first may depend on the chunks.
          const refusals = forms.flatMap(([how, r]) => (!r.ok && r.error instanceof ReportError ? [{ how, detail: detailOf(r.error), where: r.error.where }] : []))
          for (const a of refusals) {
            const b = refusals.find((other) => other.detail === a.detail && other.where !== a.where)
            if (b !== undefined) {
              throw new Error(`the fault "${a.detail}" in\n  ${JSON.stringify(bytes.toString('utf8'))} (bytes ${bytes.toString('hex')})\nis placed at ${a.where} ${a.how} but at ${b.where} ${b.how}`)
            }
          }
        }),
        { numRuns: RUNS }
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

// ---------------------------------------------------------------- explicit cases

async function refusal(input: XmlInput): Promise<ReportError> {
  const result = await viaReader(input as string | Buffer)
  if (result.ok) throw new Error('the reader accepted the document')
  expect(result.error).toBeInstanceOf(ReportError)
  return result.error as ReportError
}

describe('streamXml fault locations', () => {
  // Line 3 is `  <tëst x="1" x="2"/>`: the repeated name x is its 15th character (ë is one character, two bytes).
  const FAULTY = '<?xml version="1.0"?>\n<root a="1">\n  <tëst x="1" x="2"/>\n</root>\n'
  const WHERE = 'line 3 column 15'

  it('reports the line and column of a fault in a string', async () => {
    expect((await refusal(FAULTY)).where).toBe(WHERE)
    expect((await refusal(FAULTY)).message).toMatch(/repeated/)
  })

  it('reports the same line and column when the input comes in chunks of 1 byte', async () => {
    const result = await viaReader(FAULTY, [1])
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error instanceof ReportError && result.error.where).toBe(WHERE)
  })

  it('reports the same line and column for a file (found by reading it again) and for a file stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xml-test-'))
    try {
      const file = join(dir, 'report.xml')
      writeFileSync(file, FAULTY)
      for (const input of [{ path: file }, createReadStream(file), createReadStream(file, { highWaterMark: 5 })]) {
        const error = await streamXml(input, file, 'XML', () => ({ open() {}, close() {} })).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(error).toBeInstanceOf(ReportError)
        expect((error as ReportError).where).toBe(WHERE)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  // Columns counted by hand, in characters (UTF-16 units, as the reader counts them).
  const cases: [string, string, string][] = [
    ['`</b>` closing `<a>` after an é on the line: at its `<`', '<r>\n<a>\n  é <a></b></a>\n</r>', 'line 3 column 8'],
    ['an undefined entity after 日本 on the line: at its `&`', '<r>\n<a>\n日本 &foo;</a>\n</r>', 'line 3 column 4'],
    ['a < in an attribute value, CRLF line ends: at the `<`', '<r>\r\n<a/>\r\n<a v="ab<"/></r>', 'line 3 column 9'],
    ['a NUL byte in a tag after an é (in text it is let through with a warning)', '<r>\n<a>\n  é<b\u0000/></a>\n</r>', 'line 3 column 6'],
    ['a DOCTYPE inside the root after a ·: at its `<`', '<r>\n\n·\t<!DOCTYPE r></r>', 'line 3 column 3']
  ]
  for (const [what, doc, where] of cases) {
    it(`locates ${what} at ${where}, whole, byte by byte and from a file`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'xml-test-'))
      try {
        const file = join(dir, 'report.xml')
        writeFileSync(file, doc)
        const found: Record<string, unknown> = {}
        for (const [how, result] of [
          ['whole', await viaReader(doc)],
          ['byte by byte', await viaReader(doc, [1])],
          ['from a file', await viaReader({ path: file })]
        ] as const) {
          found[how] = !result.ok && result.error instanceof ReportError ? result.error.where : describeReader(result)
        }
        expect(found).toEqual({ whole: where, 'byte by byte': where, 'from a file': where })
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }

  it('reports a document cut inside a tag as cut, whether the tag began in the last chunk or before', async () => {
    for (const doc of ['<a', '<!-- --><a', '<!-- --><!DOCTYPE a', '<?xml version="1.0"?><!DOCTYPE a PUBLIC "x']) {
      for (const sizes of [undefined, [1]]) {
        const result = await viaReader(doc, sizes)
        expect([doc, sizes, !result.ok && result.error instanceof ReportError ? detailOf(result.error) : describeReader(result)]).toEqual([
          doc,
          sizes,
          'unexpected end of file inside a tag'
        ])
      }
    }
  })
})

describe('streamXml repeated attributes', () => {
  /** A tag with `count` attributes n0 … n{count-1}, where the one at 1-based `position` repeats the name of `of`. */
  const tag = (count: number, position?: number, of = 0): string => {
    const names = Array.from({ length: count }, (_, k) => `n${k}`)
    if (position !== undefined) names[position - 1] = names[of]
    return `<r ${names.map((n, k) => `${n}="${k}"`).join(' ')}/>`
  }

  it('refuses a 20-attribute tag whose 15th attribute repeats an earlier name', async () => {
    for (const of of [0, 1, 7, 13]) {
      const doc = tag(20, 15, of)
      expect(viaSaxes(doc).errors.map((e) => e.message)).toContain(`duplicate attribute: n${of}.`)
      expect((await refusal(doc)).message).toMatch(new RegExp(`the attribute n${of} is repeated`))
      expect(((await viaReader(doc, [1])) as { ok: boolean }).ok).toBe(false)
    }
  })

  it('refuses a 40-attribute tag whose 35th attribute repeats an earlier name (past the 32 kept as offsets)', async () => {
    for (const of of [0, 5, 30, 31, 32, 33]) {
      const doc = tag(40, 35, of)
      expect(viaSaxes(doc).errors.map((e) => e.message)).toContain(`duplicate attribute: n${of}.`)
      expect((await refusal(doc)).message).toMatch(new RegExp(`the attribute n${of} is repeated`))
      expect(((await viaReader(doc, [3])) as { ok: boolean }).ok).toBe(false)
    }
  })

  it('accepts 40 distinct attributes on consecutive tags and reads every one back', async () => {
    const inner = tag(40)
    const doc = `<root>${inner}${inner.replace('<r ', '<s ')}</root>`
    const oracle = viaSaxes(doc)
    expect(oracle.errors).toEqual([])
    for (const sizes of [undefined, [1], [7, 64]]) {
      const result = await viaReader(doc, sizes, oracle.names)
      expect(result).toEqual({ ok: true, events: oracle.events })
    }
  })
})

describe('streamXml on the disagreements with saxes the properties found (each a minimal case)', () => {
  /** The reader must refuse what saxes refuses (any reason), or accept with saxes' events. */
  async function agrees(doc: string, sizes?: number[], captureText = false): Promise<void> {
    const oracle = viaSaxes(doc, captureText)
    const result = await viaReader(doc, sizes, oracle.names, captureText)
    const verdict = (ok: boolean, events: string[]) => (ok ? events.join('\n') : 'refused')
    expect([doc, verdict(result.ok, result.ok ? result.events : [])]).toEqual([doc, verdict(oracle.errors.length === 0, oracle.events)])
  }

  it('refuses element and attribute names with characters XML names may not have', async () => {
    for (const doc of ['<a×b/>', '<·a/>', '<a\u3000b/>', '<a\u00A0b/>', '<a x×="1"/>', '<a x\uFFFE="1"/>']) await agrees(doc)
  })

  it('refuses U+FFFE and U+FFFF (not XML characters) in attribute values', async () => {
    for (const doc of ['<a x="\uFFFE"/>', "<a x='\uFFFF'/>"]) await agrees(doc)
  })

  it('refuses a malformed XML declaration', async () => {
    for (const doc of ['<?xml?><a/>', '<?xml version="2.0"?><a/>', '<?xml encoding="UTF-8"?><a/>', '<?XML version="1.0"?><a/>', '<?xml v<?xml version="1.0"?><a/>']) {
      await agrees(doc)
    }
  })

  it('refuses a processing instruction whose target is not followed by white space or ?>', async () => {
    for (const doc of ['<?x<?xml version="1.0"?><a/>', '<?pi"?><a/>', '<?a×b?><a/>']) await agrees(doc)
  })

  it('refuses a second DOCTYPE', async () => {
    await agrees('<!DOCTYPE a><!DOCTYPE a><a/>')
  })

  it('accepts a DOCTYPE whose internal subset has a comment or processing instruction with ], >, a quote or <!ENTITY', async () => {
    for (const doc of ['<!DOCTYPE a [<!-- ] > -->]><a/>', "<!DOCTYPE a [<!-- don't -->]><a/>", '<!DOCTYPE a [<?pi ]>?>]><a/>', '<!DOCTYPE a [<!-- <!ENTITY x "y"> -->]><a/>']) {
      await agrees(doc)
    }
  })

  it('decodes an incomplete UTF-8 sequence that ends a text node to U+FFFD, as xml.ts says, rather than dropping it', async () => {
    // 3c 61 3e | 78 c3 | 3c 2f 61 3e: `<a>x` and the first byte of a two-byte sequence, then `</a>`.
    const bytes = Buffer.from('3c613e78c33c2f613e', 'hex')
    const oracle = viaSaxes(bytes.toString('utf8'), true)
    expect(oracle.events).toEqual(['open "a" @1 [] numbers []', 'text "x\uFFFD"', 'close "a" @1'])
    expect(await viaReader(bytes, undefined, oracle.names, true)).toEqual({ ok: true, events: oracle.events })
  })

  it('turns a CR LF cut between two chunks into one newline in captured text and CDATA', async () => {
    await agrees('<a>x\r\ny</a>', [5], true)
    await agrees('<a><![CDATA[x\r\ny]]></a>', [14], true)
  })
})

describe('streamXml attribute names that are Object.prototype keys', () => {
  it('reads __proto__ and constructor back with attr() and pollutes nothing', async () => {
    const doc = '<r __proto__="p" constructor="c" toString="t"><c polluted="1" __proto__="{&quot;polluted&quot;:1}"/></r>'
    const values: Record<string, string | undefined>[] = []
    await streamXml(doc, 'doc.xml', 'XML', () => ({
      open(tag) {
        values.push({
          proto: tag.attr('__proto__'),
          constructor: tag.attr('constructor'),
          toString: tag.attr('toString'),
          valueOf: tag.attr('valueOf'),
          hasOwnProperty: tag.attr('hasOwnProperty'),
          polluted: tag.attr('polluted')
        })
      },
      close() {}
    }))
    expect(values).toEqual([
      { proto: 'p', constructor: 'c', toString: 't', valueOf: undefined, hasOwnProperty: undefined, polluted: undefined },
      { proto: '{"polluted":1}', constructor: undefined, toString: undefined, valueOf: undefined, hasOwnProperty: undefined, polluted: '1' }
    ])
    expectUnpolluted()
  })
})

describe('streamXml tags read when their element closes', () => {
  it('gives each element its own attributes at its close, after children and earlier siblings with more attributes', async () => {
    // The reader reuses one tag object per depth: a tag must still read its own bytes at its close, and a sibling
    // with fewer attributes must not see the ones of the sibling before it.
    const doc = '<r n="root"><s n="s1" a="1" b="2" c="3"><t n="t1" x="9"/><t n="t2"/></s><s n="s2"><t n="t3" y="8" z="7"/></s><s n="s3" b="22"/></r>'
    const atOpen: string[] = []
    const atClose: string[] = []
    const read = (tag: { attr(n: string): string | undefined }): string => ['n', 'a', 'b', 'c', 'x', 'y', 'z'].map((k) => `${k}=${tag.attr(k) ?? '-'}`).join(' ')
    for (const split of [undefined, 1, 7]) {
      atOpen.length = 0
      atClose.length = 0
      const input: XmlInput = split === undefined ? doc : (async function* () { for (let i = 0; i < doc.length; i += split) yield doc.slice(i, i + split) })()
      await streamXml(input, 'doc.xml', 'XML', () => {
        const open: { attr(n: string): string | undefined }[] = []
        return {
          open(tag) {
            atOpen.push(read(tag))
            open.push(tag)
          },
          close() {
            atClose.push(read(open.pop()!))
          }
        }
      })
      expect(atClose.slice().sort()).toEqual(atOpen.slice().sort())
      expect(atOpen).toEqual([
        'n=root a=- b=- c=- x=- y=- z=-',
        'n=s1 a=1 b=2 c=3 x=- y=- z=-',
        'n=t1 a=- b=- c=- x=9 y=- z=-',
        'n=t2 a=- b=- c=- x=- y=- z=-',
        'n=s2 a=- b=- c=- x=- y=- z=-',
        'n=t3 a=- b=- c=- x=- y=8 z=7',
        'n=s3 a=- b=22 c=- x=- y=- z=-'
      ])
    }
  })
})
