import { InviteCode, MemberRow } from './member'

const messageOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message)

describe('InviteCode says what is wrong with what was typed', () => {
  it('names the look-alike characters the code never contains', () => {
    expect(messageOf(InviteCode, 'WRONG123')).toEqual(['邀请码是 8 位字母和数字，不含 0、O、1、I、L；你输入的“WRONG123”含有 O 和 1'])
    expect(messageOf(InviteCode, 'k7m2q9x0')).toEqual(['邀请码是 8 位字母和数字，不含 0、O、1、I、L；你输入的“K7M2Q9X0”含有 0'])
    expect(messageOf(InviteCode, 'K7M2Q9X#L')).toEqual(['邀请码是 8 位字母和数字，不含 0、O、1、I、L；你输入的“K7M2Q9X#L”含有 # 和 L'])
  })

  it('counts the characters when only the length is wrong, and takes a good code with spaces and dashes', () => {
    expect(messageOf(InviteCode, 'K7M2Q9')).toEqual(['邀请码是 8 位，你输入的“K7M2Q9”是 6 位'])
    expect(messageOf(InviteCode, '  ')).toEqual(['请输入邀请码'])
    expect(InviteCode.parse('k7m2-q9xa')).toBe('K7M2Q9XA')
  })
})

describe('MemberRow messages name the field', () => {
  it('says which field is missing or wrong', () => {
    expect(messageOf(MemberRow, { name: '陈思远', unit: '语文组' })).toEqual(['请填写性别（男或女）'])
    expect(messageOf(MemberRow, { name: '陈思远', unit: '语文组', gender: 'M', birthday: '1990/1/8' })).toEqual(['生日格式应为 YYYY-MM-DD，例如 1990-01-08'])
    expect(messageOf(MemberRow, { name: '陈思远', unit: '语文组', gender: 'M', lunarBirthday: { month: 13, day: 1 } })).toEqual(['农历月份在 1–12 之间'])
  })
})

describe('competition messages name the field and the problem', () => {
  it('says a prize count or a judge count must be a whole number', async () => {
    const { AddEventInput } = await import('./competition')
    const base = { competitionId: 'c1', name: '跳绳', kind: 'judged' }
    expect(messageOf(AddEventInput, { ...base, prizes: { first: 1.5, second: 1, third: 1 } })).toEqual(['一等奖名额必须是整数'])
    expect(messageOf(AddEventInput, { ...base, judges: 2.5 })).toEqual(['评委人数必须是整数'])
  })
})
