/**
 * Small HTTP helpers shared by the health check and the uptime reader: URL checks, a bounded body read and a
 * redacted form of a URL for messages and reports.
 */

/** Largest response body read (health and uptime endpoints answer a few hundred bytes). */
export const MAX_BODY_BYTES = 1024 * 1024

/** The URL parsed, or an error message when it is not an absolute http(s) URL. */
export function parseHttpUrl(raw: string): URL | string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `only http and https URLs are accepted, got ${url.protocol.replace(/:$/, '')}: ${redactUrl(url)}`
  }
  return url
}

/** The URL without credentials or query values (which may carry tokens), for messages and reports. */
export function redactUrl(url: URL | string): string {
  let parsed: URL
  try {
    parsed = typeof url === 'string' ? new URL(url) : new URL(url.href)
  } catch {
    return String(url).slice(0, 200)
  }
  if (parsed.username || parsed.password) {
    parsed.username = '***'
    parsed.password = ''
  }
  for (const key of [...new Set(parsed.searchParams.keys())]) parsed.searchParams.set(key, '***')
  // A fragment is never sent to the server but carries keys and tokens (`#access_token=…`, a paste's key).
  if (parsed.hash) parsed.hash = '***'
  return parsed.href
}

/** Reads a response body as UTF-8 text, failing once it exceeds `maxBytes` (the rest is not read). */
export async function readBodyCapped(response: Response, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const body = response.body
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new Error(`response body larger than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Discards a body without reading it, so that the connection is released. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined)
}

/** The message of an error from fetch, with its cause (undici puts ECONNREFUSED and friends there). */
export function describeFetchError(err: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (a test VM), where instanceof Error is false.
  const error = err as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null
  if (typeof error?.message !== 'string') return String(err)
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return error.message
  const cause = error.cause
  if (cause && typeof cause.message === 'string') {
    const code = typeof cause.code === 'string' ? `${cause.code} ` : ''
    return `${error.message}: ${code}${cause.message}`.trim()
  }
  return error.message
}
