#!/usr/bin/env node
/**
 * Generates a large JUnit XML report shaped like pytest's (legacy family, with file attributes) for parser
 * benchmarks and memory tests. About 94 bytes per test case: 1,000,000 cases make a ~94 MB file.
 *
 *   node bench/gen-junit.mjs 1000000 > /tmp/junit-1m.xml
 *
 * Every 100th case fails, every 50th is skipped, every 1000th errors and every 500th carries captured output, so the
 * expected totals are computable: see expectedJUnitTotals(n).
 */
import { pathToFileURL } from 'node:url'

/** Totals a parser must find in generateJUnit(n)'s output. */
export function expectedJUnitTotals(n) {
  let failed = 0
  let errors = 0
  let skipped = 0
  for (let i = 0; i < n; i++) {
    const kind = caseKind(i)
    if (kind === 'failure') failed++
    else if (kind === 'error') errors++
    else if (kind === 'skipped') skipped++
  }
  return { total: n, passed: n - failed - errors - skipped, failed, errors, skipped }
}

function caseKind(i) {
  if (i % 1000 === 999) return 'error'
  if (i % 100 === 99) return 'failure'
  if (i % 50 === 49) return 'skipped'
  return 'passed'
}

function testcase(i) {
  const mod = Math.floor(i / 100)
  const open = `<testcase classname="tests.m${mod}" name="test_${i}" file="tests/m${mod}.py" time="0.001"`
  switch (caseKind(i)) {
    case 'error':
      return `${open}><error message="failed on setup with &quot;RuntimeError: fixture ${i} broke&quot;">conftest.py:6: RuntimeError</error></testcase>\n`
    case 'failure':
      return `${open}><failure message="AssertionError: assert ${i} == ${i + 1}">def test_case_${i}():\n&gt;       assert ${i} == ${i + 1}\nE       AssertionError</failure></testcase>\n`
    case 'skipped':
      return `${open}><skipped type="pytest.skip" message="not on this platform">skip reason</skipped></testcase>\n`
    default:
      return i % 500 === 0 ? `${open}><system-out>captured output line for case ${i}\n</system-out></testcase>\n` : `${open} />\n`
  }
}

/** Yields the report in chunks of about 1,000 test cases, 100 test cases per <testsuite>. */
export async function* generateJUnit(n) {
  yield '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
  let chunk = ''
  for (let i = 0; i < n; i++) {
    if (i % 100 === 0) {
      if (i > 0) chunk += '</testsuite>\n'
      chunk += `<testsuite name="pytest" tests="100" errors="0" failures="0" skipped="0" time="0.1">\n`
    }
    chunk += testcase(i)
    if (i % 1000 === 999) {
      yield chunk
      chunk = ''
    }
  }
  if (n > 0) chunk += '</testsuite>\n'
  yield `${chunk}</testsuites>\n`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100000)
  if (!Number.isInteger(n) || n < 0) {
    console.error('usage: node bench/gen-junit.mjs N > file.xml')
    process.exit(2)
  }
  for await (const chunk of generateJUnit(n)) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve))
  }
}
