/**
 * Issue 15, "every mistake can be undone": the 督导室 records a step once however often it is
 * tapped, corrects it or takes it back the same day, and the member's board follows.
 */
import { setAppClock, submitSuggestion, useLocalApp } from './support'

const env = useLocalApp()

const setClock = (now: string | null) => setAppClock(env.app, now)

it('the chair double-taps a forward to the wrong department, corrects it, then withdraws it; the board follows; next day it is fixed', async () => {
  const { number } = await submitSuggestion(env.app, 'demo-member-1', '建议周末把体育馆开放给教职工和家属，可以预约登记。', '其他')

  const chair = await env.open({ as: 'demo-chair', at: `/officer/pages/suggestion-handle/index?number=${number}` })
  const handle = chair.page.locator('.handle:visible')
  await handle.getByText('记录这一步').waitFor()
  await handle.getByText('已转交', { exact: true }).click()
  await handle.getByText('教务处', { exact: true }).click()
  await handle.getByText('一周后', { exact: true }).click()
  await handle.locator('.handle__reply textarea').first().fill('已转教务处')
  await handle.getByText('记录这一步').dblclick()
  const item = handle.locator('.suggestion-item')
  await item.getByText('已转教务处').waitFor()
  // give a second tap's request time to land before counting
  await chair.page.waitForTimeout(1500)
  await chair.page.reload()
  await item.getByText('已转教务处').waitFor()
  expect(await item.locator('.suggestion-item__step', { hasText: '已转交' }).count()).toBe(1)
  await chair.shot('suggestion-step-recorded')

  // 修改: the department and the text, in place
  await item.getByText('修改', { exact: true }).click()
  const editor = handle.locator('.handle__fix-reply textarea')
  await editor.fill('已转后勤处，请一周内答复')
  await handle.locator('input.handle__fix-department').fill('后勤处')
  await chair.shot('suggestion-step-editing')
  await handle.getByText('保存修改').click()
  await item.getByText('已转后勤处，请一周内答复').waitFor()
  expect(await item.innerText()).toContain('已转交 · 后勤处')
  await chair.expectHealthy()

  const zhou = await env.open({ as: 'demo-member-2', at: '/pages/suggestions/index' })
  const mine = zhou.page.locator('.suggestions:visible .suggestion-item', { hasText: number })
  await mine.getByText('已转后勤处，请一周内答复').waitFor()
  expect(await mine.innerText()).not.toContain('教务处')
  await mine.scrollIntoViewIfNeeded()
  await zhou.shot('suggestion-step-corrected-board')

  // 撤回: asked first, then gone from the board, and the status goes back to 已收到
  await item.getByText('撤回', { exact: true }).click()
  await chair.page.locator('.taro-model__confirm').click()
  await item.getByText('已转后勤处，请一周内答复').waitFor({ state: 'detached' })
  await zhou.page.reload()
  await zhou.page.locator('.suggestions:visible .suggestion-item', { hasText: number }).getByText('已收到').waitFor()
  expect(await zhou.page.locator('.suggestions:visible .suggestion-item', { hasText: number }).innerText()).not.toContain('后勤处')

  // a step recorded today can no longer be changed tomorrow: no 修改 / 撤回 are offered
  await handle.getByText('已采纳', { exact: true }).click()
  await handle.locator('.handle__reply textarea').first().fill('同意，周末试行开放')
  await handle.getByText('记录这一步').click()
  await item.getByText('同意，周末试行开放').waitFor()
  expect(await item.getByText('修改', { exact: true }).count()).toBe(1)
  await setClock(new Date(Date.now() + 86_400_000).toISOString())
  try {
    await chair.page.reload()
    await item.getByText('同意，周末试行开放').waitFor()
    expect(await item.getByText('修改', { exact: true }).count()).toBe(0)
    expect(await item.getByText('撤回', { exact: true }).count()).toBe(0)
  } finally {
    await setClock(null)
  }
  await chair.expectHealthy()
  for (const j of [chair, zhou]) await j.close()
}, 150_000)
