import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path'
// Node's own URL (the jsdom suites' global one is whatwg-url in JavaScript)
import { URL } from 'node:url'
import type { LocalCloud } from './cloud'
import { demoIdentities } from './seed/identities'

const MAX_BODY = 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

/** The body as text, or null once it passes MAX_BODY: from then on it is read and dropped, never kept. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      req.resume()
      return resolve(null)
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        chunks.length = 0
        return resolve(null)
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const badRequest = (message: string) => ({ ok: false, error: { code: 'BAD_REQUEST', message } })

/**
 * 413 for a body over MAX_BODY, sent while the client may still be sending. Closing at once would leave the
 * unread rest in the kernel's buffer, so the close goes out as a reset that can wipe the 413 before the client
 * reads it; instead the answer goes out whole (content-length, connection: close) and the socket ends once the
 * client has finished sending, or after lingerMs for one that never does.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, lingerMs: number): void {
  const text = JSON.stringify(badRequest('请求内容太大，不能超过 1 MB'))
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), connection: 'close' })
  res.write(text)
  const finish = () => {
    clearTimeout(linger)
    if (!res.writableEnded) res.end()
  }
  const linger = setTimeout(finish, lingerMs)
  if (req.complete) return finish()
  req.once('end', finish)
  req.once('close', finish)
  req.resume()
}

/** What a hostile or broken client can hold; tests shorten the timeouts. */
export interface ServerLimits {
  /** A request's line and headers must arrive within this (Node answers 408 and closes). */
  headersTimeoutMs: number
  /** The whole request, body included, must arrive within this. */
  requestTimeoutMs: number
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number
  /** After a 413, how long the rest of an oversized body is read and dropped before the socket is cut. */
  lingerMs: number
  /** Connections open at once; the next are closed on accept. */
  maxConnections: number
}

// headers: a phone sends its few hundred bytes of headers in one packet; 10 s covers a bad mobile link yet
//   frees a slowloris socket in seconds rather than Node's 60 s.
// request: the largest body is 1 MiB; 30 s is ~35 KB/s, slower than any working link, against Node's 5 min.
// keep-alive: Node's 5 s, sent as Keep-Alive: timeout=5 so http.Agent drops the socket first (Node 20 holds it
//   ~1 s longer still), so a pooled client never writes into a socket being closed.
// linger: a client still sending after a 413 gets 5 s to finish before the socket is cut.
// connections: the flash-crowd tests open ~1,000 at once (backlog 2048); 2048 leaves room for them and the
//   app, and bounds the file descriptors a flood of idle connections can take.
const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  lingerMs: 5_000,
  maxConnections: 2048
}

export interface ServerOptions {
  /** The H5 build to serve at / (npm start); absent under npm run cloud. */
  staticDir?: string
  filesDir?: string
  limits?: Partial<ServerLimits>
}

export function createLocalServer(cloud: LocalCloud, opts: ServerOptions = {}): Server {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits }
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks the two timeouts above on this interval (30 s by default), so it is what bounds them
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4)))
    },
    (req, res) => void handle(cloud, opts, limits, req, res)
  )
  server.keepAliveTimeout = limits.keepAliveTimeoutMs
  server.maxConnections = limits.maxConnections
  return server
}

