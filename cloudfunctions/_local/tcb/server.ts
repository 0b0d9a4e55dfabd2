import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
// Node's own URL: under the jsdom suites the global one is whatwg-url in JavaScript, several times slower per request
import { URL } from 'node:url'
import { sleep, type Latency } from './latency'
import { answer, type Backend, type Params } from './protocol'

export interface TcbServerOptions extends Backend {
  latency: Latency
  /** False once the invocation a request belongs to was cut off or has returned: its instance is frozen. */
  isLive: (invocation: string | null) => boolean
  /** Counts requests per invocation (the bench's "database requests per action"). */
  onRequest?: (invocation: string | null, action: string) => void
  /** A failure to answer instead (tests: a read that times out must never pass for a missing document). */
  fault?: (params: Params) => { code: string; message: string } | null
}

export interface TcbServer {
  /** What the SDK is pointed at (TCB_CONTEXT_CNFG.URL, the platform's own injection). */
  url: string
  close(): Promise<void>
}

/**
 * The CloudBase API endpoint (`POST /admin`) on 127.0.0.1: the one network hop of the SDK that
 * stays local. A request waits the configured latency, as a request to the service does, then is
 * answered from the store. A request from an invocation that was cut off is refused, as a frozen
 * instance sends nothing; one already on its way when the cut came still lands.
 */
export async function startTcbServer(opts: TcbServerOptions): Promise<TcbServer> {
  let closing = false
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const invocation = url.searchParams.get('inv')
      const requestId = randomBytes(8).toString('hex')
      let reply: Record<string, unknown>
      const live = opts.isLive(invocation)
      if (!req.headers['content-type']?.startsWith('application/json')) {
        // wx.openApi travels as protobuf form data; the local cloud serves openapi in-process instead
        reply = { requestId, code: 'SYS_ERR', message: 'the local cloud does not serve openapi over the network' }
      } else {
        let params: Params
        try {
          params = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        } catch {
          params = { action: '' }
        }
        opts.onRequest?.(invocation, params.action)
        await sleep(opts.latency())
        const fault = live ? opts.fault?.(params) : null
        if (!live) reply = { requestId, code: 'SYS_ERR', message: 'function instance was stopped' }
        else if (fault) reply = { requestId, ...fault }
        else reply = await answer(params, opts, requestId)
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(reply), () => closing && server.closeIdleConnections())
    })
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/admin`,
    // server.close() drops the keep-alive connections idle at that moment; one still carrying an
    // answer would otherwise stay open until keepAliveTimeout (5 s) had passed, and the cloud's
    // owner (a test's afterEach) with it
    close: () =>
      new Promise<void>((r) => {
        closing = true
        server.close(() => r())
      })
  }
}
