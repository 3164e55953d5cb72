/**
 * Checks that an `applyTo` glob pattern is well formed. picomatch (what tinyglobby matches with) accepts almost any
 * string and silently matches nothing for a broken one, so the mistakes people actually make are checked here:
 * an empty pattern, control characters, and unbalanced `{}`, `[]` or `()`.
 */

/** Why a pattern is not a usable glob, or undefined when it is one. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty'
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(pattern)
  if (control) return `contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
  const open: { char: string; at: number }[] = []
  const closing: Record<string, string> = { '}': '{', ']': '[', ')': '(' }
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++ // an escaped character is literal
      continue
    }
    const inClass = open.at(-1)?.char === '['
    if (inClass) {
      // Inside a character class only `]` means something (and a `]` right after `[` or `[!`/`[^` is literal).
      const start = open.at(-1)!.at
      const first = pattern[start + 1] === '!' || pattern[start + 1] === '^' ? start + 2 : start + 1
      if (c === ']' && i > first) open.pop()
      continue
    }
    if (c === '{' || c === '[' || c === '(') open.push({ char: c, at: i })
    else if (c in closing) {
      const top = open.pop()
      if (top?.char !== closing[c]) return `has an unmatched "${c}" at character ${i + 1}`
    }
  }
  const unclosed = open.at(-1)
  if (unclosed) return `has an unclosed "${unclosed.char}" at character ${unclosed.at + 1}`
  return undefined
}

/**
 * Splits an `applyTo` string into its patterns: VS Code and GitHub accept several comma-separated globs in one string
 * (`"**\/*.ts,**\/*.tsx"`). Commas inside `{…}` (brace alternatives) and after a backslash do not split.
 */
export function splitPatterns(value: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts.map((p) => p.trim())
}
