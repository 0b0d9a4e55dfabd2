import type { Ballot } from '../../../types/ballot'
import { takeToken, vote } from '../../../test/support/ballot-voter'
import { CHAIR, createHarness } from '../../../test/support/harness'

jest.setTimeout(120_000)

describe('ballot.turnout: live counts for the electorate, names for the chair alone', () => {
  it('a voter and an officer see { eligible, voted } as ballots come in; the chair also sees who has not taken one; an outsider is refused', async () => {
    const h = createHarness()
    const [a, b, c, officer] = await h.members([
      { name: '陈思远', unit: '语文组', openid: 'chen' },
      { name: '周婷', unit: '语文组', openid: 'zhou' },
      { name: '李明', unit: '语文组', openid: 'li' },
      { name: '王委员', unit: '体育组', role: 'officer', openid: 'officer' }
    ])
    try {
      const ballot = await h.ok<Ballot>('ballot', CHAIR, {
        action: 'create',
        title: '语文组教研方向',
        kind: 'poll',
        options: ['阅读', '写作'],
        electorate: { units: ['语文组'] },
        closesAt: '2026-11-25T10:00:00.000Z'
      })
      const id = ballot.id
      expect(await h.ok('ballot', a.openid!, { action: 'turnout', id })).toEqual({ eligible: 3, voted: 0 })
      await vote(h, ballot, a.openid!, { picks: [0] })
      await takeToken(h, ballot, b.openid!)
      // live: the count moves with each ballot cast, and never says whose
      expect(await h.ok('ballot', c.openid!, { action: 'turnout', id })).toEqual({ eligible: 3, voted: 1 })
      expect(await h.ok('ballot', officer.openid!, { action: 'turnout', id })).toEqual({ eligible: 3, voted: 1 })
      const chair = await h.ok('ballot', CHAIR, { action: 'turnout', id })
      expect(chair).toEqual({ eligible: 3, voted: 1, taken: 2, notTaken: [{ memberId: c.id, name: '李明', unit: '语文组' }] })
      await h.members([{ name: '刘芳', unit: '数学组', openid: 'liu' }])
      expect(await h.call('ballot', 'liu', { action: 'turnout', id })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '只有这次投票的投票人可以查看投票进度' } })
    } finally {
      await h.cloud.close()
    }
  })
})
