import { useLocalApp } from './support'

const env = useLocalApp()

/** 陈思远 (语文组) is demo-member-1 in the seed. */
it('the chair unbinds a teacher’s lost phone, the new phone binds with the new code; the chair deactivates, then reactivates', async () => {
  const chair = await env.open({ as: 'demo-chair', at: '/officer/pages/members/index' })
  await chair
    .screen()
    .getByText(/共 \d+ 人/)
    .waitFor()
  await chair.screen().getByPlaceholder('搜索姓名或部门').fill('陈思远')
  await chair.screen().locator('.list-item__title', { hasText: '陈思远' }).click()
  await chair.screen().getByText('邀请码与绑定').waitFor()
  await chair.shot('members-panel')

  await chair.screen().getByText('解除绑定', { exact: true }).click()
  await chair.page.locator('.taro-modal__foot').getByText('解除').click()
  const code = (await chair.screen().locator('.members__fresh-code').innerText()).trim()
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
  await chair.shot('members-unbound')

  // the old phone is a stranger now
  const old = await env.open({ as: 'demo-member-1', at: '/pages/mine/index' })
  await old.screen().getByText('还没有绑定会员身份').waitFor()
  await old.close()

  const phone = await env.open({ as: 'chen-new-phone', at: '/pages/bind/index' })
  await phone.screen().getByPlaceholder('例如 K7M2Q9XA').fill(code)
  await phone.screen().locator('.bind__submit').click()
  await phone.screen().locator('.mine__name', { hasText: '陈思远' }).waitFor()
  await phone.shot('mine-new-phone')

  await chair.screen().getByText('调离本校', { exact: true }).click()
  await chair.screen().getByText('停用会员', { exact: true }).click()
  await chair.page.locator('.taro-modal__foot').getByText('停用').click()
  await chair
    .screen()
    .getByText(/已停用：调离本校/)
    .waitFor()
  await chair.shot('members-deactivated')

  await phone.goto('/pages/index/index')
  await phone
    .screen()
    .getByText(/你的会员身份已停用/)
    .waitFor()
  await phone.goto('/pages/mine/index')
  await phone.screen().getByText('会员身份已停用', { exact: true }).waitFor()
  await phone.shot('mine-inactive')

  await chair.screen().getByText('恢复会员', { exact: true }).click()
  await chair.page.locator('.taro-modal__foot').getByText('恢复').click()
  await chair.screen().getByText('停用会员', { exact: true }).waitFor()

  await phone.goto('/pages/index/index')
  await phone.goto('/pages/mine/index')
  await phone.screen().getByText('我的报名').waitFor()
  await chair.expectHealthy()
  await phone.expectHealthy()
  await chair.close()
  await phone.close()
})
