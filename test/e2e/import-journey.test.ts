import { useLocalApp } from './support'

const env = useLocalApp()

const sheet = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n')

it('the chair pastes rows from a spreadsheet, fixes a bad row, imports and gets invite codes', async () => {
  const j = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
  await j.screen().getByText('工作台', { exact: true }).click()
  await j.screen().getByText('导入名单').click()
  const paste = j.screen().locator('.import__paste textarea, textarea.import__paste').first()
  await paste.waitFor()

  const header = ['姓名', '部门', '性别', '生日', '农历生日', '退休', '手机']
  await paste.fill(sheet([header, ['吕新', '数学组', '男', '1991/3/9', '', '否', ''], ['贾玉', '英语组', '女士', '1992-02-30', '八月十五', '否', '1380000']]))
  await j.screen().getByText('检查名单').click()
  await j.screen().getByText('2 行，1 行有问题').waitFor()
  await j.screen().getByText('性别请填“男”或“女”（现在是“女士”）').waitFor()
  await j.shot('import-preview-errors')

  await paste.fill(sheet([header, ['吕新', '数学组', '男', '1991/3/9', '', '否', ''], ['贾玉', '英语组', '女', '1992-02-28', '八月十五', '否', '13800000009']]))
  await j.screen().getByText('检查名单').click()
  await j.screen().getByText('导入 2 人').click()
  await j.screen().getByText('导入完成').waitFor()
  const codes = await j.screen().locator('.import__code').allInnerTexts()
  expect(codes).toHaveLength(2)
  expect(codes.every((c) => /^[2-9A-HJKMNP-Z]{8}$/.test(c.trim()))).toBe(true)
  await j.shot('import-done')

  const list = await env.app.call('member', 'demo-chair', { action: 'list', q: '贾玉' })
  expect(list.ok && list.data.items[0]).toMatchObject({ name: '贾玉', unit: '英语组', gender: 'F', lunarBirthday: { month: 8, day: 15 }, phone: '13800000009' })
  await j.expectHealthy()
  await j.close()
})
