import { serveCloud, type ServeOptions, type ServedCloud } from './serve'

/** What the parent asks for over the IPC channel, and what it is told back. */
export type HostRequest = { id: number; op: 'start'; options: ServeOptions } | { id: number; op: 'stop'; port: number }
export type HostReply = { id: number; port?: number; error?: string }

/**
 * One process serving many local clouds, one after another or side by side, each over its own
 * DATA_DIR and port with its own store, clock, outbox and timers: the browser journeys' host, one per
 * jest worker (test/support/env-e2e.js). A cloud started here is what `npm run cloud` serves
 * (./serve.ts), without a process start per journey file: tsx and the functions' modules are loaded
 * and compiled once (~1.2 CPU-s a start, 28 files), and the SDK's code stays warm from file to file,
 * as a warm SCF instance serves invocation after invocation. Exits when its parent goes.
 */
const served = new Map<number, ServedCloud>()

const reply = (r: HostReply) => process.send?.(r)

process.on('message', (m: HostRequest) => {
  void (async () => {
    try {
      if (m.op === 'start') {
        const s = await serveCloud(m.options)
        served.set(s.port, s)
        reply({ id: m.id, port: s.port })
      } else {
        await served.get(m.port)?.close()
        served.delete(m.port)
        reply({ id: m.id })
      }
    } catch (e) {
      reply({ id: m.id, error: String((e as { stack?: unknown })?.stack ?? e) })
    }
  })()
})
process.on('disconnect', () => process.exit(0))
