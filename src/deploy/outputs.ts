/**
 * Outputs a deploy command wrote to its `{outputs}` file, in the format of GitHub's `$GITHUB_OUTPUT`:
 *
 *   environment_url=http://127.0.0.1:41234
 *   notes<<EOF
 *   several
 *   lines
 *   EOF
 *
 * A missing file means no outputs. Anything else that does not follow the format is an error naming the file and
 * the line, so that a deploy script's mistake is seen rather than half-read.
 */
import { FileTooLargeError, NotARegularFileError, readRegularFile } from '../reports/read.js'

/** Largest outputs file read: outputs are a few URLs and names. */
const MAX_FILE_BYTES = 1024 * 1024
const KEY = /^[A-Za-z0-9_-]{1,100}$/

/** Reads the outputs file; a null-prototype record of key → value (a repeated key: the last value wins). */
export async function readDeployOutputs(path: string): Promise<Record<string, string>> {
  let buffer: Buffer
  try {
    buffer = await readRegularFile(path, MAX_FILE_BYTES)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return Object.create(null) as Record<string, string>
    if (err instanceof FileTooLargeError) {
      throw new Error(`the deploy outputs file ${path} is ${err.size} bytes, more than the ${MAX_FILE_BYTES} accepted`, { cause: err })
    }
    if (err instanceof NotARegularFileError) throw new Error(`the deploy outputs file ${path} is ${err.kind}, not a regular file: not read`, { cause: err })
    throw new Error(`cannot read the deploy outputs file ${path}: ${(err as Error).message}`, { cause: err })
  }
  return parseDeployOutputs(buffer.toString('utf8'), path)
}

/** Parses the text of an outputs file (`file` names it in errors). */
export function parseDeployOutputs(text: string, file = 'outputs'): Record<string, string> {
  const outputs = Object.create(null) as Record<string, string>
  const lines = text.split(/\r?\n/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  const fail = (lineNo: number, detail: string): never => {
    throw new Error(`deploy outputs file ${file}, line ${lineNo}: ${detail}`)
  }
  const checkKey = (key: string, lineNo: number): void => {
    if (!KEY.test(key)) {
      fail(lineNo, `output name ${JSON.stringify(withoutSecrets(key).slice(0, 60))} is not allowed: names are 1-100 of A-Z a-z 0-9 _ -`)
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const lineNo = i + 1
    if (line.trim() === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (heredoc > 0 && (eq === -1 || heredoc < eq)) {
      const key = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      checkKey(key, lineNo)
      if (delimiter.trim() === '') fail(lineNo, `${key}<< has no delimiter`)
      const body: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        body.push(lines[i])
      }
      if (!closed) fail(lineNo, `${key}<<${withoutSecrets(delimiter).slice(0, 60)} is never closed by a line holding only that delimiter`)
      outputs[key] = body.join('\n')
    } else if (eq > 0) {
      const key = line.slice(0, eq)
      checkKey(key, lineNo)
      outputs[key] = line.slice(eq + 1)
    } else {
      fail(lineNo, `expected name=value or name<<DELIMITER, got ${JSON.stringify(withoutSecrets(line).slice(0, 60))}`)
    }
  }
  return outputs
}

/**
 * A line of the file as an error quotes it: the user and password of a URL in it, and whatever follows a `?` or `#`,
 * left out (a deploy script that wrote its URL without `environment_url=` would put its credentials in the report,
 * the log and the GitHub deployment's status). Applied to the whole line before it is cut, so no cut URL escapes it.
 */
function withoutSecrets(text: string): string {
  return text.replace(/\/\/[^\s/?#]*@/g, '//***@').replace(/([?#])\S*/g, '$1***')
}
