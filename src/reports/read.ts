/** Reading report files in chunks into buffers the caller hands out, so that it can reuse them. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** What a file system entry is, in words: `a FIFO (named pipe)`, `a directory`, `a character device`… */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file'
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

/** A report path that is a FIFO, a device, a socket or a directory: reading it could block forever or never end. */
export class NotARegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: string
  ) {
    super(`${path} is ${kind}, not a regular file: not read`)
    this.name = 'NotARegularFileError'
  }
}

/**
 * Opens a file for reading only when it is a regular file. The open does not block (O_NONBLOCK: opening a FIFO for
 * reading would wait for a writer forever, and ignore SIGTERM while it waits), and the type is checked on the opened
 * descriptor, so swapping the path between a check and the open cannot slip a FIFO or /dev/zero in.
 *
 * @throws NotARegularFileError for anything else; the open's own error (ENOENT…) as it is
 */
export async function openRegularFile(path: string): Promise<FileHandle> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    // A Unix socket cannot be opened at all.
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new NotARegularFileError(path, 'a socket')
    throw error
  }
  let stats: Stats
  try {
    stats = await handle.stat()
  } catch (error) {
    await handle.close().catch(() => undefined)
    throw error
  }
  if (!stats.isFile()) {
    await handle.close().catch(() => undefined)
    throw new NotARegularFileError(path, fileKind(stats))
  }
  return handle
}

/** A file larger than its reader takes: refused before any byte is read. */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly max: number
  ) {
    super(`${path} is ${size} bytes, more than the ${max} accepted`)
    this.name = 'FileTooLargeError'
  }
}

/**
 * A regular file's bytes, its size checked before reading. `readFile` of a path a command left as a symbolic link to
 * /dev/zero never ends: it grew past 23 GB in 13 minutes (a size of 0, so no limit applies); a FIFO blocks it forever.
 *
 * @throws NotARegularFileError, FileTooLargeError, or the open's own error (ENOENT…)
 */
export async function readRegularFile(path: string, max: number): Promise<Buffer> {
  const handle = await openRegularFile(path)
  try {
    const { size } = await handle.stat()
    if (size > max) throw new FileTooLargeError(path, size, max)
    const bytes = await handle.readFile()
    // Grown since the stat: still refused.
    if (bytes.length > max) throw new FileTooLargeError(path, bytes.length, max)
    return bytes
  } finally {
    await handle.close()
  }
}

/**
 * A working tree file's content as git takes it: a symbolic link's target path (git stores a link so, and never
 * follows it), a regular file's bytes; null for anything else (a FIFO, a device, a directory) or a path that is gone.
 * A command of the run can replace a tracked file with a link to /dev/zero: following it read without end (the run
 * was killed for memory right after the test command).
 */
export function workingTreeContent(path: string): Buffer | null {
  // Synchronous calls: callers read many files in a row (a suite's test files outside git), and each is one local
  // system call, where an awaited lstat is a trip through the thread pool and back (500 missing files: 32 ms idle). A
  // regular file is opened without following a link made since the lstat, its size checked on the open file.
  try {
    const info = lstatSync(path, { throwIfNoEntry: false })
    if (info === undefined) return null
    if (info.isSymbolicLink()) return Buffer.from(readlinkSync(path))
    if (!info.isFile()) return null
    return readRegularFileSync(path, MAX_BUFFER_BYTES, true)
  } catch {
    return null
  }
}

/** Largest file read whole into one buffer (Node refuses larger ones). */
const MAX_BUFFER_BYTES = 2 ** 31 - 1

/**
 * A regular file's text when it is at most `max` bytes, else null. A repository can hold a symlink named package.json
 * (or tsconfig.json, mypy.ini…) to /dev/zero (a size of 0 that never ends: the read grew past a gigabyte and aborted
 * the process) or to a FIFO (opened without blocking): only a regular file is read.
 */
export function readTextFile(path: string, max = 1024 * 1024): string | null {
  return readRegularFileSync(path, max)?.toString('utf8') ?? null
}

/**
 * {@link readTextFile}'s bytes: a regular file's content when it is at most `max` bytes, else null (a FIFO is opened
 * without blocking, a device or a directory not read). `noFollow`: a symbolic link at `path` is not followed either.
 */
export function readRegularFileSync(path: string, max: number, noFollow = false): Buffer | null {
  let fd: number | undefined
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0))
    const stat = fstatSync(fd)
    if (!stat.isFile() || stat.size > max) return null
    const bytes = readFileSync(fd)
    return bytes.length > max ? null : bytes
  } catch {
    return null
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The bytes start with a UTF-16 byte order mark, of either byte order. */
export function hasUtf16Bom(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

/**
 * A whole report's bytes as text: UTF-16 of either byte order when a byte order mark says so (PowerShell 5's `>` and
 * `Out-File` write UTF-16LE with one, as do some .NET tools), else UTF-8. A UTF-8 byte order mark is kept, as the
 * UTF-8 decoder gives it: the parsers drop a leading U+FEFF. (The configuration file and the spec are read so too.)
 */
export function reportText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)))
    return even.swap16().toString('utf16le')
  }
  return bytes.toString('utf8')
}

/** Bytes read from a report file at a time. */
export const CHUNK_SIZE = 256 * 1024

/**
 * The file's bytes, each chunk read into the buffer `nextBuffer()` returns (its length is the chunk size) and yielded
 * as that buffer or its start. Reusing buffers matters: fresh memory for every chunk costs more than parsing it (page
 * faults: 285 ms against 24 ms for a 90 MB file on this project's CI machine).
 */
export async function* fileChunks(path: string, nextBuffer: () => Buffer): AsyncGenerator<Buffer> {
  const handle = await openRegularFile(path)
  try {
    for (;;) {
      const buffer = nextBuffer()
      // A regular file (checked on open): a synchronous read of one chunk takes microseconds, where a read through
      // the thread pool costs two trips of the event loop per chunk (far more on a busy machine).
      const bytesRead = readSync(handle.fd, buffer, 0, buffer.length, null)
      if (bytesRead === 0) return
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** {@link fileChunks} all read into one buffer: a chunk is valid only until the next one is asked for. */
export function reusedChunks(path: string): AsyncGenerator<Buffer> {
  const buffer = Buffer.allocUnsafeSlow(CHUNK_SIZE)
  return fileChunks(path, () => buffer)
}
