/**
 * Azure Blob storage for tests: Microsoft's emulator (`azurite`, its blob service only) run as a child process on a
 * free loopback port, in memory, without telemetry. URLs are path style:
 * `http://127.0.0.1:<port>/devstoreaccount1/<container>/<blob>`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { get } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** The emulator's published development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite). */
export const AZURITE_ACCOUNT_NAME = 'devstoreaccount1'
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  blobUrl: string
  accountName: string
  accountKey: string
  port: number
  /** Stops the emulator (SIGTERM, then SIGKILL after 3 s) and removes its temporary directory. */
  close(): Promise<void>
}

function azuriteBlobMain(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js')
}

export async function startAzurite(options: { startTimeoutMs?: number } = {}): Promise<Azurite> {
  const location = await mkdtemp(join(tmpdir(), 's2p-azurite-'))
  const child = spawn(
    process.execPath,
    [
      azuriteBlobMain(),
      '--blobHost', '127.0.0.1',
      '--blobPort', '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit', '512',
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
      '--disableProductStyleUrl'
    ],
    // In memory (--location cannot be combined with it); the temporary working directory catches any stray file.
    { cwd: location, stdio: ['ignore', 'pipe', 'pipe'], env: withoutCustomAccounts() }
  )
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`azurite did not start within ${options.startTimeoutMs ?? 15000} ms:\n${output}`)), options.startTimeoutMs ?? 15000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('error', fail)
    child.once('exit', (code, signal) => fail(new Error(`azurite exited (${code ?? signal}) before listening:\n${output}`)))
  }).catch(async (error: unknown) => {
    await rm(location, { recursive: true, force: true })
    throw error
  })
  // Keep draining its output so a chatty emulator never blocks on a full pipe.
  child.stdout!.resume()
  child.stderr!.resume()
  child.removeAllListeners('exit')
  child.removeAllListeners('error')
  child.on('error', () => undefined)
  await waitUntilAnswering(port)
  return {
    blobUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}`,
    accountName: AZURITE_ACCOUNT_NAME,
    accountKey: AZURITE_ACCOUNT_KEY,
    port,
    close: async () => {
      await stop(child)
      await rm(location, { recursive: true, force: true })
    }
  }
}

/** Only the published development account (a developer's AZURITE_ACCOUNTS would replace it). */
function withoutCustomAccounts(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.AZURITE_ACCOUNTS
  return env
}

/** Any HTTP answer (an unauthenticated request gets 403) shows the service is up. */
async function waitUntilAnswering(port: number): Promise<void> {
  const deadline = Date.now() + 10000
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) => {
        const request = get(`http://127.0.0.1:${port}/${AZURITE_ACCOUNT_NAME}?comp=list`, (response) => {
          response.resume()
          response.on('end', () => resolve())
        })
        request.on('error', reject)
      })
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
