import { yearKit, type YearKit } from '../testing'

const figures = (data: { sections: { figures: { key: string; value: number }[] }[] }) => Object.fromEntries(data.sections.flatMap((s) => s.figures.map((f) => [f.key, f.value])))

let k: YearKit
beforeAll(async () => {
  k = await yearKit()
}, 120000)

describe('report.year', () => {
  it('every figure of 2027 equals the hand count of what was seeded, in the 工作总结 outline', async () => {
    const r = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    expect(r.sections.map((s: { title: string }) => s.title)).toEqual(['一、民主管理', '二、文体活动', '三、送温暖', '四、组织建设'])
    expect(r.sections.map((s: { name: string }) => s.name)).toEqual(['民主管理', '文体活动', '送温暖', '组织建设'])
    expect(k.expected.greetings).toBeGreaterThan(0)
    const got = figures(r)
    expect(Object.fromEntries(Object.keys(k.expected).map((key) => [key, got[key]]))).toEqual(k.expected)
    expect(r.empty).toBe(false)
  })

  it('a sign-up at 00:30 Beijing on 1 January counts in the new year, one at 23:30 on 31 December in the old', async () => {
    const jan = await k.ok(k.who.chair, { action: 'month', month: '2027-01' })
    const dec = await k.ok(k.who.chair, { action: 'month', month: '2026-12' })
    expect([figures(jan).signups, figures(jan).attended, figures(jan).affairs, figures(jan).suggestions]).toEqual([1, 2, 1, 1])
    expect([figures(dec).signups, figures(dec).finance, figures(dec).suggestions, figures(dec).activities]).toEqual([1, 1, 1, 0])
    const y = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    expect(y.months.slice(0, 3)).toEqual([
      { month: '2027-01', activities: 1, signups: 1, attended: 2, participants: 2, rate: 22.2 },
      { month: '2027-02', activities: 0, signups: 0, attended: 0, participants: 0, rate: 0 },
      { month: '2027-03', activities: 1, signups: 3, attended: 1, participants: 3, rate: 33.3 }
    ])
  })

  it('gives each 部门 its 人次 and 参与率 over its members on the roll, with who joined and left it', async () => {
    const r = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    const row = (unit: string) => r.units.find((u: { unit: string }) => u.unit === unit)
    // 语文组: 会员1, 会员3, 会员5 and 新老师 (joined 1 January); 会员1 and 会员3 took part
    expect(row('语文组')).toEqual({ unit: '语文组', members: 4, joined: 1, left: 0, signups: 2, attended: 2, participants: 2, rate: 50 })
    // 数学组: 会员2 took part, 会员4 cancelled, 会员6 left in July
    expect(row('数学组')).toEqual({ unit: '数学组', members: 2, joined: 0, left: 1, signups: 2, attended: 1, participants: 1, rate: 50 })
    expect(row('体育组')).toMatchObject({ members: 1, participants: 0, rate: 0 })
    const sum = (key: 'signups' | 'attended') => r.units.reduce((n: number, u: Record<string, number>) => n + u[key], 0)
    expect([sum('signups'), sum('attended')]).toEqual([k.expected.signups, k.expected.attended])
    expect(r.care).toEqual([
      { occasion: 'illness', label: expect.any(String), count: 1, amount: 500 },
      { occasion: 'festival', label: expect.any(String), count: 2, amount: 400 }
    ])
  })

  it('counts the 教代会 as the congress function does, and leaves its figures out of a month the app held none', async () => {
    const apr = figures(await k.ok(k.who.chair, { action: 'month', month: '2027-04' }))
    expect([apr['congress-meetings'], apr.proposals, apr['proposals-accepted']]).toEqual([1, 3, 2])
    const jan = figures(await k.ok(k.who.chair, { action: 'month', month: '2027-01' }))
    expect(jan.proposals).toBeUndefined()
    expect(jan['congress-meetings']).toBeUndefined()
  })

  it('a section is found by the plain name DESIGN gives it (送温暖), its heading keeping the ordinal', async () => {
    const r = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    const care = r.sections.find((s: { name: string }) => s.name === '送温暖')
    expect(care).toMatchObject({ key: 'care', title: '三、送温暖' })
    expect(care.figures.find((f: { key: string }) => f.key === 'care-amount').value).toBe(k.expected['care-amount'])
  })

  it('each figure names the list it counts (source, a string), and opens it where the app has one (page)', async () => {
    const r = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    const all = r.sections.flatMap((s: { figures: unknown[] }) => s.figures)
    expect(all.find((f: { key: string }) => f.key === 'affairs')).toMatchObject({ label: '校务公开', unit: '条', source: '2027 年发布的校务公开', page: '/pages/index/index' })
    expect(all.every((f: { source: unknown }) => typeof f.source === 'string' && f.source.startsWith('2027 年'))).toBe(true)
  })

  it('takes the year as "2027" as well as 2027, and refuses a year that is not 4 digits', async () => {
    const asNumber = await k.ok(k.who.chair, { action: 'year', year: 2027 })
    expect(await k.ok(k.who.chair, { action: 'year', year: '2027' })).toEqual(asNumber)
    expect((await k.ok(k.who.chair, { action: 'plan', year: '2030' })).year).toBe(2030)
    expect(await k.call(k.who.chair, { action: 'year', year: '27' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('4 位数字') } })
    expect(await k.call(k.who.chair, { action: 'year', year: '1999' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '年份应在 2000–2100 之间' } })
    expect(await k.call(k.who.chair, { action: 'year' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: '年份未填写' } })
  })

  it('a month with nothing in it says so (empty), and a turnout no closed ballot gives is absent, not 0', async () => {
    const aug = await k.ok(k.who.chair, { action: 'month', month: '2027-08' })
    expect(aug.empty).toBe(true)
    expect(figures(aug).turnout).toBeUndefined()
  })

  it('is the chair’s alone: a member and an officer are refused, bad input names the field', async () => {
    expect(await k.call(k.people[0].openid as string, { action: 'year', year: 2027 })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '没有权限进行此操作' } })
    expect(await k.call(k.who.officer, { action: 'export', year: 2027, format: 'docx' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await k.call(k.who.chair, { action: 'year', year: '今年' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('年份') } })
    expect(await k.call(k.who.chair, { action: 'month', month: '2027-13' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining('月份') } })
  })
})

