/**
 * JUnit XML → normalized test totals, streamed with the byte-level reader of `xml.ts`: memory is bounded by
 * `maxFailures`, never by file size.
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
import type { FailedTest, TestReport, TestTotals } from './types.js'
import { toWorkspacePath } from './paths.js'
import { streamXml, type XmlInput, type XmlTag } from './xml.js'

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
 * @param input the report's text or bytes, or its chunks (strings or Buffers, any split) as a stream yields them
 * @throws ReportError naming the file, `junit` and the line and column where the XML broke or stopped being JUnit
 */
export async function parseJUnit(input: XmlInput, opts: JUnitOptions): Promise<TestReport> {
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
    let caseTag: XmlTag | undefined
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
              pytest: (parent?.pytest ?? false) || (name === 'testsuite' && tag.attr('name') === 'pytest'),
              file: tag.attr('file') ?? parent?.file
            })
          } else if (name === 'testcase') {
            caseDepth = depth
            caseTag = tag
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
        message = firstLine(tag.attr('message') ?? '')
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
        const time = caseTag?.number('time')
        // A blank time="" reads as 0 but says nothing: it does not make the report timed.
        if (time !== undefined && Number.isFinite(time) && (time !== 0 || caseTag?.attr('time')?.trim() !== '')) {
          timeSum += time
          sawTime = true
        }
        if (outcome === 'passed') totals.passed++
        else if (outcome === 'skipped') totals.skipped++
        else {
          if (outcome === 'failure') totals.failed++
          else totals.errors++
          if (failures.length < maxFailures) {
            failures.push(failedTest(caseTag, outcome, message ?? '', suites.at(-1), opts.workspace))
          } else truncated = true
        }
      }
    }
  })

  if (sawTime) totals.time_seconds = Math.round(timeSum * 1e6) / 1e6
  return { format: 'junit', totals, failures, failures_truncated: truncated }
}

/** {@link parseJUnit} on a file, read in 256 KiB chunks. */
export async function parseJUnitFile(path: string, opts: Omit<JUnitOptions, 'file'> & { file?: string }): Promise<TestReport> {
  return parseJUnit({ path }, {
    ...opts,
    file: opts.file ?? path
  })
}

function failedTest(
  tag: XmlTag | undefined,
  kind: 'failure' | 'error',
  message: string,
  suite: { pytest: boolean; file?: string } | undefined,
  workspace: string
): FailedTest {
  const name = tag?.attr('name') ?? ''
  const classname = tag?.attr('classname') || undefined
  const test: FailedTest = { id: classname ? `${classname}::${name}` : name, name, kind, message }
  if (classname) test.classname = classname
  const file = tag?.attr('file') ?? suite?.file
  if (file) test.file = toWorkspacePath(file, workspace)
  const line = tag?.attr('line')
  if (line !== undefined && /^\d+$/.test(line)) {
    // pytest writes the 0-based line number of the test function (its `location` tuple).
    test.line = Number(line) + (suite?.pytest ? 1 : 0)
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
