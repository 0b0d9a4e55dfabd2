import type { LocalCloud } from '../../cloudfunctions/_local/cloud'

interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string
}

/**
 * A fetch stand-in that answers the app's requests from an in-process LocalCloud, the way the
 * local cloud's HTTP server would: POST /fn/<name> with X-WX-OPENID runs the real function over
 * the real store. Only the network is replaced. Any other address fails like a dropped network.
 */
export function fetchFromCloud(cloud: LocalCloud): typeof fetch {
  const impl = async (input: unknown, init: FetchInit = {}) => {
    const url = new URL(String(input), 'http://127.0.0.1')
    const fn = /^\/fn\/([^/]+)$/.exec(url.pathname)
    if (!fn || (init.method ?? 'GET').toUpperCase() !== 'POST') throw new TypeError('Failed to fetch')
    const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    const event = init.body ? JSON.parse(init.body) : {}
    const reply = await cloud.call(decodeURIComponent(fn[1]), event, String(headers['x-wx-openid'] ?? '').trim())
    const text = JSON.stringify(reply)
    return { ok: true, status: 200, json: async () => JSON.parse(text), text: async () => text }
  }
  return impl as unknown as typeof fetch
}
