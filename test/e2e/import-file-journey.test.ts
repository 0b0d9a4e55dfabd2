import writeXlsxFile from 'write-excel-file/node'
import { useLocalApp } from './support'

const env = useLocalApp()

const s = (value: string) => ({ value, type: String })

it('the chair picks a mixed .xlsx (H5: a file input stands in for chooseMessageFile), sees 3 saved and the 2 bad rows listed', async () => {
  const file = await writeXlsxFile([
    [s('性别'), s('姓名'), s('部门（单位）'), s('生日'), s('手机')],
    [s('男'), s('柯文博'), s('数学组'), { value: 27461, type: Number }, s('13800000021')],
    [s('女'), s('季晓云'), s('英语组'), s('1980/5/6'), s('')],
    [s('女士'), s('杭雨'), s('英语组'), s(''), s('')],
    [s('男'), s('岑峰'), s('体育组'), s('1992-02-30'), s('')],
    [s('女'), s('隋玲'), s('语文组'), { value: new Date(Date.UTC(1979, 10, 2)), type: Date, format: 'yyyy/m/d' } as never, s('')]
  ] as never).toBuffer()

  const j = await env.open({ as: 'demo-chair', at: '/officer/pages/import/index' })
  const chooser = j.page.waitForEvent('filechooser')
  await j.screen().getByText('选择表格文件').click()
  await (await chooser).setFiles({ name: '教职工名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file })

  await j.screen().getByText('5 行，2 行有问题').waitFor()
  await j.screen().getByText('性别请填“男”或“女”（现在是“女士”）').waitFor()
  await j.screen().getByText('生日 1992-02-30 这个日期不存在').waitFor()
  await j.shot('import-file-preview')
  await j.screen().getByText('导入 3 人').click()

  await j.screen().getByText('新增 3 人').waitFor()
  await j.screen().getByText('还有 2 行没有导入').waitFor()
  const left = await j.screen().locator('.import__left .import__line').allInnerTexts()
  expect(left.map((t) => t.trim())).toEqual(['第 4 行', '第 5 行'])
  expect(await j.screen().locator('.import__code').count()).toBe(3)
  await j.shot('import-file-done')

  const list = await env.app.call<{ items: { name: string; birthday?: string }[] }>('member', 'demo-chair', { action: 'list' })
  const byName = Object.fromEntries((list.ok ? list.data.items : []).map((m) => [m.name, m.birthday]))
  expect(byName).toMatchObject({ 柯文博: '1975-03-08', 季晓云: '1980-05-06', 隋玲: '1979-11-02' })
  expect(byName).not.toHaveProperty('杭雨')

  await j.screen().getByText('改正这些行再导入').click()
  const paste = j.screen().locator('.import__paste textarea, textarea.import__paste').first()
  expect(await paste.inputValue()).toContain('女士\t杭雨\t英语组')
  await j.expectHealthy()
  await j.close()
})
