/**
 * The file operations of the context store (sessions, their lock, the run's journal), done with synchronous calls
 * behind the promise API the store is written against. Each is one small local system call: made in place it costs
 * microseconds, where a trip through libuv's thread pool costs a wake-up on each side (a run's close makes about
 * thirty of them in a row). Errors reject the returned promise exactly as the `node:fs/promises` calls do.
 */
import * as fs from 'node:fs'

export async function mkdir(path: string, options: fs.MakeDirectoryOptions & { recursive: true }): Promise<void> {
  fs.mkdirSync(path, options)
}

export async function writeFile(path: string, data: string, options?: fs.WriteFileOptions): Promise<void> {
  fs.writeFileSync(path, data, options)
}

/** A regular file's text; anything else (a FIFO planted under the name would block a synchronous read) is an error. */
export async function readFile(path: string, encoding: BufferEncoding): Promise<string> {
  return readRegularFileSync(path).toString(encoding)
}

/**
 * A regular file's bytes, read with synchronous calls. Opened without blocking (O_NONBLOCK) and checked on the open
 * descriptor: a FIFO planted under the name (e.g. restored from a cache) is an error, never waited on. The open's own
 * error (`code` ENOENT for a missing file) is thrown as it is. Also the per-test history's reader.
 */
export function readRegularFileSync(path: string): Buffer {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK)
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`${path}: not a regular file`)
    return fs.readFileSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export async function rename(from: string, to: string): Promise<void> {
  fs.renameSync(from, to)
}

/**
 * Puts the file `from` in the place of `path`: the file there (if any) is unlinked, then `from` renamed. A reader
 * never sees half a file. Not a plain rename over the old file: on ext4, the runners' file system, replacing an
 * existing file by a rename (or rewriting it after truncating it) starts the writeback of the new file's data there
 * and then (`auto_da_alloc`), 0.2–1.5 ms a file on a busy disk, several per run; renamed to a free name it is a
 * directory entry. For an instant between the two calls there is no file at `path`: used for what the run writes for
 * later readers (the report, the dashboard, archived sessions, the test history's index), never for a file another
 * process reads while the run goes on.
 */
export function replaceFileSync(from: string, path: string): void {
  try {
    fs.unlinkSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  fs.renameSync(from, path)
}

export async function link(existing: string, path: string): Promise<void> {
  fs.linkSync(existing, path)
}

export async function rm(path: string, options?: fs.RmOptions): Promise<void> {
  fs.rmSync(path, options)
}

export async function stat(path: string): Promise<fs.Stats> {
  return fs.statSync(path)
}

export function readdir(path: string): Promise<string[]>
export function readdir(path: string, options: { withFileTypes: true }): Promise<fs.Dirent[]>
export async function readdir(path: string, options?: { withFileTypes: true }): Promise<string[] | fs.Dirent[]> {
  return options ? fs.readdirSync(path, options) : fs.readdirSync(path)
}

/** An open file, as much of FileHandle as the store uses. */
export interface Handle {
  stat(): Promise<fs.Stats>
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>
  readFile(encoding: BufferEncoding): Promise<string>
  writeFile(data: string): Promise<void>
  close(): Promise<void>
}

export async function open(path: string, flags: number, mode?: number): Promise<Handle> {
  const fd = fs.openSync(path, flags, mode)
  return {
    stat: async () => fs.fstatSync(fd),
    read: async (buffer, offset, length, position) => {
      let bytesRead = 0
      while (bytesRead < length) {
        const n = fs.readSync(fd, buffer, offset + bytesRead, length - bytesRead, position + bytesRead)
        if (n === 0) break
        bytesRead += n
      }
      return { bytesRead }
    },
    readFile: async (encoding) => fs.readFileSync(fd, encoding),
    writeFile: async (data) => fs.writeFileSync(fd, data),
    close: async () => fs.closeSync(fd)
  }
}
