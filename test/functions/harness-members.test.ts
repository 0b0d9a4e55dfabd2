/**
 * The harness writes its members' binds and roles straight into the store (Harness.members): it
 * must leave every collection as member.bind and member.setRole through the real SDK would, or
 * every test built on it would run on data the app can't produce.
 */
import { createHarness, type MemberSpec } from '../support/harness'

const ROWS: MemberSpec[] = [
  { name: '张丽华', unit: '行政处', role: 'chair' },
  { name: '王建国', unit: '体育组', role: 'officer' },
  { name: '陈思远', unit: '语文组' },
  { name: '周婷', unit: '数学组', openid: 'zhou' },
  { name: '刘洋', unit: '数学组', openid: null },
  { name: '李娜', unit: '英语组', openid: null, role: 'officer' }
]

/** Every collection after members(ROWS, via), with the import's random ids and codes named by row, documents in a fixed order. */
async function storeAfter(via: 'store' | 'functions'): Promise<Record<string, unknown[]>> {
  const h = createHarness()
  try {
    const seeded = await h.members(ROWS, { via })
    let text = await h.snapshot()
    seeded.forEach((m, i) => {
      text = text.split(m.id).join(`<member ${i}>`).split(m.inviteCode).join(`<code ${i}>`).split(m.id.slice(0, 8)).join(`<id8 ${i}>`)
    })
    const dump = JSON.parse(text) as Record<string, unknown[]>
    for (const docs of Object.values(dump)) docs.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    return dump
  } finally {
    await h.cloud.close()
  }
}

it('binds and gives roles as member.bind and member.setRole do', async () => {
  const [direct, viaFunctions] = await Promise.all([storeAfter('store'), storeAfter('functions')])
  expect(Object.keys(direct)).toContain('bindings')
  expect(direct).toEqual(viaFunctions)
})
