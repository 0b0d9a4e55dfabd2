import { CHAIR, createHarness } from '../../../test/support/harness'
import { base } from '../../activity/testing'

/** The harness's day is 24 Nov 2026 in Shanghai: both have their birthday today. */
async function twoTeachers() {
  const h = createHarness()
  const [stays, leaves] = await h.members([
    { name: '陈思远', unit: '语文组', birthday: '1980-11-24', openid: 'stays' },
    { name: '刘芳', unit: '语文组', birthday: '1975-11-24', openid: 'leaves' }
  ])
  for (const p of ['stays', 'leaves']) {
    for (const templateKey of ['notice', 'greeting']) await h.ok('member', p, { action: 'subscribe', templateKey, accepted: true })
  }
  await h.ok('member', CHAIR, { action: 'deactivate', memberId: leaves.id, reason: '调离本校' })
  return { h, stays, leaves }
}

describe('an inactive member is out of every audience', () => {
  it('greeting.daily greets only the active one, and the chair’s preview lists only them', async () => {
    const { h } = await twoTeachers()
    expect(await h.cloud.fireTimer('greeting', 'daily')).toMatchObject({ ok: true, data: { done: true } })
    expect(h.cloud.outbox.filter((o) => o.templateKey === 'greeting').map((o) => o.touser)).toEqual(['stays'])
    expect((await h.ok('greeting', 'stays', { action: 'inbox' })).items.map((i: { occasion: string }) => i.occasion)).toEqual(['birthday'])
    const preview = JSON.stringify(await h.ok('greeting', CHAIR, { action: 'preview', from: '2026-11-24', days: 1 }))
    expect(preview).toContain('陈思远')
    expect(preview).not.toContain('刘芳')
  })

  it('a notice is not pushed to them, and readers does not count them unread', async () => {
    const { h } = await twoTeachers()
    const n = await h.ok('notice', CHAIR, { action: 'publish', title: '体检通知', body: '周六体检。', category: 'notice' })
    expect(h.cloud.outbox.filter((o) => o.templateKey === 'notice').map((o) => o.touser)).toEqual(['stays'])
    const r = await h.ok('notice', CHAIR, { action: 'readers', id: n.id })
    expect(r.unread.map((u: { name: string }) => u.name)).toEqual(['陈思远'])
  })

  it('cannot sign up for an activity until reactivated', async () => {
    const { h, leaves } = await twoTeachers()
    await h.ok('member', CHAIR, { action: 'setRole', memberId: (await h.members([{ name: '王委员', unit: '体育组', openid: 'officer' }]))[0].id, role: 'officer' })
    const { id } = await h.ok('activity', 'officer', { action: 'create', ...base })
    expect(await h.call('activity', 'leaves', { action: 'signup', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('停用') } })
    await h.ok('member', CHAIR, { action: 'reactivate', memberId: leaves.id })
    expect(await h.ok('activity', 'leaves', { action: 'signup', id })).toMatchObject({ status: 'confirmed' })
  })
})
