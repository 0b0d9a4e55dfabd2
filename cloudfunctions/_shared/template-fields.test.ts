import { fitTemplateData, miniprogramState } from './template-fields'

describe('subscribe-message fields', () => {
  it('cuts a long thing to 20 characters and keeps values that fit', () => {
    const r = fitTemplateData({ thing1: '关于二〇二六年秋季教职工趣味运动会报名安排的通知', time2: '2026-12-01 09:30', phrase3: '报名成功' })
    expect(r).toEqual({ ok: true, data: { thing1: { value: '关于二〇二六年秋季教职工趣味运动会报名…' }, time2: { value: '2026-12-01 09:30' }, phrase3: { value: '报名成功' } } })
    expect((r as { data: Record<string, { value: string }> }).data.thing1.value).toHaveLength(20)
  })

  it('refuses a phrase over 5 characters, a long name, a malformed time or an unknown type: the send is not attempted', () => {
    expect(fitTemplateData({ phrase1: '候补转正报名成功' }).ok).toBe(false)
    expect(fitTemplateData({ name1: '一个非常非常长的名字超过十个字' }).ok).toBe(false)
    expect(fitTemplateData({ time1: '明天上午' }).ok).toBe(false)
    expect(fitTemplateData({ color1: 'red' }).ok).toBe(false)
  })

  it('takes the mini-program state from configuration, formal unless developer or trial', () => {
    expect(miniprogramState({})).toBe('formal')
    expect(miniprogramState({ WX_MINIPROGRAM_STATE: 'trial' })).toBe('trial')
    expect(miniprogramState({ WX_MINIPROGRAM_STATE: 'nonsense' })).toBe('formal')
  })
})
