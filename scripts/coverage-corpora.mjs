#!/usr/bin/env node
// Runs our coverage report reader (parseCoverage of src/reports/coverage.ts, bundled on the fly with esbuild as
// scripts/corpora.mjs does) over gcovr's reference reports, and prints per file our line counts next to gcovr's own.
//
//   node scripts/coverage-corpora.mjs [gcovr-clone] [--all]
//
// gcovr-clone (default /work/corpora/gcovr+gcovr, or $GCOVR) is a work tree of github.com/gcovr/gcovr: its
// tests/<case>/reference/<compiler>/ folders hold every report of one run side by side. For each cobertura*.xml and
// *.lcov there, gcovr's figure is its coverage_summary.json (line_covered/line_total) or its coverage.txt TOTAL row
// (only for cobertura.xml and coverage.lcov, the files of that run), and the file's own statement of it: the
// Cobertura root's lines-covered/lines-valid, the sum of the lcov records' LH/LF. `=` when ours equals every figure
// stated, `≠` otherwise (printed; --all prints the agreeing files too). The verdict on each difference is in
// __tests__/fixtures/corpora/README.md.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const all = args.includes('--all')
const GCOVR = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.GCOVR ?? '/work/corpora/gcovr+gcovr')
if (!existsSync(join(GCOVR, 'tests'))) {
  console.error(`${GCOVR}/tests not found: give the path of a gcovr work tree`)
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 's2p-coverage-corpora-'))
const bundle = join(dir, 'reader.mjs')
await build({
  entryPoints: [join(ROOT, 'src/reports/coverage.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'error'
})
const { parseCoverage } = await import(pathToFileURL(bundle).href)
rmSync(dir, { recursive: true, force: true })

/** Every file under `base` whose name `match` accepts, in a stable order. */
function walk(base, match) {
  const out = []
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name)
      if (e.isDirectory()) visit(p)
      else if (match(p)) out.push(p)
    }
  }
  visit(base)
  return out
}

/** gcovr's own line figure for the run in `folder`: its summary JSON, else its text report's TOTAL row. */
function gcovrFigure(folder) {
  const summary = join(folder, 'coverage_summary.json')
  if (existsSync(summary)) {
    const j = JSON.parse(readFileSync(summary, 'utf8'))
    return { covered: j.line_covered, total: j.line_total, from: 'summary' }
  }
  const text = join(folder, 'coverage.txt')
  const row = existsSync(text) ? /^TOTAL\s+(\d+)\s+(\d+)\s/m.exec(readFileSync(text, 'utf8')) : null
  return row ? { covered: Number(row[2]), total: Number(row[1]), from: 'txt' } : undefined
}

/** What the file itself says: the Cobertura root's attributes, or the sums of the lcov records' LH/LF. */
function selfFigure(file) {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.xml')) {
    const valid = /lines-valid="(\d+)"/.exec(text.slice(0, 4096))
    const covered = /lines-covered="(\d+)"/.exec(text.slice(0, 4096))
    return valid && covered ? { covered: Number(covered[1]), total: Number(valid[1]), from: 'self' } : undefined
  }
  const sum = (key) => [...text.matchAll(new RegExp(`^${key}:(\\d+)`, 'gm'))].reduce((a, m) => a + Number(m[1]), 0)
  return { covered: sum('LH'), total: sum('LF'), from: 'self' }
}

const files = walk(join(GCOVR, 'tests'), (p) => p.includes('/reference/') && /(^|\/)cobertura[^/]*\.xml$|\.lcov$/.test(p))
const counts = { agree: 0, differ: 0, refused: 0, none: 0 }
for (const file of files) {
  const rel = relative(GCOVR, file)
  const name = basename(file)
  const stated = [name === 'cobertura.xml' || name === 'coverage.lcov' ? gcovrFigure(dirname(file)) : undefined, selfFigure(file)].filter(Boolean)
  let ours
  try {
    const r = await parseCoverage(file, { workspace: GCOVR })
    ours = { covered: r.lines_covered, total: r.lines_total, warnings: r.warnings ?? [] }
  } catch (err) {
    counts.refused++
    console.log(`! ${rel}\n    refused: ${String(err.message ?? err).replace(file, rel).slice(0, 300)}`)
    continue
  }
  const differs = stated.filter((s) => s.covered !== ours.covered || s.total !== ours.total)
  if (stated.length === 0) counts.none++
  else if (differs.length > 0) counts.differ++
  else counts.agree++
  if (differs.length > 0 || all) {
    console.log(`${differs.length > 0 ? '≠' : '='} ${rel}\n    ours   ${ours.covered}/${ours.total}${ours.warnings.length ? ` (${ours.warnings.length} warning)` : ''}`)
    for (const s of stated) console.log(`    ${s.from.padEnd(6)} ${s.covered}/${s.total}`)
  }
}
console.log(`\n${files.length} files: ${counts.agree} agree, ${counts.differ} differ, ${counts.refused} refused, ${counts.none} with no figure stated`)
