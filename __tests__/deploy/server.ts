/** A scripted local HTTP server for the deploy tests: each request is answered by the handler, and its time recorded. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  url: string
  /** performance.now() of each request received. */
  times: number[]
  close(): Promise<void>
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse, index: number) => void): Promise<TestServer> {
  const times: number[] = []
  const server: Server = createServer((req, res) => {
    times.push(performance.now())
    handler(req, res, times.length - 1)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    times,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(text)
}
