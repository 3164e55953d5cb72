#!/usr/bin/env node
/**
 * Generates a large lcov tracefile shaped like Istanbul's (jest's lcov.info) for parser benchmarks:
 *
 *   node bench/gen-lcov.mjs 20000 > /tmp/lcov-20k.info
 *
 * File i has 40 + (i % 60) instrumented lines, of which every third is missed, and 4 branches, one never taken;
 * expectedLcovTotals(n) gives the totals a parser must find.
 */
import { pathToFileURL } from 'node:url'

function linesOf(i) {
  return 40 + (i % 60)
}

/** Totals a parser must find in generateLcov(n)'s output. */
export function expectedLcovTotals(n) {
  let total = 0
  let covered = 0
  for (let i = 0; i < n; i++) {
    const lines = linesOf(i)
    total += lines
    covered += lines - Math.floor((lines + 2) / 3)
  }
  return { lines_total: total, lines_covered: covered, branches_total: 4 * n, branches_covered: 3 * n }
}

function record(i) {
  const lines = linesOf(i)
  let text = `TN:\nSF:src/pkg${Math.floor(i / 100)}/module${i}.ts\nFN:1,fn${i}\nFNF:1\nFNH:1\nFNDA:3,fn${i}\n`
  let hit = 0
  for (let l = 0; l < lines; l++) {
    const hits = l % 3 === 0 ? 0 : 1 + (l % 7)
    if (hits > 0) hit++
    text += `DA:${2 + l * 2},${hits}\n`
  }
  text += `LF:${lines}\nLH:${hit}\nBRDA:4,0,0,2\nBRDA:4,0,1,0\nBRDA:8,1,0,1\nBRDA:8,1,1,5\nBRF:4\nBRH:3\nend_of_record\n`
  return text
}

/** Yields the tracefile in chunks of 100 records. */
export async function* generateLcov(n) {
  let chunk = ''
  for (let i = 0; i < n; i++) {
    chunk += record(i)
    if (i % 100 === 99) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk !== '') yield chunk
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 20000)
  if (!Number.isInteger(n) || n < 0) {
    console.error('usage: node bench/gen-lcov.mjs FILES > lcov.info')
    process.exit(2)
  }
  for await (const chunk of generateLcov(n)) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve))
  }
}