describe('report.plan', () => {
  it('shows each planned item done (matched to what happened that month) or not; saving twice is one plan', async () => {
    const items = [
      { month: 3, title: '春季运动会', kind: 'activity' },
      { month: 1, title: '元旦联欢会' },
      { month: 6, title: '端午包粽子', kind: 'activity' },
      { month: 4, title: '财务公开', kind: 'notice' }
    ]
    await k.ok(k.who.chair, { action: 'setPlan', year: 2027, items })
    const p = await k.ok(k.who.chair, { action: 'setPlan', year: 2027, items })
    expect(p.items.map((i: { month: number; title: string; done: { date: string } | null }) => [i.month, i.title, i.done?.date ?? null])).toEqual([
      [1, '元旦联欢会', '2027-01-01'],
      [3, '春季运动会', '2027-03-20'],
      [4, '财务公开', '2027-04-02'],
      [6, '端午包粽子', null]
    ])
    expect(p.done).toBe(3)
    expect(await k.ok(k.who.chair, { action: 'plan', year: 2027 })).toEqual(p)
    expect(await k.ok(k.who.chair, { action: 'plan', year: 2030 })).toEqual({ year: 2030, items: [], done: 0 })
    expect(await k.call(k.who.chair, { action: 'setPlan', year: 2027, items: [{ month: 13, title: '秋游' }] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('月份应在 1–12 之间') }
    })
  })

  it('takes a plan item’s month as YYYY-MM of the plan’s year, and names the item whose month is another year’s', async () => {
    const p = await k.ok(k.who.chair, {
      action: 'setPlan',
      year: 2029,
      items: [
        { month: '2029-05', title: '五一健步走' },
        { month: 2, title: '迎春茶话会' }
      ]
    })
    expect(p.items.map((i: { month: number; title: string }) => [i.month, i.title])).toEqual([
      [2, '迎春茶话会'],
      [5, '五一健步走']
    ])
    expect(
      await k.call(k.who.chair, {
        action: 'setPlan',
        year: 2029,
        items: [
          { month: 3, title: '植树' },
          { month: '2028-10', title: '秋游' }
        ]
      })
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/第 2 项.*月份应在 2029 年内/) }
    })
    expect((await k.ok(k.who.chair, { action: 'plan', year: 2029 })).items).toHaveLength(2)
  })
})
