import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHAIR, createHarness } from '../support/harness'
import { renderPage } from './harness'

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')

it('导入名单 in the mini-program offers a file from a chat, with the .xlsx reader loaded in the officer subpackage', async () => {
  const h = createHarness()
  await h.members([{ name: '王老师', unit: '语文组' }])
  const page = await renderPage('officer/pages/import/index', { openid: CHAIR, cloud: h.cloud })
  await page.waitForText('从微信聊天选文件')
  expect(page.text()).toContain('文件传输助手')
  expect(page.text()).not.toContain('选择表格文件')
  // the reader ships with the page that uses it, never in the main package
  const mainFiles = ['app.js', 'common.js', 'vendors.js', 'taro.js'].map((f) => resolve(ROOT, f)).filter(existsSync)
  expect(mainFiles.length).toBeGreaterThan(0)
  for (const f of mainFiles) expect(readFileSync(f, 'utf8')).not.toContain('sharedStrings')
  expect(readFileSync(resolve(ROOT, 'officer/pages/import/index.js'), 'utf8')).toContain('sharedStrings')
})
