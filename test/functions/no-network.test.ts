import { request } from 'node:http'
import { LocalCloud } from '../../cloudfunctions/_local/cloud'
import { refusedConnections } from '../../cloudfunctions/_local/no-network'
import { CHAIR } from '../support/harness'

const tryConnect = (host: string) =>
  new Promise<string>((resolve) => {
    try {
      const req = request({ host, port: 80, path: '/' }, () => resolve('connected'))
      req.on('error', (e) => resolve(`error: ${e.message}`))
      req.end()
    } catch (e) {
      resolve(`thrown: ${(e as Error).message}`)
    }
  })

describe('no request leaves the machine', () => {
  it('refuses a connection to any host but loopback, loudly, once the local cloud runs', async () => {
    const cloud = new LocalCloud({ quiet: true, env: { UNION_CHAIR_OPENIDS: CHAIR } })
    const before = refusedConnections.length
    try {
      await cloud.ready
      expect(await tryConnect('tcb-api.tencentcloudapi.com')).toMatch(/would leave the machine/)
      expect(refusedConnections.slice(before)).toEqual(['tcb-api.tencentcloudapi.com'])
      // this file's own refusal, asserted above: taken off the list the setup's afterAll checks
      refusedConnections.splice(before)
      // the functions themselves only ever reach the local stand-in
      expect(await cloud.call('member', { action: 'me' }, CHAIR)).toMatchObject({ ok: true })
      expect(refusedConnections.slice(before)).toEqual([])
    } finally {
      await cloud.close()
    }
  })
})
