import { useLocalApp } from './support'

const env = useLocalApp()

/** 01:30 on 15 Sep 2027 in Shanghai: 中秋, and 刘芳 (demo-member-6) keeps her birthday on 八月十五. */
const MID_AUTUMN_2027 = '2027-09-14T17:30:00.000Z'

async function post(path: string, body?: unknown) {
  const r = await fetch(env.app.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  return r.json()
}

it("on 刘芳's lunar birthday the trigger greets her once, and she opens the card from 我的 → 我的祝福", async () => {
  await post('/_local/clock', { now: MID_AUTUMN_2027 })
  const fired = await post('/_local/timer/greeting/daily')
  expect(fired).toMatchObject({ ok: true, data: { date: '2027-09-15', done: true } })
  // the trigger firing again (as it does every ten minutes in the morning) sends nothing new
  expect(await post('/_local/timer/greeting/daily')).toMatchObject({ ok: true, data: { created: 0 } })

  const liu = await env.open({ as: 'demo-member-6', at: '/pages/mine/index' })
  await liu.screen().getByText('我的祝福', { exact: true }).click()
  await liu.screen().getByText('共 2 张贺卡').waitFor()
  await liu.shot('greeting-inbox')
  await liu.screen().locator('.greetings__item', { hasText: '生日快乐' }).click()
  await liu.screen().locator('.gcard__title', { hasText: '生日快乐' }).waitFor()
  expect(await liu.text()).toContain('亲爱的刘芳老师')
  await liu.shot('greeting-card-birthday')
  await liu.expectHealthy()

  await liu.goto('/pages/greetings/index')
  await liu.screen().locator('.greetings__item', { hasText: '中秋快乐' }).click()
  await liu.screen().locator('.gcard__moon').waitFor()
  await liu.shot('greeting-card-mid-autumn')
  await liu.expectHealthy()

  // someone else's card link shows nothing of it
  const id = decodeURIComponent(new URL(liu.page.url().replace('#', '')).searchParams.get('id')!)
  const chen = await env.open({ as: 'demo-member-1', at: `/pages/greeting-card/index?id=${encodeURIComponent(id)}` })
  await chen.screen().getByText('没有找到这张贺卡').waitFor()
  for (const j of [liu, chen]) await j.close()
})

it("the chair sees the coming month's greetings, edits a template and reads the counts", async () => {
  await post('/_local/clock', { now: '2027-09-01T01:00:00.000Z' })
  const chair = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
  await chair.screen().getByText('工作台', { exact: true }).click()
  await chair.screen().getByText('祝福日历').click()
  await chair.screen().getByText('中秋节').first().waitFor()
  expect(await chair.text()).toContain('刘芳（语文组）')
  await chair.shot('greeting-calendar')
  await chair.expectHealthy()

  await chair.screen().getByText('祝福模板').click()
  await chair.screen().locator('.gtpl__item', { hasText: '教师节' }).waitFor()
  await chair.shot('greeting-templates')
  await chair.screen().locator('.gtpl__item', { hasText: '教师节' }).locator('.gtpl__text').click()
  await chair.screen().locator('.gtpl-edit textarea').fill('{name}老师：{occasion}快乐，您辛苦了！')
  await chair.screen().getByText('预览', { exact: true }).click()
  await chair.screen().locator('.gtpl-edit__card-text').waitFor()
  expect(await chair.screen().locator('.gtpl-edit__card-text').innerText()).toBe('张丽华老师：教师节快乐，您辛苦了！')
  await chair.shot('greeting-template-preview')
  await chair.screen().locator('.gtpl-edit textarea').fill('{姓名}老师节日快乐')
  await chair.screen().getByText('保存', { exact: true }).click()
  await chair.screen().locator('.gtpl-edit__problem', { hasText: '不认识的占位符 {姓名}' }).waitFor()
  await chair.shot('greeting-template-problem')
  await chair.expectHealthy()

  await chair.goto('/officer/pages/greeting-stats/index')
  await chair.screen().getByText('人次（全年）').waitFor()
  await chair.shot('greeting-stats')
  await chair.expectHealthy()
  await chair.close()
  await post('/_local/clock', { now: null })
})
