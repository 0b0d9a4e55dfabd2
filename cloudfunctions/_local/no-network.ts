import net from 'node:net'

// One guard for the process, whichever module registry installs it first (a jest worker runs many:
// test/support/warm-sdk.js installs it in the worker itself), and one list of what it refused
const state = ((net as unknown as Record<symbol, unknown>)[Symbol.for('union.noNetwork')] ??= { installed: false, refused: [] }) as { installed: boolean; refused: string[] }

/** Every outbound attempt refused so far in this process (test/support/no-network-setup.ts: none by each file). */
export const refusedConnections = state.refused

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i

function hostOf(args: unknown[]): string | null {
  const [first, second] = args as [unknown, unknown]
  if (Array.isArray(first)) return hostOf(first)
  if (first && typeof first === 'object') {
    const o = first as { host?: string; path?: string }
    if (o.path && !o.host) return null // a unix socket stays on the machine
    return o.host ?? 'localhost'
  }
  if (typeof first === 'number' || /^\d+$/.test(String(first))) return typeof second === 'string' ? second : 'localhost'
  return null
}

/**
 * No request leaves the machine: a socket to anything but loopback throws, loudly, before any DNS
 * lookup (the SDK would otherwise ask metadata.tencentyun.com or tcb-api.tencentcloudapi.com).
 */
export function refuseOutboundNetwork(): void {
  if (state.installed) return
  state.installed = true
  const connect = net.Socket.prototype.connect
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args)
    if (host !== null && !LOOPBACK.test(host)) {
      refusedConnections.push(host)
      console.error(`[local cloud] refused a connection to ${host}: no request may leave the machine`)
      throw new Error(`local cloud: a connection to ${host} would leave the machine`)
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof connect
}
