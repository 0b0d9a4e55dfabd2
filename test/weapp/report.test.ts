import { yearKit } from '../../cloudfunctions/report/testing'
import { CHAIR } from '../support/harness'
import { renderPage } from './harness'

it('工作总结 renders on the phone: 2027 in the outline, a figure tapped names its list and opens it, the plan and the exports', async () => {
  const k = await yearKit()
  const page = await renderPage('officer/pages/report/index', { openid: CHAIR, cloud: k.h.cloud })
  await page.waitForText('年工作计划')
  const shown = Number(/(\d{4}) 年/.exec(page.text())![1])
  for (let y = shown; y !== 2027; y += y < 2027 ? 1 : -1) {
    await page.tap(y < 2027 ? '下一年 ›' : '‹ 上一年')
    await page.waitForText(`${y < 2027 ? y + 1 : y - 1} 年`)
  }
  await page.waitForText('组织活动2次')
  const text = page.text()
  for (const words of [
    '一、民主管理',
    '校务公开1条',
    '报名人次4人次',
    '参加人次3人次',
    '慰问金900元',
    '投票率33.3%',
    '在册会员8人',
    '各月活动参与',
    '3 人次 · 33.3%',
    '各部门参与率',
    '50%（2/4）',
    '慰问（按事由）',
    '2 人次 · 400 元',
    '召开教代会1次',
    '收到提案3件',
    '教代会代表3人',
    '2027 年工作计划',
    '导出 Word 总结',
    '导出 Excel 台账'
  ])
    expect(text).toContain(words)
  // the charts' canvases are on the page (2d, the kind F2 draws on); simulate draws nothing, so the tables carry the numbers
  const canvases = [...page.component.dom.querySelectorAll('wx-canvas, canvas')]
  expect(canvases.length).toBe(3)
  await page.tap('组织活动')
  await page.settle()
  const modal = page.calls.find((c) => c.api === 'showModal')
  expect(String(modal?.args.content)).toContain('2027 年举办的活动（不含已取消）')
  expect(page.calls.find((c) => c.api === 'switchTab')?.args.url).toBe('/pages/activities/index')
}, 120000)
