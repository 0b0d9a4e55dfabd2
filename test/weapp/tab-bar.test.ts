/**
 * The tab bar shows an icon with each word (older eyes find a tab by its picture), and the icons
 * are files WeChat accepts: present in the build, PNG, at most 40 KB each.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
const app = JSON.parse(readFileSync(join(ROOT, 'app.json'), 'utf8')) as { tabBar: { list: { text: string; iconPath?: string; selectedIconPath?: string }[] } }

it.each(app.tabBar.list.map((t) => [t.text, t] as const))('%s has an icon and a selected icon', (_text, tab) => {
  for (const icon of [tab.iconPath, tab.selectedIconPath]) {
    expect(icon).toMatch(/\.png$/)
    const file = join(ROOT, icon!)
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
    expect(statSync(file).size).toBeLessThanOrEqual(40 * 1024)
  }
  expect(tab.iconPath).not.toBe(tab.selectedIconPath)
})
