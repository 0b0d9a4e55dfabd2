/** Issue 13: the local cloud's HTTP server holds against a hostile client (paths, escapes, bodies, slow sockets). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { createLocalServer, type ServerLimits } from '../../cloudfunctions/_local/server'
import { CHAIR } from '../support/harness'

const SECRET = 'secret-of-the-backup-folder'
const SHELL = '<html>app shell</html>'
const CHINESE = /[\u4e00-\u9fff]/

let dataDir: string
let cloud: LocalCloud
const servers: Server[] = []

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'local-server-'))
  cloud = new LocalCloud({ dataDir, env: { UNION_CHAIR_OPENIDS: CHAIR }, quiet: true })
  // siblings whose names start with the served folders' names: a prefix test would let them through
  for (const dir of ['files', 'files-backup', 'app', 'app-backup']) mkdirSync(join(dataDir, dir), { recursive: true })
  writeFileSync(join(dataDir, 'files-backup', 'secret.txt'), SECRET)
  writeFileSync(join(dataDir, 'app-backup', 'secret.txt'), SECRET)
  writeFileSync(join(cloud.filesDir, '名单.xlsx'), 'roster bytes')
  writeFileSync(join(dataDir, 'app', 'index.html'), SHELL)
  symlinkSync(join(dataDir, 'files-backup', 'secret.txt'), join(cloud.filesDir, 'link.txt'))
})

afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
  await cloud.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function start(limits: Partial<ServerLimits> = {}): Promise<{ port: number; server: Server }> {
  const server = createLocalServer(cloud, { filesDir: cloud.filesDir, staticDir: join(dataDir, 'app'), limits })
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { port: (server.address() as AddressInfo).port, server }
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  body: any
  /** an error the client saw on the request (a reset) */
  error?: Error
}

/** One request over node:http on a fresh connection; body chunks are written one by one. */
function call(port: number, method: string, path: string, opts: { chunks?: Buffer[]; headers?: Record<string, string | number> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let error: Error | undefined
    const req = request({ host: '127.0.0.1', port, path, method, agent: false, headers: opts.headers }, (res) => {
      const parts: Buffer[] = []
      res.on('data', (c: Buffer) => parts.push(c))
      res.on('error', reject)
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8')
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          body = undefined
        }
        // give a reset that follows the answer the chance to show
        setTimeout(() => resolve({ status: res.statusCode!, headers: res.headers, text, body, error }), 20)
      })
    })
    req.on('error', (e) => {
      error = e
      reject(e)
    })
    for (const c of opts.chunks ?? []) req.write(c)
    req.end()
  })
}

/** A raw socket: what it was sent, and when (ms after connect) the server closed it. */
function raw(port: number, send: (s: Socket) => void): Promise<{ data: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now()
    let data = ''
    const s = connect(port, '127.0.0.1', () => send(s))
    s.on('data', (c) => (data += c.toString('latin1')))
    s.on('error', () => undefined) // a write after the server cut the socket: the close below still fires
    s.on('close', () => resolve({ data, closedAfterMs: Date.now() - t0 }))
  })
}

