import { CHAIR, createHarness } from '../../../test/support/harness'

describe('member.update', () => {
  it('the chair corrects a member’s name, unit, gender, birthday and phone', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '陈思源', unit: '语文组', openid: 'chen' }])
    const r = await h.ok('member', CHAIR, { action: 'update', memberId: m.id, name: '陈思远', unit: '数学组', gender: 'M', birthday: '1980-03-08', phone: '13900000000' })
    expect(r.member).toMatchObject({ name: '陈思远', unit: '数学组', gender: 'M', birthday: '1980-03-08', phone: '13900000000' })
    expect(await h.ok('member', 'chen', { action: 'me' })).toMatchObject({ member: { name: '陈思远', unit: '数学组' } })
    // and back again: every correction can be undone
    const back = await h.ok('member', CHAIR, { action: 'update', memberId: m.id, phone: null })
    expect(back.member.phone).toBeUndefined()
  })

  it('names the field that is wrong, and writes nothing', async () => {
    const h = createHarness()
    const [m] = await h.members([{ name: '甲', unit: '语文组' }])
    const before = await h.snapshot()
    const bad = async (fields: Record<string, unknown>) => {
      const r = await h.call('member', CHAIR, { action: 'update', memberId: m.id, ...fields })
      return r.ok ? 'ok' : `${r.error.code} ${r.error.message}`
    }
    expect(await bad({ name: ' ' })).toBe('BAD_REQUEST 姓名：请填写姓名')
    expect(await bad({ unit: '很长的部门名字很长的部门名字很长的部门名字' })).toBe('BAD_REQUEST 部门最多 20 个字')
    expect(await bad({ gender: 'X' })).toBe('BAD_REQUEST 性别只能是 F（女）或 M（男）')
    expect(await bad({ birthday: '1980-02-30' })).toBe('BAD_REQUEST 生日：日期不存在')
    expect(await bad({ lunarBirthday: { month: 13, day: 1 } })).toBe('BAD_REQUEST 农历生日 农历月份在 1–12 之间')
    expect(await bad({ phone: '12345' })).toBe('BAD_REQUEST 手机号应为 11 位数字')
    expect(await h.snapshot()).toBe(before)
  })

  it('refuses a rename onto another member of the same unit', async () => {
    const h = createHarness()
    const [a] = await h.members([
      { name: '王芳', unit: '语文组' },
      { name: '王芳', unit: '数学组' }
    ])
    expect(await h.call('member', CHAIR, { action: 'update', memberId: a.id, unit: '数学组' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('a member edits only their own birthday (solar or lunar) and phone', async () => {
    const h = createHarness()
    const [, other] = await h.members([
      { name: '甲', unit: '语文组', openid: 'a' },
      { name: '乙', unit: '语文组', openid: 'b' }
    ])
    const lunar = await h.ok('member', 'a', { action: 'update', lunarBirthday: { month: 8, day: 15 }, phone: '13800000000' })
    expect(lunar.member).toMatchObject({ lunarBirthday: { month: 8, day: 15 }, phone: '13800000000' })
    const solar = await h.ok('member', 'a', { action: 'update', birthday: '1985-06-01', lunarBirthday: null })
    expect(solar.member.lunarBirthday).toBeUndefined()
    expect(await h.call('member', 'a', { action: 'update', name: '丙' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '姓名、部门和性别由工会主席维护' } })
    expect(await h.call('member', 'a', { action: 'update', memberId: other.id, phone: '13800000001' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
