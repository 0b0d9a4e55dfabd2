import { CHAIR, createHarness } from '../../../test/support/harness'

describe('greeting templates', () => {
  it("the chair's text is used for the next cards, with placeholders filled", async () => {
    const h = createHarness({ now: '2026-09-30T23:00:00.000Z' })
    await h.members([{ name: '甲', unit: '语文组', openid: 'a' }])
    const { template } = await h.ok('greeting', CHAIR, { action: 'setTemplate', occasion: 'national-day', text: '{name}老师，{occasion}快乐！' })
    expect(template).toMatchObject({ occasion: 'national-day', custom: true, enabled: true })
    await h.cloud.fireTimer('greeting', 'daily')
    expect((await h.ok('greeting', 'a', { action: 'inbox' })).items[0].text).toBe('甲老师，国庆节快乐！')
  })

  it('lists every occasion with its audience, warm built-in texts until the chair changes them', async () => {
    const h = createHarness()
    const { items } = await h.ok('greeting', CHAIR, { action: 'templates' })
    expect(items).toHaveLength(12)
    expect(items.find((t: { occasion: string }) => t.occasion === 'womens-day')).toMatchObject({ audience: 'women', custom: false, enabled: true })
    expect(items.find((t: { occasion: string }) => t.occasion === 'double-ninth')).toMatchObject({ audience: 'retirees' })
  })

  it('switching an occasion off keeps its text', async () => {
    const h = createHarness()
    await h.ok('greeting', CHAIR, { action: 'setTemplate', occasion: 'lantern', text: '元宵快乐，{name}' })
    const { template } = await h.ok('greeting', CHAIR, { action: 'setTemplate', occasion: 'lantern', enabled: false })
    expect(template).toMatchObject({ enabled: false, text: '元宵快乐，{name}' })
  })

  it('the chair previews a draft card filled with a sample', async () => {
    const h = createHarness()
    const r = await h.ok('greeting', CHAIR, { action: 'previewCard', occasion: 'anniversary', text: '{name}，入会{years}年啦', name: '王老师' })
    expect(r).toEqual({ occasion: 'anniversary', label: '入会纪念日', title: '入会纪念日', text: '王老师，入会10年啦' })
  })

  it.each([
    [{ text: '祝{nam}生日快乐' }, '{nam}'],
    [{ text: '   ' }, '请填写祝福语'],
    [{}, '请填写祝福语或开关'],
    [{ text: '好', enabled: 'yes' }, '开关']
  ])('refuses %j naming what is wrong, and writes nothing', async (patch, words) => {
    const h = createHarness()
    const before = await h.snapshot()
    const r = await h.call('greeting', CHAIR, { action: 'setTemplate', occasion: 'birthday', ...patch })
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: expect.stringContaining(words) } })
    expect(await h.snapshot()).toBe(before)
  })

  it('refuses an unknown occasion, and the preview of a bad draft', async () => {
    const h = createHarness()
    expect(await h.call('greeting', CHAIR, { action: 'setTemplate', occasion: 'christmas', text: '好' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('未知的节日') }
    })
    expect(await h.call('greeting', CHAIR, { action: 'previewCard', occasion: 'birthday', text: '{age}岁生日快乐' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })

  it('members and officers cannot see or change templates', async () => {
    const h = createHarness()
    await h.members([
      { name: '甲', unit: '语文组', openid: 'a' },
      { name: '乙', unit: '语文组', openid: 'o', role: 'officer' }
    ])
    const before = await h.snapshot()
    for (const who of ['a', 'o']) {
      expect(await h.call('greeting', who, { action: 'templates' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await h.call('greeting', who, { action: 'setTemplate', occasion: 'birthday', text: '好' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await h.call('greeting', who, { action: 'previewCard', occasion: 'birthday' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await h.snapshot()).toBe(before)
  })
})
