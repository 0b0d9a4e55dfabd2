import { useLocalApp } from './support'

const env = useLocalApp()

it('the chair’s 工作总结 draws its charts with F2 in the browser, each with its numbers beside it', async () => {
  const chair = await env.open({ as: 'demo-chair', at: '/officer/pages/report/index' })
  const page = chair.page
  await page.getByText('一、民主管理').waitFor()
  await page.getByText('慰问（按事由）').waitFor()
  // F2 drew: the chart says so, and its canvas holds painted (non-transparent) pixels
  const care = page.locator('.chart[data-drawn="true"]').filter({ hasText: '慰问（按事由）' })
  await care.waitFor()
  const painted = await care.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++
    return n
  })
  expect(painted).toBeGreaterThan(500)
  expect(await care.innerText()).toMatch(/\d+ 人次 · \d+ 元/)
  await page.getByText('各月活动参与').scrollIntoViewIfNeeded()
  await chair.shot('report-charts')
  await care.scrollIntoViewIfNeeded()
  await chair.shot('report-charts-care')
  await chair.expectHealthy()
})
