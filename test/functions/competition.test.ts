import { CHAIR } from '../support/harness'
import { startHttpCloud, type HttpCloud } from '../support/http'

let http: HttpCloud
let eventId: string
let competitionId: string

const ok = async (fn: string, openid: string, body: Record<string, unknown>) => {
  const res = await http.post(fn, openid, body)
  if (!res.body.ok) throw new Error(`${fn}.${String(body.action)}: ${res.body.error.message}`)
  return res.body.data
}

beforeAll(async () => {
  http = await startHttpCloud()
  const { created } = await ok('member', CHAIR, {
    action: 'import',
    members: [
      { name: '王建国', unit: '体育组', gender: 'M' },
      { name: '陈思远', unit: '语文组', gender: 'M' }
    ]
  })
  await ok('member', 'officer', { action: 'bind', inviteCode: created[0].inviteCode })
  await ok('member', CHAIR, { action: 'setRole', memberId: created[0].id, role: 'officer' })
  await ok('member', 'member', { action: 'bind', inviteCode: created[1].inviteCode })
  competitionId = (await ok('competition', 'officer', { action: 'create', title: '秋季运动会', units: ['语文组', '体育组'] })).id
  eventId = (await ok('competition', 'officer', { action: 'addEvent', competitionId, name: '100米', kind: 'timed' })).id
})

afterAll(() => http?.close())

describe('competition over HTTP', () => {
  it('corrections racing for one athlete all land in the history, none lost', async () => {
    const times = Array.from({ length: 12 }, (_, i) => (12 + i / 100).toFixed(2))
    const replies = await Promise.all(times.map((value) => http.post('competition', 'officer', { action: 'recordResult', eventId, unit: '语文组', name: '甲', value })))
    expect(replies.every((r) => r.status === 200 && r.body.ok)).toBe(true)
    const { items } = await ok('competition', 'officer', { action: 'history', eventId })
    expect(items).toHaveLength(12)
    expect(items.filter((c: { old?: unknown }) => !c.old)).toHaveLength(1)
    const { event, items: rows } = await ok('competition', 'officer', { action: 'standings', eventId, view: 'draft' })
    expect(event.version).toBe(12)
    // the stored value is the last correction applied, and the chain old → new is unbroken
    const chain = [...items].reverse()
    expect(rows[0].display).toBe(chain[chain.length - 1].new.display)
    for (let i = 1; i < chain.length; i++) expect(chain[i].old.display).toBe(chain[i - 1].new.display)
  })

  it('refuses members and callers without an identity, and names a bad value', async () => {
    const member = await http.post('competition', 'member', { action: 'recordResult', eventId, unit: '语文组', name: '乙', value: '12.5' })
    expect(member.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const nobody = await http.post('competition', null, { action: 'recordResult', eventId, unit: '语文组', name: '乙', value: '12.5' })
    expect(nobody.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const words = await http.post('competition', 'officer', { action: 'recordResult', eventId, unit: '语文组', name: '乙', value: '十二秒' })
    expect(words.body).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('十二秒') } })
  })

  it('the exported .xlsx downloads from the address export answers', async () => {
    await ok('competition', CHAIR, { action: 'publish', eventId })
    const out = await ok('competition', 'officer', { action: 'export', competitionId })
    const res = await fetch(http.url + out.url)
    expect(res.status).toBe(200)
    const bytes = Buffer.from(await res.arrayBuffer())
    // an .xlsx is a zip: it starts with PK
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  })
})
