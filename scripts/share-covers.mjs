// Draws the share covers (src/assets/share) once; run by hand after changing one: node scripts/share-covers.mjs
// 500x400 (WeChat's 5:4 share card), flat colours so each PNG stays small, words large enough to read as a chat thumbnail.
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const out = fileURLToPath(new URL('../src/assets/share', import.meta.url))
const red = '#c8161d'
const covers = {
  notice: { glyph: '通', word: '工会通知', note: '点开查看全文', bg: red },
  activity: { glyph: '报', word: '活动报名', note: '点开看名额，一键报名', bg: red },
  board: { glyph: '赛', word: '实时成绩', note: '各部门得分随时更新', bg: '#a30f15' },
  medals: { glyph: '奖', word: '奖牌榜', note: '金银铜牌与获奖名单', bg: '#a30f15' },
  suggestion: { glyph: '议', word: '建议公开栏', note: '每条建议都有答复', bg: '#177340' },
  greeting: { glyph: '福', word: '工会祝福', note: '学校工会送上心意', bg: red },
  ballot: { glyph: '票', word: '投票结果', note: '结果公开，人人可核对', bg: '#1f2329' },
  proposal: { glyph: '案', word: '教代会提案', note: '立案、答复与满意度', bg: '#2457c5' }
}

const html = ({ glyph, word, note, bg }) => `<html><body style="margin:0">
<div style="width:500px;height:400px;background:${bg};color:#fff;font-family:'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei',sans-serif;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:18px">
  <div style="width:150px;height:150px;border-radius:75px;background:#fff;color:${bg};font-size:96px;font-weight:700;line-height:150px;text-align:center">${glyph}</div>
  <div style="font-size:64px;font-weight:700;letter-spacing:6px">${word}</div>
  <div style="font-size:30px;color:#fdeeee">${note}</div>
</div></body></html>`

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 500, height: 400 }, deviceScaleFactor: 1 })
for (const [name, cover] of Object.entries(covers)) {
  await page.setContent(html(cover))
  await page.screenshot({ path: `${out}/${name}.png` })
}
await browser.close()
