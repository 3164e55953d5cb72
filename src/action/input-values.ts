/**
 * Input values as users write them, read one way by the action and its plan and aggregate sub-actions: a boolean is
 * `true`/`yes`/`on`/`1` or `false`/`no`/`off`/`0` in any case; anything else is refused, naming the input, rather
 * than read as one or the other (`comment: no` posting comments, `changed-only: yes` planning every component).
 */
import * as core from '@actions/core'
import { ConfigurationError } from '../config/types.js'

const TRUE = ['true', 'yes', '1', 'on']
const FALSE = ['false', 'no', '0', 'off']

/** The boolean input `name`; `fallback` when it is empty. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase()
  if (raw === '') return fallback
  if (TRUE.includes(raw)) return true
  if (FALSE.includes(raw)) return false
  throw new ConfigurationError(`Invalid input ${name}: '${raw}'. Expected true or false.`)
}

/** The `comment` input's value (`raw`): `auto` when empty, else true, false or on-failure (booleans as {@link booleanInput} reads them). */
export function commentMode(raw: string): 'auto' | 'true' | 'false' | 'on-failure' {
  const value = raw.trim().toLowerCase()
  if (value === '' || value === 'auto') return 'auto'
  if (TRUE.includes(value)) return 'true'
  if (FALSE.includes(value)) return 'false'
  if (value === 'on-failure') return 'on-failure'
  throw new ConfigurationError(`Invalid input comment: '${value}'. Expected true, false or on-failure.`)
}
