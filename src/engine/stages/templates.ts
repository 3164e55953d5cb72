/** Renders the configured command and report-path templates for this run. */
import { isAbsolute, relative, resolve } from 'node:path'
import { renderTemplate } from '../../config/templates.js'
import { ConfigurationError } from '../../config/types.js'
import type { RunContext } from '../context.js'

/** The command line with `{component}`, `{reports}`, `{path}`, `{tests}`, `{sha}` substituted (values shell-quoted). */
export function commandFor(ctx: RunContext, template: string | undefined, where: string, extra: Record<string, string> = {}): string | undefined {
  if (!template || template.trim() === '') return undefined
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where)
}

/** A template that is not a command line (a URL): substituted as is, no shell quoting. */
export function textFor(ctx: RunContext, template: string, where: string, extra: Record<string, string> = {}): string {
  return renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false })
}

/**
 * The absolute path of a report. Reports must lie inside the workspace: a configured path that escapes it (`../`,
 * an absolute path elsewhere) is refused rather than read.
 */
export function reportPathFor(ctx: RunContext, template: string, where: string, extra: Record<string, string> = {}): string {
  const rendered = renderTemplate(template, { ...ctx.templateVars, ...extra }, where, { quote: false })
  const path = resolve(ctx.host.workspace, rendered)
  const rel = relative(ctx.host.workspace, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(`${where}: report path '${rendered}' is outside the workspace ${ctx.host.workspace}; reports must be written inside it`)
  }
  return path
}

/**
 * Whether a report path template is a glob: `*` or `?` in its own text (then `[…]` in it is glob syntax too; a path
 * with only a `[` stays the plain path it was). A placeholder's value never makes it one.
 */
export function isGlobTemplate(template: string): boolean {
  return /[*?]/.test(template.replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, ''))
}
