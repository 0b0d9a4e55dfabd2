import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize } from 'node:path'
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

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const badRequest = (message: string) => ({ ok: false, error: { code: 'BAD_REQUEST', message } })

export interface ServerOptions {
  /** The H5 build to serve at / (npm start); absent under npm run cloud. */
  staticDir?: string
  filesDir?: string
}

export function createLocalServer(cloud: LocalCloud, opts: ServerOptions = {}): Server {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = url.pathname
      if (req.method === 'POST' && path.startsWith('/fn/')) {
        const fn = decodeURIComponent(path.slice(4))
        const raw = await readBody(req)
        if (raw === null) return send(res, 413, badRequest('请求内容太大'))
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
        res.writeHead(204)
        return res.end()
      }
      if (path === '/_local/clock' && req.method === 'POST') {
        const raw = (await readBody(req)) ?? ''
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
      console.error(JSON.stringify({ msg: 'local cloud error', error: String((e as Error)?.message ?? e) }))
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } })
    }
  })
}

function serveFile(res: ServerResponse, root: string, rel: string, download = false): void {
  const file = normalize(join(root, decodeURIComponent(rel)))
  if (!file.startsWith(normalize(root)) || !existsSync(file) || !statSync(file).isFile()) {
    // unknown paths fall back to the app shell so a reload on any page works
    const index = join(root, 'index.html')
    if (!download && existsSync(index) && !extname(rel)) return serveFile(res, root, 'index.html')
    return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '没有这个文件' } })
  }
  const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }
  if (download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(rel)}`
  res.writeHead(200, headers)
  createReadStream(file).pipe(res)
}
