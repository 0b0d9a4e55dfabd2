import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { createLocalServer } from '../../cloudfunctions/_local/server'
import { CHAIR } from './harness'

export interface HttpCloud {
  url: string
  cloud: LocalCloud
  dataDir: string
  /** POST /fn/<fn> as openid; answers status and parsed body. */
  post: (fn: string, openid: string | null, body: unknown, raw?: boolean) => Promise<{ status: number; body: any }>
  close: () => Promise<void>
}

/** The local cloud's HTTP server on 127.0.0.1 with a random port over a temp DATA_DIR. */
export async function startHttpCloud(env: Record<string, string> = {}): Promise<HttpCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'union-http-'))
  const cloud = new LocalCloud({ dataDir, env: { UNION_CHAIR_OPENIDS: CHAIR, ...env }, quiet: true })
  const server = createLocalServer(cloud, { filesDir: cloud.filesDir })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const post = async (fn: string, openid: string | null, body: unknown, raw = false) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (openid) headers['x-wx-openid'] = openid
    const res = await fetch(`${url}/fn/${fn}`, { method: 'POST', headers, body: raw ? String(body) : JSON.stringify(body) })
    return { status: res.status, body: await res.json() }
  }
  const close = () => new Promise<void>((r) => server.close(() => r()))
  return { url, cloud, dataDir, post, close }
}
