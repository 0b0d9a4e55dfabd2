// The crowd's phones, in a process of their own so they don't share the server's event loop.
// stdin: { port, connections, requests: [{ path, openid, body }] }; stdout: [{ ms, reply }] in order.
import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'

const input = JSON.parse(
  await new Promise((resolve) => {
    let s = ''
    process.stdin.on('data', (c) => (s += c))
    process.stdin.on('end', () => resolve(s))
  })
)
const agent = input.connections > 0 ? new Agent({ keepAlive: true, maxSockets: input.connections }) : new Agent({ keepAlive: false, maxSockets: Infinity })

const post = ({ path, openid, body }) =>
  new Promise((resolve, reject) => {
    const t = performance.now()
    const req = request({ host: '127.0.0.1', port: input.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-wx-openid': openid } }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ ms: performance.now() - t, reply: JSON.parse(Buffer.concat(chunks).toString('utf8')) }))
    })
    req.on('error', reject)
    req.end(body)
  })

const out = await Promise.all(input.requests.map(post))
agent.destroy()
process.stdout.write(JSON.stringify(out))
