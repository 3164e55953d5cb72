/**
 * Appending to a JSON-lines file so that no reader ever finds a torn line left by us: the lines go in one write of
 * whole lines, and when the disk refuses part of it (full, quota, read-only) the file is cut back to its size before
 * the write. A torn last line left by a writer killed mid-line is closed first, so it stays the only bad one.
 */
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs'
import { writeFailure } from '../engine/write-errors.js'

/**
 * Synchronous calls: open, fstat, a one-byte read, the write and close are each one small local system call, where
 * `fs/promises` makes each a trip through libuv's thread pool (and a run appends while its context session closes on
 * the main thread, so each trip also waits for that). The promise settles as before, with the same errors.
 */
export async function appendWholeLines(file: string, lines: readonly string[]): Promise<void> {
  if (lines.length === 0) return
  let fd: number
  try {
    // O_NONBLOCK: a FIFO at this path must not hang the run. O_NOFOLLOW: a symbolic link at this path (committed, or
    // made by a command of the run) must not have the lines appended to a file outside the workspace.
    fd = openSync(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOFOLLOW, 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new Error(`cannot write the metrics file ${file}: it is a symbolic link, not followed`, { cause: error })
    }
    throw new Error(writeFailure('the metrics file', file, error), { cause: error })
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) throw new Error(`cannot write the metrics file ${file}: it is not a regular file`)
    const size = stats.size
    let prefix = ''
    if (size > 0) {
      const last = Buffer.alloc(1)
      readSync(fd, last, 0, 1, size - 1)
      if (last[0] !== 0x0a) prefix = '\n'
    }
    const data = Buffer.from(`${prefix}${lines.join('\n')}\n`, 'utf8')
    try {
      let written = 0
      while (written < data.length) written += writeSync(fd, data, written, data.length - written)
    } catch (error) {
      // Part of the lines may be in the file: cut it back to what it was.
      try {
        ftruncateSync(fd, size)
      } catch {
        // The error that matters is the write's.
      }
      throw new Error(`${writeFailure('the metrics file', file, error)}; the file is left as it was`, { cause: error })
    }
  } finally {
    closeSync(fd)
  }
}
