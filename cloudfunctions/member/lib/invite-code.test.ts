import { InviteCode } from '../../../types/member'
import { newInviteCode } from './invite-code'

describe('invite codes', () => {
  it('are 8 readable characters without 0, O, 1, I or L', () => {
    for (let i = 0; i < 2000; i++) {
      const code = newInviteCode()
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    }
  })

  it('do not repeat in a large batch', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => newInviteCode()))
    expect(codes.size).toBe(5000)
  })

  it('accept what a member types with lower case, spaces and dashes', () => {
    expect(InviteCode.parse(' abcd-efgh ')).toBe('ABCDEFGH')
    expect(InviteCode.safeParse('ABCD0FGH').success).toBe(false)
  })
})
