// Instruments project/src with istanbul-lib-instrument (as nyc and jest's babel-plugin-istanbul do), runs
// project/test.js against the instrumented copy, and writes Istanbul's reports of that run with istanbul-reports.
// Run from a directory where istanbul-lib-instrument, istanbul-lib-coverage, istanbul-lib-report and
// istanbul-reports are installed: node regenerate.mjs <this directory>
import { createRequire } from 'node:module'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
const require = createRequire(join(process.cwd(), 'x.js'))
const { createInstrumenter } = require('istanbul-lib-instrument')
const libCoverage = require('istanbul-lib-coverage')
const libReport = require('istanbul-lib-report')
const reports = require('istanbul-reports')
const here = resolve(process.argv[2])
const work = '/tmp/istanbul-no-statements'
rmSync(work, { recursive: true, force: true })
cpSync(join(here, 'project'), work, { recursive: true })
const instrumenter = createInstrumenter({ esModules: true, coverageVariable: '__coverage__' })
for (const f of readdirSync(join(work, 'src'))) {
  const path = join(work, 'src', f)
  writeFileSync(path, instrumenter.instrumentSync(readFileSync(path, 'utf8'), path))
}
await import(join(work, 'test.js'))
process.chdir(work)
const coverageMap = libCoverage.createCoverageMap(globalThis.__coverage__)
const dir = join(here, 'reports')
mkdirSync(dir, { recursive: true })
const context = libReport.createContext({ dir, coverageMap, defaultSummarizer: 'nested' })
for (const name of ['json', 'json-summary', 'lcovonly', 'cobertura']) reports.create(name).execute(context)
reports.create('text', { file: 'text.txt' }).execute(context)
reports.create('text-summary', { file: 'text-summary.txt' }).execute(context)
