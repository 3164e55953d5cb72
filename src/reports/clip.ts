/**
 * `text` cut to at most `max` UTF-16 units, ending with `marker` when cut, and never between the two halves of a
 * surrogate pair: half an emoji is no character, and is written to the report, the pages and GitHub as U+FFFD.
 */
export function clipChars(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text
  return `${text.slice(0, pairSafeEnd(text, Math.max(0, max - marker.length)))}${marker}`
}

/** `end`, or one less when the character before it is the first half of a surrogate pair. */
export function pairSafeEnd(text: string, end: number): number {
  const code = text.charCodeAt(end - 1)
  return end > 0 && code >= 0xd800 && code <= 0xdbff ? end - 1 : end
}
