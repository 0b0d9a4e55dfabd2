import { CHAIR, createHarness } from '../../../test/support/harness'

const rows = [
  { name: '陈思远', unit: '语文组' },
  { name: '周婷', unit: '数学组' }
]
const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title).sort()

async function seeded() {
  const h = createHarness()
  const [chen, zhou] = await h.members(rows)
  const post = (title: string, body: string, extra: Record<string, unknown> = {}) => h.ok('notice', CHAIR, { action: 'publish', title, body, category: 'notice', ...extra })
  h.setNow('2025-03-10T02:00:00.000Z')
  await post('2025 年春季体检安排', '请于三月底前到校医室登记。')
  // 1 January 00:30 in Beijing is still 31 December in UTC: it belongs to 2026
  h.setNow('2025-12-31T16:30:00.000Z')
  await post('新年慰问', '工会向全体会员致以新年问候。')
  h.setNow('2026-11-10T02:00:00.000Z')
  await post('关于组织 2026 年度健康体检的通知', '地点：市第一人民医院体检中心。')
  await post('经费公开（第三季度）', '本季度支出 3.5 万元 [含慰问]。', { category: 'finance' })
  await post('语文组教研', '周三下午 (第七节) 教研。', { audience: { units: ['语文组'] } })
  return { h, chen, zhou }
}

describe('notice.list search and years', () => {
  it('finds notices by a word in the title or only in the text', async () => {
    const { h, chen } = await seeded()
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', q: '体检' }))).toEqual(['2025 年春季体检安排', '关于组织 2026 年度健康体检的通知'])
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', q: '人民医院' }))).toEqual(['关于组织 2026 年度健康体检的通知'])
    expect((await h.ok('notice', chen.openid!, { action: 'list', q: '运动会' })).items).toEqual([])
  })

  it('matches special characters literally and never fails on them', async () => {
    const { h, chen } = await seeded()
    for (const q of ['(', '[', '*', '.*', '\\', '?', '$', '^', '|', '+', '{1}']) {
      const r = await h.call('notice', chen.openid!, { action: 'list', q })
      expect(r.ok).toBe(true)
    }
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', q: '3.5' }))).toEqual(['经费公开（第三季度）'])
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', q: '[含' }))).toEqual(['经费公开（第三季度）'])
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', q: '(第七节)' }))).toEqual(['语文组教研'])
    // `.` is a full stop, not "any character"
    expect((await h.ok('notice', chen.openid!, { action: 'list', q: '体.' })).items).toEqual([])
  })

  it('searches only what the member may read', async () => {
    const { h, zhou } = await seeded()
    expect((await h.ok('notice', zhou.openid!, { action: 'list', q: '教研' })).items).toEqual([])
  })

  it('lists the years there are and one year by Beijing date', async () => {
    const { h, chen } = await seeded()
    const all = await h.ok('notice', chen.openid!, { action: 'list' })
    expect(all.years).toEqual([2026, 2025])
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', year: 2025 }))).toEqual(['2025 年春季体检安排'])
    expect(titles(await h.ok('notice', chen.openid!, { action: 'list', year: 2026, q: '新年' }))).toEqual(['新年慰问'])
  })

  it('names the field when the search words or the year are wrong', async () => {
    const { h, chen } = await seeded()
    const long = await h.call('notice', chen.openid!, { action: 'list', q: '字'.repeat(31) })
    expect(!long.ok && long.error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('搜索词最多 30 个字') })
    const year = await h.call('notice', chen.openid!, { action: 'list', year: '去年' })
    expect(!year.ok && year.error.message).toContain('年份')
  })
})
