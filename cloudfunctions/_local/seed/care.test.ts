import { LocalCloud } from '../cloud'
import { seedCare } from './care'
import { seedMembers } from './members'

describe('care demo data', () => {
  it('gives the 慰问员 a year of visits, an overdue task, a hardship file and a half-signed 中秋 distribution', async () => {
    const cloud = new LocalCloud({ env: { UNION_CHAIR_OPENIDS: 'demo-chair' }, quiet: true })
    cloud.setClock('2026-11-24T02:00:00.000Z')
    await seedMembers(cloud, 'demo-chair')
    await seedCare(cloud)
    const call = async (openid: string, event: Record<string, unknown>) => ((await cloud.call('care', event, openid)) as { data: any }).data
    expect((await call('demo-officer-2', { action: 'stats', year: 2026 })).total).toEqual({ count: 3, amount: 1500 })
    const tasks = (await call('demo-member-3', { action: 'tasks' })).items
    expect(tasks.map((t: any) => [t.name, t.overdue])).toEqual([
      ['彭秀英', true],
      ['马俊', false]
    ])
    expect((await call('demo-officer-2', { action: 'hardship', op: 'list' })).items.map((f: any) => f.name)).toEqual(['彭秀英'])
    const [gift] = (await call('demo-chair', { action: 'distributions' })).items
    expect(gift).toMatchObject({ title: '中秋慰问品', collected: 3 })
  })
})
