import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

it('实时成绩 shows places 1, 1, 3 and the unit table, and picks up a newly published event by itself', async () => {
  const h = createHarness()
  await h.members([{ name: '陈思远', unit: '语文组', gender: 'M', openid: 'phone-chen' }])
  const comp = await h.ok('competition', CHAIR, { action: 'create', title: '2026年秋季教职工运动会', units: ['语文组', '数学组', '体育组', '后勤处'] })
  const sprint = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '100米', kind: 'timed', category: '男子' })
  const jump = await h.ok('competition', CHAIR, { action: 'addEvent', competitionId: comp.id, name: '立定跳远', kind: 'measured', category: '女子' })
  const record = (eventId: string, unit: string, name: string, value: string) => h.ok('competition', CHAIR, { action: 'recordResult', eventId, unit, name, value })
  await record(sprint.id, '语文组', '陈思远', '12.31')
  await record(sprint.id, '数学组', '吴强', '12.31')
  await record(sprint.id, '体育组', '罗勇', '12.80')
  await h.ok('competition', CHAIR, { action: 'publish', eventId: sprint.id })
  // recorded but not published: members must not see it
  await record(jump.id, '后勤处', '彭秀英', '1.68')

  const page = await renderPage('pages/competition-board/index', { openid: 'phone-chen', cloud: h.cloud, query: { id: comp.id } })
  await page.waitForText('团体总分')
  await page.waitForText('男子100米')
  const text = page.text()
  expect(text).toContain('2026年秋季教职工运动会')
  expect(text).toContain('已公布 1/2 项')
  expect(text).toContain('每 10 秒自动刷新')
  // places in order: 1 陈思远, 1 吴强, 3 罗勇
  expect(text).toMatch(/1\s*陈思远.*1\s*吴强.*3\s*罗勇/)
  expect(text).toMatch(/1\s*语文组\s*1\s*0\s*0\s*6.*1\s*数学组\s*1\s*0\s*0\s*6.*3\s*体育组\s*0\s*0\s*1\s*4/)
  expect(text).not.toContain('彭秀英')

  await h.ok('competition', CHAIR, { action: 'publish', eventId: jump.id })
  await page.waitForText('彭秀英', 15_000)
  expect(page.text()).toContain('已公布 2/2 项')

  await page.tap('.board__more')
  expect(page.calls.find((c) => c.api === 'navigateTo')?.args.url).toMatch(/^\/pages\/competition-awards\/index\?id=/)
}, 30_000)
