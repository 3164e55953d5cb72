/**
 * A small real workspace for tests that need the CLI to run end to end in a second or two: a git repository with a
 * spec and a configuration whose testing command is a shell line writing a JUnit file and an lcov file (the gates
 * read them as they read any runner's), and the refactoring stage disabled.
 */
import { mkdtemp, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, ROOT, writeIn } from './workspace.js'

export const TINY_SPEC = `---
title: Tiny
---
# Tiny

## Overview

A tiny component.

## Requirements

- REQ-1: it works.

## Acceptance Criteria

- [x] AC-1: it works.
`

/** JUnit with one passing test, or one failing test when `failing`. */
export function tinyJunit(failing = false): string {
  const body = failing ? '<testcase classname="c" name="t"><failure message="boom">boom</failure></testcase>' : '<testcase classname="c" name="t"/>'
  return `<testsuite name="s" tests="1" failures="${failing ? 1 : 0}">${body}</testsuite>`
}

/**
 * The configuration's text. `testing` is the shell line of the testing stage; by default it writes a passing JUnit
 * file and full line coverage. Pass `extra` to add YAML at the top level.
 */
export function tinyConfig(opts: { failing?: boolean; testing?: string; extra?: string } = {}): string {
  const junit = tinyJunit(opts.failing)
  const command = opts.testing ?? `printf '${junit}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info`
  return [
    'preset: none',
    'paths: { source: src/tiny, tests: src/tiny }',
    'stages:',
    '  specification: { required_sections: [Overview] }',
    '  testing:',
    `    command: ${JSON.stringify(command)}`,
    '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" }',
    '  refactoring: { enabled: false }',
    opts.extra ?? ''
  ].join('\n')
}

/** A committed git repository holding the tiny component; returns its path. */
export async function tinyRepo(opts: Parameters<typeof tinyConfig>[0] = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-tiny-'))
  await writeIn(dir, 'SPEC.md', TINY_SPEC)
  await writeIn(dir, 'cfg.yml', `${tinyConfig(opts)}\n`)
  await writeIn(dir, 'src/tiny/a.js', 'export const a = 1\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'tiny')
  return dir
}

export const TINY_ARGS = ['--spec', 'SPEC.md', '--component', 'tiny', '--config', 'cfg.yml']

/**
 * The tiny repository with the real tools of the refactoring stage: node_modules linked, eslint configured
 * (`no-unused-vars` and `rules`, a JavaScript object literal's inside), secretlint's recommended rules, and the stage
 * as the YAML `refactoring` (its keys, indented four spaces). Committed; `files` are then written and committed as
 * "the change".
 */
export async function toolsRepo(refactoring: string, opts: { files?: Record<string, string>; extra?: string; rules?: string } = {}): Promise<string> {
  const dir = await tinyRepo()
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  await writeIn(dir, 'eslint.config.js', `export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'error'${opts.rules ? `, ${opts.rules}` : ''} } }]\n`)
  await writeIn(dir, '.secretlintrc.json', '{ "rules": [{ "id": "@secretlint/secretlint-rule-preset-recommend" }] }\n')
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\nnode_modules\nr.json\n')
  const config = tinyConfig({ extra: opts.extra }).replace('  refactoring: { enabled: false }', `  refactoring:\n${refactoring}`)
  await writeIn(dir, 'cfg.yml', `${config}\n`)
  const commit = (message: string) => {
    git(dir, 'add', '-A')
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message)
  }
  commit('tools')
  if (opts.files && Object.keys(opts.files).length > 0) {
    for (const [path, text] of Object.entries(opts.files)) await writeIn(dir, path, text)
    commit('the change')
  }
  return dir
}
