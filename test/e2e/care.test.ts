import readXlsxFile from 'read-excel-file/node'
import { useLocalApp } from './support'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const env = useLocalApp()

it('a 慰问员 reports a hospital stay, another records 500 元, the chair sees the year, a member signs for a gift, the chair exports the 签收表', async () => {
  // 王建国 (officer, not a 慰问员) is offered no way into care, which is the chair's and the 慰问员's
  const officer = await env.open({ as: 'demo-officer-1', at: '/pages/my-care/index' })
  await officer.screen().getByText('工会的关怀').waitFor()
  expect(await officer.screen().getByText('报告会员情况').count()).toBe(0)
  expect(await officer.screen().getByText('送温暖工作台').count()).toBe(0)
  await officer.expectHealthy()

  // 李晓梅 (officer and 慰问员) reports 孙浩's hospital stay from the 送温暖工作台
  const reporter = await env.open({ as: 'demo-officer-2', at: '/pages/my-care/index' })
  await reporter.screen().getByText('送温暖工作台').click()
  await reporter.page.locator('.care').filter({ visible: true }).getByText('报告情况', { exact: true }).click()
  const report = reporter.page.locator('.care-record').filter({ visible: true })
  await report.getByPlaceholder('输入姓名或部门查找').fill('孙浩')
  await report.getByText('孙浩', { exact: true }).click()
  await report.locator('textarea').fill('胆囊手术，住市一院 6 楼')
  await reporter.shot('care-report')
  await report.getByText('报告', { exact: true }).click()
  await reporter.page.getByText(/已报告，请在 \d{2}-\d{2} 前走访/).waitFor()
  await reporter.expectHealthy()

  // 黄雅琴 (a member tagged 慰问员) finds the task in the 工作台 and records the visit at the standard 500 元
  const carer = await env.open({ as: 'demo-member-3', at: '/pages/my-care/index' })
  await carer.screen().getByText('送温暖工作台').click()
  const bench = carer.page.locator('.care').filter({ visible: true })
  await bench.getByText('孙浩 · 生病住院').click()
  const form = carer.page.locator('.care-record').filter({ visible: true })
  await form.getByText('孙浩（语文组）').waitFor()
  // the rule's standard amount is filled in once the rules have loaded
  await form.getByText('标准 500 元，每人每年不超过 1000 元').waitFor()
  expect(await form.locator('input[type="number"]').inputValue()).toBe('500')
  await form.getByText('孙浩今年已领「生病住院」0 元（0 次），上限 1000 元').waitFor()
  await carer.shot('care-record')
  await form.getByText('登记', { exact: true }).click()
  await carer.page.getByText('已登记').waitFor()
  await carer.expectHealthy()

  // the chair sees the year's totals: the seed's three visits (1500 元) and this one
  const chair = await env.open({ as: 'demo-chair', at: '/officer/pages/care/index' })
  const year = chair.page.locator('.care__year').filter({ visible: true })
  await year.getByText('2000 元').waitFor()
  expect(await year.innerText()).toContain('生病住院 3 人次 1500 元')
  await chair.shot('care-bench')

  // 陈思远 confirms the 中秋 gift on his phone
  const member = await env.open({ as: 'demo-member-1', at: '/pages/my-care/index' })
  await member.screen().getByText('确认领取').click()
  await member.screen().getByText('已领取', { exact: true }).waitFor()
  await member.shot('care-mine')
  await member.expectHealthy()

  // the chair exports the 签收表 and it reads back with 陈思远's own confirmation
  await chair.goto('/officer/pages/care-distribution/index')
  const dist = chair.page.locator('.care-distribution').filter({ visible: true })
  await dist.getByText(/已签收 4\/\d+/).waitFor()
  await chair.shot('care-distribution')
  const download = chair.page.waitForEvent('download')
  await dist.getByText('导出签收表（Excel）').click()
  // the run's shared Chromium is connected to, not launched: a download is saved to a path of ours
  const file = join(mkdtempSync(join(tmpdir(), 'care-e2e-')), 'sign-sheet.xlsx')
  await (await download).saveAs(file)
  const rows = await readXlsxFile(file)
  expect(rows[0]).toEqual(['序号', '姓名', '部门', '物品', '签收时间', '经办人'])
  expect(rows.find((r) => r[1] === '陈思远')?.[5]).toBe('本人确认')
  expect(rows.find((r) => r[1] === '赵敏')?.[5]).toBe('李晓梅')
  await chair.expectHealthy()
  for (const j of [officer, reporter, carer, chair, member]) await j.close()
}, 180000)
