/**
 * Text as a reader sees a surface's markup (job summary, check run, comment, dashboard): styles and tags dropped,
 * the entities our escaping writes decoded, zero-width spaces (which break mentions) removed, Markdown escapes undone.
 * For comparing the figures the surfaces show, not for parsing them.
 */
export function readable(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#8203;/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\\([_*[\]~\\])/g, '$1')
}
