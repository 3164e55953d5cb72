/** Reading a spec file from disk without trusting it: size is checked before reading, bytes are decoded leniently. */
import { readFile, stat } from 'node:fs/promises'
import { emptySpec, parseSpec } from './parse.js'
import { hasUtf16Bom, reportText } from '../reports/read.js'
import { MAX_SPEC_BYTES } from './types.js'
import type { ParsedSpec } from './types.js'

/**
 * Reads and parses a spec file. Never throws: a missing or unreadable file, a directory, or a file over
 * {@link MAX_SPEC_BYTES} gives a rejected spec with one error issue. Invalid UTF-8 is decoded with U+FFFD and
 * reported as a warning.
 * @param path where to read the file
 * @param file how issues name the file (for example relative to the workspace); defaults to `path`
 */
export async function loadSpec(path: string, file: string = path): Promise<ParsedSpec> {
  const refuse = (rule: 'file-unreadable' | 'file-too-large', message: string): ParsedSpec => {
    const spec = emptySpec(file)
    spec.rejected = true
    spec.issues.push({ severity: 'error', file, line: 1, rule, message })
    return spec
  }
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) return refuse('file-unreadable', `Spec ${file} is not a regular file`)
    if (info.size > MAX_SPEC_BYTES) {
      return refuse('file-too-large', `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB (${info.size} bytes); it was not parsed`)
    }
    bytes = await readFile(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'not found' : code ? `cannot be read (${code})` : 'cannot be read'
    return refuse('file-unreadable', `Spec file ${file} ${reason}`)
  }
  if (bytes.length > MAX_SPEC_BYTES) {
    return refuse('file-too-large', `Spec file is larger than ${MAX_SPEC_BYTES / (1024 * 1024)} MB (${bytes.length} bytes); it was not parsed`)
  }

  let text: string
  let invalidUtf8 = false
  if (hasUtf16Bom(bytes)) {
    // Notepad's "Unicode", PowerShell 5's Out-File: UTF-16 with a byte order mark, read as written.
    text = reportText(bytes)
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      invalidUtf8 = true
      text = new TextDecoder('utf-8').decode(bytes)
    }
  }
  const spec = parseSpec(text, file)
  if (invalidUtf8 && !spec.rejected) {
    spec.issues.push({ severity: 'warning', file, line: 1, rule: 'invalid-utf8', message: 'Spec file is not valid UTF-8; invalid bytes were replaced with U+FFFD' })
  }
  return spec
}
