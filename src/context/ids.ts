/** Session ids: `<component>-workflow-<YYYY-MM-DD>`, the UTC date of the run. They are also file names. */

/** The configuration's component-name rule (not `.` or `..`, 1..100 of `A-Za-z0-9._-`). */
export const COMPONENT_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/
export const SESSION_ID_PATTERN = /^((?!\.{1,2}-)[A-Za-z0-9._-]{1,100})-workflow-(\d{4}-\d{2}-\d{2})$/

export function isValidComponent(component: unknown): component is string {
  return typeof component === 'string' && COMPONENT_PATTERN.test(component)
}

export function isValidSessionId(id: unknown): id is string {
  return typeof id === 'string' && SESSION_ID_PATTERN.test(id)
}

/** Component and date of a session id, or null when it is not one. */
export function parseSessionId(id: string): { component: string; date: string } | null {
  const m = SESSION_ID_PATTERN.exec(id)
  return m ? { component: m[1]!, date: m[2]! } : null
}

export function toDate(now: Date | number): Date {
  const d = typeof now === 'number' ? new Date(now) : new Date(now.getTime())
  if (Number.isNaN(d.getTime())) throw new TypeError('invalid date')
  return d
}

/** `YYYY-MM-DD` of `now` in UTC. */
export function utcDay(now: Date | number): string {
  return toDate(now).toISOString().slice(0, 10)
}

export function sessionIdFor(component: string, now: Date | number): string {
  if (!isValidComponent(component)) throw new TypeError(`invalid component name "${component}"`)
  return `${component}-workflow-${utcDay(now)}`
}
