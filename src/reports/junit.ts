/**
 * JUnit XML → normalized test totals, streamed with saxes: memory is bounded by `maxFailures`, never by file size.
 *
 * Counting rules (the suites' own `tests`/`failures` attributes are ignored: pytest counts a teardown error twice,
 * jest-junit leaves out todo tests):
 * - every `<testcase>` counts once, wherever it sits (bare `<testsuite>`, `<testsuites>`, nested suites);
 * - its outcome comes from its direct children: `<error>` beats `<failure>` beats `<skipped>`; none means passed.
 *   A test case with both a failure and an error counts once, as an error: it broke, whatever it asserted. pytest
 *   itself never writes both into one element (a call failure plus a teardown error become two `<testcase>`
 *   elements, which is why its console line reads `1 failed, 1 error` for one test);
 * - pytest's outcomes map as far as the XML tells: `xfailed` is written as `<skipped type="pytest.xfail">` and so is
 *   counted as skipped; a non-strict `xpassed` is written as a plain passing test case and is counted as passed; a
 *   strict XPASS is a `<failure>`. So `passed` = pytest's passed + xpassed − tests that passed but errored in
 *   teardown (those appear once, as errors), `skipped` = skipped + xfailed, `errors` and `failed` match;
 * - jest-junit writes `test.todo` as a plain test case, so todo tests count as passed;
 * - `<system-out>`, `<system-err>` and `<properties>` are skipped without being kept.
 */
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { ReportError, type FailedTest, type TestReport, type TestTotals } from './types.js'
import { toWorkspacePath } from './paths.js'

/** Options of {@link parseJUnit}. */
export interface JUnitOptions {
  /** The report's path, for error messages. */
  file: string
  /** Workspace root: test file paths become relative to it. */
  workspace: string
  /** How many failed tests to keep in `failures` (the totals stay exact); 200 when absent. */
  maxFailures?: number
}

/** Longest kept failure message, in characters. */
const MESSAGE_LIMIT = 500

type Outcome = 'passed' | 'skipped' | 'failure' | 'error'
const RANK: Record<Outcome, number> = { passed: 0, skipped: 1, failure: 2, error: 3 }

/**
 * Parses a JUnit XML report.
 *
 * @param input the report's text, or its chunks (strings or Buffers, any split) as a stream yields them
 * @throws ReportError naming the file, `junit` and the line and column where the XML broke or stopped being JUnit
 */
export async function parseJUnit(input: AsyncIterable<string | Buffer> | string, opts: JUnitOptions): Promise<TestReport> {
  const maxFailures = opts.maxFailures ?? 200
  const totals: TestTotals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 }
  const failures: FailedTest[] = []
  let truncated = false
  let timeSum = 0
  let sawTime = false

  await streamXml(input, opts.file, 'junit', (xml) => {
    /** Per open `<testsuite>`: is it pytest's (whose `line` attributes are 0-based), and its `file` attribute. */
    const suites: { pytest: boolean; file?: string }[] = []
    let caseDepth = 0
    let caseAttrs: Record<string, string> = {}
    let outcome: Outcome = 'passed'
    let message: string | undefined
    /** Depth of the `<failure>`/`<error>` whose text is being read for a message, 0 when none. */
    let textDepth = 0
    let text = ''

    return {
      open(tag, depth) {
        const name = tag.name
        if (depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
          throw xml.error(`the root element is <${name}>, expected <testsuites> or <testsuite>`)
        }
        if (caseDepth === 0) {
          if (name === 'testsuite' || name === 'testsuites') {
            const parent = suites.at(-1)
            suites.push({
              pytest: (parent?.pytest ?? false) || (name === 'testsuite' && tag.attributes.name === 'pytest'),
              file: tag.attributes.file ?? parent?.file
            })
          } else if (name === 'testcase') {
            caseDepth = depth
            caseAttrs = tag.attributes as Record<string, string>
            outcome = 'passed'
            message = undefined
          }
          return
        }
        if (depth !== caseDepth + 1) return
        const kind: Outcome | undefined =
          name === 'failure' ? 'failure' : name === 'error' ? 'error' : name === 'skipped' ? 'skipped' : undefined
        if (kind === undefined || RANK[kind] <= RANK[outcome]) return
        outcome = kind
        if (kind === 'skipped') return
        message = firstLine(tag.attributes.message ?? '')
        if (message === '' && failures.length < maxFailures) {
          // jest-junit puts the message in the element's text, not in an attribute.
          textDepth = depth
          text = ''
          xml.captureText(true)
        }
      },
      text(chunk) {
        if (text.length < 4 * MESSAGE_LIMIT) text += chunk.slice(0, 4 * MESSAGE_LIMIT)
        else xml.captureText(false)
      },
      close(name, depth) {
        if (depth === textDepth) {
          textDepth = 0
          xml.captureText(false)
          message = firstLine(text)
          text = ''
        }
        if (caseDepth === 0) {
          if (name === 'testsuite' || name === 'testsuites') suites.pop()
          return
        }
        if (depth !== caseDepth) return
        caseDepth = 0
        totals.total++
        const time = Number(caseAttrs.time)
        if (caseAttrs.time !== undefined && caseAttrs.time !== '' && Number.isFinite(time)) {
          timeSum += time
          sawTime = true
        }
        if (outcome === 'passed') totals.passed++
        else if (outcome === 'skipped') totals.skipped++
        else {
          if (outcome === 'failure') totals.failed++
          else totals.errors++
          if (failures.length < maxFailures) {
            failures.push(failedTest(caseAttrs, outcome, message ?? '', suites.at(-1), opts.workspace))
          } else truncated = true
        }
      }
    }
  })

  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6
  return { format: 'junit', totals, failures, failures_truncated: truncated }
}