describe('files and the app are served only from inside their folders', () => {
  let port: number
  beforeAll(async () => ({ port } = await start()))

  it('serves a file inside the files folder, named as the member saved it', async () => {
    const r = await call(port, 'GET', `/_local/files/${encodeURIComponent('名单.xlsx')}`)
    expect(r.status).toBe(200)
    expect(r.text).toBe('roster bytes')
    expect(r.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('名单.xlsx')}`)
  })

  it('never serves the sibling files-backup folder, however the path climbs', async () => {
    const abs = encodeURIComponent(join(dataDir, 'files-backup', 'secret.txt'))
    const paths = [
      '/_local/files/..%2Ffiles-backup%2Fsecret.txt',
      '/_local/files/..%2ffiles-backup/secret.txt',
      '/_local/files/%2e%2e%2ffiles-backup%2fsecret.txt',
      '/_local/files/../files-backup/secret.txt',
      '/_local/files/%2E%2E/files-backup/secret.txt',
      '/_local/files/..%5Cfiles-backup%5Csecret.txt',
      '/_local/files/a%2F..%2F..%2Ffiles-backup%2Fsecret.txt',
      `/_local/files/${abs}`,
      '/_local/files/link.txt',
      '/_local/files/secret.txt%00.xlsx',
      '/_local/files/..%2F',
      '/_local/files/'
    ]
    for (const path of paths) {
      const r = await call(port, 'GET', path)
      expect({ path, status: r.status, leaked: r.text.includes(SECRET) }).toEqual({ path, status: 404, leaked: false })
    }
  })

  it('never serves the sibling of the app folder; an unknown page still gets the app shell', async () => {
    for (const path of ['/..%2Fapp-backup%2Fsecret.txt', '/%2e%2e%2fapp-backup%2fsecret.txt', '/../app-backup/secret.txt', `/${encodeURIComponent(join(dataDir, 'app-backup', 'secret.txt'))}`]) {
      const r = await call(port, 'GET', path)
      expect({ path, status: r.status, leaked: r.text.includes(SECRET) }).toEqual({ path, status: 404, leaked: false })
    }
    const page = await call(port, 'GET', '/..%2Fapp-backup')
    expect([page.status, page.text]).toEqual([200, SHELL])
    const home = await call(port, 'GET', '/')
    expect([home.status, home.text]).toEqual([200, SHELL])
  })

  it('lets a phone keep a chunk named by its content hash, and asks again for the app shell and anything unhashed', async () => {
    mkdirSync(join(dataDir, 'app', 'js'), { recursive: true })
    writeFileSync(join(dataDir, 'app', 'js', '7570.96cb7843.js'), 'chunk')
    writeFileSync(join(dataDir, 'app', 'js', 'vendor.js'), 'unhashed')
    expect((await call(port, 'GET', '/js/7570.96cb7843.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/js/vendor.js']) expect({ path, cache: (await call(port, 'GET', path)).headers['cache-control'] }).toEqual({ path, cache: 'no-cache' })
    // a member's saved file is theirs to fetch fresh
    expect((await call(port, 'GET', `/_local/files/${encodeURIComponent('名单.xlsx')}`)).headers['cache-control']).toBe('no-cache')
  })
})

describe('a broken %-escape in the address', () => {
  it('answers 400 BAD_REQUEST in Chinese on every route, and the server carries on', async () => {
    const { port } = await start()
    const cases: [string, string][] = [
      ['GET', '/_local/files/%E0%A4%A'],
      ['GET', '/%E0%A4%A'],
      ['POST', '/fn/%E0%A4%A'],
      ['POST', '/_local/timer/%E0%A4%A/daily']
    ]
    for (const [method, path] of cases) {
      const r = await call(port, method, path)
      expect({ path, status: r.status, code: r.body?.error?.code, ok: r.body?.ok }).toEqual({ path, status: 400, code: 'BAD_REQUEST', ok: false })
      expect(r.body.error.message).toMatch(CHINESE)
    }
    expect((await call(port, 'GET', '/_local/health')).body).toEqual({ ok: true })
  })
})

describe('a body over 1 MiB', () => {
  const twoMiB = Array.from({ length: 32 }, () => Buffer.alloc(64 * 1024, 0x61))

  const expect413 = (r: Reply) => {
    expect(r.error).toBeUndefined()
    expect(r.status).toBe(413)
    expect(r.headers.connection).toBe('close')
    expect(r.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(r.body.error.message).toMatch(CHINESE)
  }

  it('gets its 413 envelope whole, with no reset, whether it declares its length or not', async () => {
    const { port } = await start()
    for (let i = 0; i < 5; i++) {
      expect413(await call(port, 'POST', '/fn/member', { chunks: twoMiB, headers: { 'content-type': 'application/json', 'content-length': 2 * 1024 * 1024 } }))
      expect413(await call(port, 'POST', '/fn/member', { chunks: twoMiB, headers: { 'content-type': 'application/json' } }))
      expect413(await call(port, 'POST', '/_local/clock', { chunks: twoMiB }))
    }
    expect((await call(port, 'GET', '/_local/health')).body).toEqual({ ok: true })
  })

  it('from a client that never stops sending: the 413 arrives, and the socket is cut after the linger', async () => {
    const { port } = await start({ lingerMs: 300 })
    let timer: NodeJS.Timeout | undefined
    const r = await raw(port, (s) => {
      s.write('POST /fn/member HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n')
      timer = setInterval(() => s.writable && s.write(Buffer.alloc(16 * 1024, 0x61)), 10)
    })
    clearInterval(timer)
    expect(r.data).toMatch(/^HTTP\/1\.1 413 /)
    expect(r.data).toMatch(/"code":"BAD_REQUEST"/)
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(250)
    expect(r.closedAfterMs).toBeLessThan(3000)
  })
})

describe('slow and idle connections', () => {
  const limits = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 400 }

  it('disconnects a client that sends half a request line and stalls', async () => {
    const { port } = await start(limits)
    const r = await raw(port, (s) => s.write('GET /_local/hea'))
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(250)
    expect(r.closedAfterMs).toBeLessThan(2000)
    expect(r.data).toMatch(/^(HTTP\/1\.1 408 |$)/)
  })

  it('disconnects a client whose body stops arriving', async () => {
    const { port } = await start(limits)
    const r = await raw(port, (s) => s.write('POST /fn/member HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"act'))
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(550)
    expect(r.closedAfterMs).toBeLessThan(2500)
  })

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { port } = await start(limits)
    const r = await raw(port, (s) => s.write('GET /_local/health HTTP/1.1\r\nHost: x\r\n\r\n'))
    expect(r.data).toMatch(/^HTTP\/1\.1 200 /)
    // Node 20 keeps a kept-alive socket ~1 s past keepAliveTimeout, a grace for clients that read Keep-Alive: timeout
    expect(r.closedAfterMs).toBeGreaterThanOrEqual(350)
    expect(r.closedAfterMs).toBeLessThan(3000)
  })
})

describe('connections are capped', () => {
  it('by default at 2048, above the ~1,000 the crowd tests open at once', async () => {
    const { server } = await start()
    expect(server.maxConnections).toBe(2048)
    expect(server.maxConnections).toBeGreaterThan(1000)
  })

  it('closes a connection over the cap on accept, and takes new ones once one frees', async () => {
    const { port, server } = await start({ maxConnections: 3 })
    let dropped = 0
    server.on('drop', () => dropped++)
    const held = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<Socket>((r) => {
            const s = connect(port, '127.0.0.1', () => r(s))
          })
      )
    )
    while ((await new Promise<number>((r) => server.getConnections((_, n) => r(n)))) < 3) await new Promise((r) => setTimeout(r, 10))
    const over = await raw(port, (s) => s.write('GET /_local/health HTTP/1.1\r\nHost: x\r\n\r\n'))
    expect(over.data).toBe('')
    expect(over.closedAfterMs).toBeLessThan(1000)
    expect(dropped).toBe(1)
    held[0].destroy()
    while ((await new Promise<number>((r) => server.getConnections((_, n) => r(n)))) > 2) await new Promise((r) => setTimeout(r, 10))
    expect((await call(port, 'GET', '/_local/health')).body).toEqual({ ok: true })
    for (const s of held) s.destroy()
  })
})
