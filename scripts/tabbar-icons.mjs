// Draws the tab bar's icons (src/assets/tabbar) once; run by hand after changing one: node scripts/tabbar-icons.mjs
import { fileURLToPath } from 'node:url'
const out = fileURLToPath(new URL('../src/assets/tabbar', import.meta.url))
import { chromium } from 'playwright-core'
// simple line icons drawn as SVG, 24-unit grid, rendered at 81x81 (WeChat's recommended tab icon size)
const icons = {
  home: '<path d="M3 10.5 12 3l9 7.5"/><path d="M5 9.5V20h5v-6h4v6h5V9.5"/>',
  activity: '<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/><path d="M8 14.5l2.5 2.5 5-5"/>',
  suggestion: '<path d="M4 5h16v11H9l-5 4z"/><path d="M8 9.5h8M8 12.5h5"/>',
  mine: '<circle cx="12" cy="8.5" r="4"/><path d="M4.5 20c1.2-4 4.2-6 7.5-6s6.3 2 7.5 6"/>'
}
const colours = { '': '#5f6673', '-on': '#c8161d' }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 })
for (const [name, body] of Object.entries(icons)) {
  for (const [suffix, colour] of Object.entries(colours)) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 24 24" fill="none" stroke="${colour}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg></body></html>`
    )
    await page.screenshot({ path: `${out}/${name}${suffix}.png`, omitBackground: true })
  }
}
await browser.close()