/** {@link parseJUnit} on a file, streamed in 256 KiB chunks. */
export async function parseJUnitFile(path: string, opts: Omit<JUnitOptions, 'file'> & { file?: string }): Promise<TestReport> {
  return parseJUnit(createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>, {
    ...opts,
    file: opts.file ?? path
  })
}

function failedTest(
  attrs: Record<string, string>,
  kind: 'failure' | 'error',
  message: string,
  suite: { pytest: boolean; file?: string } | undefined,
  workspace: string
): FailedTest {
  const name = attrs.name ?? ''
  const classname = attrs.classname || undefined
  const test: FailedTest = { id: classname ? `${classname}::${name}` : name, name, kind, message }
  if (classname) test.classname = classname
  const file = attrs.file ?? suite?.file
  if (file) test.file = toWorkspacePath(file, workspace)
  if (attrs.line !== undefined && /^\d+$/.test(attrs.line)) {
    // pytest writes the 0-based line number of the test function (its `location` tuple).
    test.line = Number(attrs.line) + (suite?.pytest ? 1 : 0)
  }
  return test
}

/** First non-blank line, trimmed and bounded. */
function firstLine(text: string): string {
  for (const line of text.slice(0, 8 * MESSAGE_LIMIT).split('\n')) {
    const trimmed = line.trim()
    if (trimmed !== '') return trimmed.length > MESSAGE_LIMIT ? `${trimmed.slice(0, MESSAGE_LIMIT - 1)}…` : trimmed
  }
  return ''
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming XML shared by the JUnit and Cobertura parsers.

/** What a format's visitor sees of the XML: elements with their depth (the root is 1) and, on request, text. */
export interface XmlVisitor {
  open(tag: SaxesTagPlain, depth: number): void
  close(name: string, depth: number): void
  /** Text and CDATA, only while the visitor has asked for it with `captureText(true)`. */
  text?(chunk: string): void
}

/** What the XML stream offers a visitor. */
export interface XmlControl {
  /** Turn text delivery on or off; off by default, so text costs neither time nor memory. */
  captureText(on: boolean): void
  /** A ReportError at the current position. */
  error(detail: string): ReportError
}

/** Deepest element nesting accepted; real reports stay under a dozen levels. */
const MAX_DEPTH = 10_000
/** Characters handed to saxes per write; the memory guards run between writes. */
const WRITE_SIZE = 64 * 1024
/** Longest text, CDATA, comment or attribute value saxes may buffer; longer ones are cut (we never need more). */
const TEXT_CAP = 64 * 1024
/** Longest element, attribute or entity name, and most attributes on one element. */
const NAME_CAP = 4 * 1024
const ATTRIBUTE_CAP = 1024
/** Most characters before the root element (XML declaration, comments, DOCTYPE). */
const PROLOG_CAP = 1024 * 1024

/** saxes's buffers, reached into only to bound them (its typings mark them private). */
interface SaxesBuffers {
  text: string
  name: string
  entity: string
  piTarget: string
  attribList: unknown[]
}

/**
 * Streams XML through saxes into a visitor. saxes never expands DTD entities and keeps its own element stack (no
 * recursion); on top of that this bounds nesting depth, the prolog, and every buffer saxes keeps, so neither a huge
 * text node nor a hostile file can make memory grow with the file.
 *
 * @throws ReportError(file, format, 'line L column C', detail) for malformed XML and for the visitor's own errors
 */
export async function streamXml(
  input: AsyncIterable<string | Buffer> | string,
  file: string,
  format: string,
  makeVisitor: (control: XmlControl) => XmlVisitor
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const buffers = parser as unknown as SaxesBuffers
  const where = (): string => `line ${parser.line} column ${parser.column}`
  const control: XmlControl = {
    captureText(on) {
      if (on && visitor.text) {
        const deliver = visitor.text.bind(visitor)
        parser.on('text', deliver)
        parser.on('cdata', deliver)
      } else {
        parser.off('text')
        parser.off('cdata')
      }
    },
    error: (detail) => new ReportError(file, format, where(), detail)
  }
  const visitor = makeVisitor(control)
  let depth = 0
  let sawRoot = false
  let written = 0

  parser.on('error', (err) => {
    throw new ReportError(file, format, where(), err.message.replace(/^\d+:\d+: /, ''))
  })
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw control.error('the DOCTYPE declares entities; entity declarations are refused (entity expansion attack?)')
    }
  })
  parser.on('opentag', (tag) => {
    sawRoot = true
    if (++depth > MAX_DEPTH) throw control.error(`elements are nested deeper than ${MAX_DEPTH} levels`)
    visitor.open(tag, depth)
  })
  parser.on('closetag', (tag) => {
    visitor.close(tag.name, depth--)
  })

  /** Lines of white space seen before the first character, until that character is known to open markup. */
  let leadingLines = 0
  let started = false
  const checkStart = (text: string): void => {
    const first = /[^\s\uFEFF]/.exec(text)
    if (!first) {
      leadingLines += text.split('\n').length - 1
      return
    }
    started = true
    if (first[0] !== '<') {
      const before = text.slice(0, first.index)
      const line = leadingLines + before.split('\n').length
      const column = first.index - before.lastIndexOf('\n')
      const seen = JSON.stringify(text.slice(first.index, first.index + 20))
      throw new ReportError(file, format, `line ${line} column ${column}`, `not XML: the content starts with ${seen}`)
    }
  }

  const write = (text: string): void => {
    if (!started) checkStart(text)
    for (let i = 0; i < text.length; i += WRITE_SIZE) {
      const piece = text.length <= WRITE_SIZE ? text : text.slice(i, i + WRITE_SIZE)
      parser.write(piece)
      if (buffers.text.length > TEXT_CAP) buffers.text = buffers.text.slice(0, TEXT_CAP)
      if (buffers.name.length > NAME_CAP || buffers.entity.length > NAME_CAP || buffers.piTarget.length > NAME_CAP) {
        throw control.error(`a name longer than ${NAME_CAP} characters`)
      }
      if (buffers.attribList.length > ATTRIBUTE_CAP) {
        throw control.error(`an element with more than ${ATTRIBUTE_CAP} attributes`)
      }
      if (!sawRoot) {
        written += piece.length
        if (written > PROLOG_CAP) throw control.error('more than 1 MiB before the root element (an oversized DOCTYPE?)')
      }
    }
  }

  if (typeof input === 'string') write(input)
  else for await (const text of decode(input, file, format)) write(text)
  parser.close()
}

/** Buffers → strings, in the encoding the first bytes announce (BOM or XML declaration), UTF-8 by default. */
async function* decode(input: AsyncIterable<string | Buffer>, file: string, format: string): AsyncGenerator<string> {
  let decoder: StringDecoder | undefined
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      yield chunk
      continue
    }
    decoder ??= new StringDecoder(sniffEncoding(chunk, file, format))
    const text = decoder.write(chunk)
    if (text !== '') yield text
  }
  const rest = decoder?.end()
  if (rest) yield rest
}

function sniffEncoding(head: Buffer, file: string, format: string): BufferEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le'
  if (head[0] === 0xfe && head[1] === 0xff) {
    throw new ReportError(file, format, 'line 1 column 1', 'UTF-16 big-endian files are not supported; convert to UTF-8')
  }
  const declaration = /^<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/.exec(head.toString('latin1', 0, 200))
  const encoding = declaration?.[1].toLowerCase()
  return encoding === 'iso-8859-1' || encoding === 'latin1' || encoding === 'windows-1252' ? 'latin1' : 'utf8'
}
