import { LocalCloud } from '../cloud'
import { seedGreeting } from './greeting'
import { seedMembers } from './members'
import { GREETINGS } from '../../_shared/collections'

describe('greeting demo data', () => {
  it('gives the chair warm templates and sends nothing until the timer fires', async () => {
    const cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: 'demo-chair' }, quiet: true })
    cloud.setClock('2026-11-24T02:00:00.000Z')
    await seedMembers(cloud, 'demo-chair')
    await seedGreeting(cloud)
    const r = await cloud.call('greeting', { action: 'templates' }, 'demo-chair')
    const items = (r as { data: { items: { occasion: string; custom: boolean }[] } }).data.items
    expect(items.filter((t) => t.custom).map((t) => t.occasion)).toContain('birthday')
    expect((await cloud.db.collection(GREETINGS).count()).total).toBe(0)
    expect(cloud.outbox).toHaveLength(0)
    // 蔡晓燕's birthday is today (11-24): the timer greets her
    expect(await cloud.fireTimer('greeting', 'daily')).toMatchObject({ ok: true, data: { created: 1 } })
  })
})
