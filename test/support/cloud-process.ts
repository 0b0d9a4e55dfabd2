/** The local cloud as its own process (`npm run cloud`), for tests that SIGKILL it mid-burst. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })

/**
 * Starts it over dataDir on port with chair as the configured chair; resolves once healthy and, unless
 * setup is false, once chair has called member.setup (idempotent; `npm run cloud` leaves an empty
 * DATA_DIR un-initialised, as a first deploy finds it).
 */
export async function startCloudProcess(dataDir: string, port: number, chair: string, { setup = true } = {}): Promise<ChildProcess> {
  // node --import tsx: one process, so SIGKILL hits the server itself, not a wrapper
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cloudfunctions/_local/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: '0', QUIET: '1', UNION_CHAIR_OPENIDS: chair },
    stdio: 'ignore'
  })
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/_local/health`)).ok) {
        if (setup) await callCloud(port, 'member', chair, { action: 'setup' })
        return child
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('local cloud did not start')
}

/** POST /fn/<fn> as openid (none when empty): the function's reply. */
export async function callCloud(port: number, fn: string, openid: string, event: Record<string, unknown>): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (openid) headers['X-WX-OPENID'] = openid
  const r = await fetch(`http://127.0.0.1:${port}/fn/${fn}`, { method: 'POST', headers, body: JSON.stringify(event) })
  return r.json()
}