async function handle(cloud: LocalCloud, opts: ServerOptions, limits: ServerLimits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    let path: string
    try {
      path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    } catch {
      return send(res, 400, badRequest('地址格式不对'))
    }
    if (req.method === 'POST' && path.startsWith('/fn/')) {
      const fn = decodeURIComponent(path.slice(4))
      const raw = await readBody(req)
      if (raw === null) return refuseBody(req, res, limits.lingerMs)
      let event: unknown
      try {
        event = raw.trim() ? JSON.parse(raw) : {}
      } catch {
        return send(res, 400, badRequest('请求内容不是合法的 JSON'))
      }
      const openid = String(req.headers['x-wx-openid'] ?? '').trim()
      const reply = await cloud.call(fn, event, openid)
      return send(res, cloud.functions[fn] ? 200 : 404, reply)
    }
    if (path === '/_local/health') return send(res, 200, { ok: true })
    if (path === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    if (path === '/_local/clock' && req.method === 'POST') {
      const raw = await readBody(req)
      if (raw === null) return refuseBody(req, res, limits.lingerMs)
      let body: { now?: unknown }
      try {
        body = JSON.parse(raw || '{}')
      } catch {
        return send(res, 400, badRequest('请求内容不是合法的 JSON'))
      }
      if (body.now !== null && (typeof body.now !== 'string' || Number.isNaN(Date.parse(body.now)))) {
        return send(res, 400, badRequest('now 应为 ISO 时间或 null'))
      }
      cloud.setClock(body.now as string | null)
      return send(res, 200, { ok: true, now: cloud.now().toISOString(), fixed: cloud.clockIsFixed })
    }
    if (path === '/_local/clock' && req.method === 'GET') return send(res, 200, { ok: true, now: cloud.now().toISOString(), fixed: cloud.clockIsFixed })
    const timer = /^\/_local\/timer\/([^/]+)\/([^/]+)$/.exec(path)
    if (timer && req.method === 'POST') {
      const [fn, trigger] = [decodeURIComponent(timer[1]), decodeURIComponent(timer[2])]
      if (!cloud.functions[fn]) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `没有名为 ${fn} 的云函数` } })
      return send(res, 200, await cloud.fireTimer(fn, trigger))
    }
    if (path === '/_local/outbox' && req.method === 'GET') return send(res, 200, cloud.outbox)
    if (path === '/_local/identities' && req.method === 'GET') return send(res, 200, await demoIdentities(cloud))
    if (path.startsWith('/_local/files/') && opts.filesDir) return serveFile(res, opts.filesDir, path.slice('/_local/files/'.length), true)
    if (opts.staticDir && (req.method === 'GET' || req.method === 'HEAD')) return serveFile(res, opts.staticDir, path === '/' ? 'index.html' : path.slice(1))
    return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '没有这个地址' } })
  } catch (e) {
    // decodeURIComponent on a broken %-escape (/_local/files/%E0%A4%A): the caller's fault, not ours
    if (e instanceof URIError && !res.headersSent) return send(res, 400, badRequest('地址中的 % 转义不合法'))
    // the client went away mid-body (or a timeout cut it): there is no one to answer
    if (!req.complete && req.socket.destroyed) return
    console.error(JSON.stringify({ msg: 'local cloud error', error: String((e as Error)?.message ?? e) }))
    if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } })
  }
}

/** Whether p lies below base; path.relative, since a prefix test lets a sibling through (files-backup starts with files). */
function within(base: string, p: string): boolean {
  const r = relative(base, p)
  return r !== '' && !isAbsolute(r) && r.split(sep)[0] !== '..'
}

/**
 * As a static host serves a webpack build: a chunk named by its content hash (js/7570.96cb7843.js)
 * never changes, so a phone keeps it (and the browser its compiled code) instead of fetching and
 * compiling a few MB again on every page it opens; the app shell and anything unhashed is asked
 * again each time, so a new build shows at the next open.
 */
const cacheControl = (name: string, download: boolean) => (!download && /\.[0-9a-f]{8}\.(js|css)$/.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache')

/** root/rel if it is a file inside root, else null. */
function inside(root: string, rel: string): string | null {
  if (rel.includes('\0')) return null
  const base = resolve(root)
  const file = resolve(base, rel)
  if (!within(base, file) || !existsSync(file)) return null
  // a symlink inside the folder may still point out of it
  if (!within(realpathSync(base), realpathSync(file))) return null
  return statSync(file).isFile() ? file : null
}

function serveFile(res: ServerResponse, root: string, rel: string, download = false): void {
  const name = decodeURIComponent(rel)
  const file = inside(root, name)
  if (!file) {
    // unknown paths fall back to the app shell so a reload on any page works
    if (!download && !extname(name) && inside(root, 'index.html')) return serveFile(res, root, 'index.html')
    return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '没有这个文件' } })
  }
  const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl(name, download) }
  if (download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(basename(file))}`
  res.writeHead(200, headers)
  createReadStream(file).pipe(res)
}
