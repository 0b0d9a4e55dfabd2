import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { LocalCloud } from './cloud'
import { seedDemo } from './seed'
import { createLocalServer } from './server'
import { scheduleTimers } from './timers'

export interface ServeOptions {
  /** 0: any free port. */
  port: number
  dataDir: string
  /** The H5 build to serve at / (npm start). */
  staticDir?: string
  /** The functions' settings (UNION_CHAIR_OPENIDS…). */
  env: Record<string, string | undefined>
  quiet: boolean
  /** false leaves an empty DATA_DIR as a first deploy finds it (LOCAL_SKIP_SETUP=1). */
  autoSetup: boolean
  /** Seed the demo union into a store that has none (SEED_DEMO=1). */
  seedDemo: boolean
}

export interface ServedCloud {
  cloud: LocalCloud
  port: number
  /** Stops the timers, then the HTTP server (once its answers in flight are sent) and the cloud. */
  close: () => Promise<void>
}

/**
 * A local cloud over HTTP on 127.0.0.1, its timers running: what `npm run cloud` serves
 * (./main.ts), and each journey's cloud inside the journeys' host process (./host.ts).
 */
export async function serveCloud(o: ServeOptions): Promise<ServedCloud> {
  const dataDir = resolve(o.dataDir)
  mkdirSync(dataDir, { recursive: true })
  // an empty DATA_DIR is set up by member.setup, as production is (LocalCloud.start)
  const cloud = new LocalCloud({ dataDir, env: o.env, quiet: o.quiet, autoSetup: o.autoSetup, latency: o.env.LOCAL_DB_LATENCY_MS })
  const server = createLocalServer(cloud, { staticDir: o.staticDir ? resolve(o.staticDir) : undefined, filesDir: cloud.filesDir })
  let timers: ReturnType<typeof scheduleTimers> = []
  try {
    await cloud.ready
    if (o.seedDemo && cloud.store.names().length > 0 && (await seedDemo(cloud))) console.log('seeded demo data into', dataDir)
    await new Promise<void>((res, rej) => {
      server.once('error', rej)
      server.listen(o.port, '127.0.0.1', () => {
        server.off('error', rej)
        res()
      })
    })
    timers = scheduleTimers(cloud, resolve(__dirname, '..'))
  } catch (e) {
    // a start that failed leaves nothing running in a host that goes on
    await cloud.close().catch(() => undefined)
    throw e
  }
  const port = (server.address() as { port: number }).port
  const close = async () => {
    for (const t of timers) t.stop()
    // answers on their way finish (a write half-done would be cut off); what is still open a
    // second later is a kept-alive socket waiting for its next request
    await new Promise<void>((res) => {
      server.close(() => res())
      server.closeIdleConnections()
      setTimeout(() => server.closeAllConnections(), 1000).unref()
    })
    await cloud.close()
  }
  return { cloud, port, close }
}
