import { useLocalApp } from './support'

const env = useLocalApp()

it('a new phone binds with an invite code from 切换身份 and 我的 greets the member', async () => {
  const j = await env.open()
  await j.screen().waitFor()
  await j.shot('home')

  await j.tab('我的')
  await j.screen().getByText('先选一个身份').waitFor()
  await j.shot('mine-visitor')
  await j.screen().locator('.mine__bind', { hasText: '切换身份' }).click()
  await j.screen().getByText('可用的邀请码').waitFor()
  await j.shot('switch-identity')

  // the first unused invite listed: its row reads “name · unit” and shows the code
  const invite = j
    .screen()
    .locator('.list-item', { has: j.page.locator('.switch__code') })
    .first()
  const code = (await invite.locator('.switch__code').innerText()).trim()
  const name = (await invite.locator('.list-item__title').innerText()).split(' · ')[0].trim()
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)

  await j.screen().getByText('demo-new-1').click()
  await j.screen().getByText('输入邀请码').waitFor()
  await j.screen().getByPlaceholder('例如 K7M2Q9XA').fill('ABCDEFGH')
  await j.screen().locator('.bind__submit').click()
  await j.screen().getByText('邀请码不正确，请核对后再试').waitFor()
  await j.shot('bind-wrong-code')

  await j.screen().getByPlaceholder('例如 K7M2Q9XA').fill(code)
  await j.screen().locator('.bind__submit').click()
  await j.screen().locator('.mine__name', { hasText: name }).waitFor()
  await j.shot('mine-after-bind')
  await j.expectHealthy()
  await j.close()
})

it('the chair opens the member list and sees invite codes to hand out', async () => {
  const j = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
  await j.screen().locator('.mine__name', { hasText: '张丽华' }).waitFor()
  await j.shot('mine-chair')

  await j.screen().getByText('工作台', { exact: true }).click()
  await j.screen().getByText('成员名单').click()
  await j
    .screen()
    .getByText(/共 \d+ 人/)
    .waitFor()
  await j.screen().locator('.members__code').first().waitFor()
  const codes = await j.screen().locator('.members__code').allInnerTexts()
  expect(codes.length).toBeGreaterThan(0)
  expect(codes.every((c) => /^[2-9A-HJKMNP-Z]{8}$/.test(c.trim()))).toBe(true)
  await j.shot('officer-members')

  await j.screen().getByPlaceholder('搜索姓名或部门').fill('体育')
  await j.screen().getByText('王建国').waitFor()
  await j.screen().locator('.card__title', { hasText: '语文组' }).waitFor({ state: 'detached' })
  await j.expectHealthy()
  await j.close()
})
