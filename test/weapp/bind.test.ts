import { createHarness } from '../support/harness'
import { renderPage } from './harness'

it('绑定 binds this WeChat with an invite code and goes to 我的', async () => {
  const h = createHarness()
  const [m] = await h.members([{ name: '陈思远', unit: '语文组', openid: null }])
  const page = await renderPage('pages/bind/index', { openid: 'new-phone', cloud: h.cloud })
  await page.waitForText('输入邀请码')
  expect(page.component.querySelector('.bind__input')).toBeTruthy()

  await page.input('.bind__input', 'ABCDEFGH')
  await page.tap('.bind__submit')
  await page.waitForText('邀请码不正确')

  await page.input('.bind__input', m.inviteCode)
  await page.tap('.bind__submit')
  await page.waitForText('欢迎你，陈思远')
  expect(page.calls).toContainEqual({ api: 'switchTab', args: expect.objectContaining({ url: '/pages/mine/index' }) })
  const me = await h.ok<{ member: { name: string } }>('member', 'new-phone', { action: 'me' })
  expect(me.member.name).toBe('陈思远')
})
