import { encodePng } from '../../_shared/image/png'
import { renderRaster } from '../../_shared/image/render'
import { esc, text, wrap } from '../../_shared/image/svg'
import type { MonthRow, OccasionRow, UnitRow } from '../../../types/report'

/** One bar: its name, its length, and the words written at its end. */
export interface Bar {
  label: string
  value: number
  text: string
}

export interface Chart {
  /** the part of the 工作总结 it illustrates */
  part: 'culture' | 'care'
  title: string
  bars: Bar[]
  /** the value a full bar stands for (100 for a rate); the largest bar when absent */
  max?: number
}

const W = 1200
const ROW = 60
const TOP = 110
const LABEL_W = 260
const RED = '#C8102E'
const INK = '#1F1F1F'
const GREY = '#5C5C5C'

/** A horizontal bar chart as SVG: one row a bar, the label left, the words at the bar's end. */
export function barsSvg(c: Chart): string {
  const h = TOP + c.bars.length * ROW + 40
  const max = c.max ?? Math.max(1, ...c.bars.map((b) => b.value))
  // room at the end of the longest bar for its words
  const room = W - LABEL_W - 420
  const parts = [`<rect width="${W}" height="${h}" fill="#FFFFFF"/>`, text(c.title, 40, 64, 40, INK)]
  c.bars.forEach((b, i) => {
    const y = TOP + i * ROW
    const len = Math.max(b.value > 0 ? 4 : 0, Math.round((b.value / max) * room))
    parts.push(text(wrap(b.label, 7, 1)[0] ?? '', LABEL_W - 20, y + 38, 28, GREY, { anchor: 'end' }))
    parts.push(`<rect x="${LABEL_W}" y="${y + 10}" width="${len}" height="${ROW - 20}" rx="6" fill="${RED}"/>`)
    parts.push(text(b.text, LABEL_W + len + 16, y + 40, 28, INK))
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${h}" viewBox="0 0 ${W} ${h}" font-family="Noto Sans CJK SC"><title>${esc(c.title)}</title>${parts.join('')}</svg>`
}

/** The chart as a PNG picture for the draft, with its title and bars written into the PNG as text too. */
export async function chartImage(c: Chart): Promise<{ image: Buffer; width: number; height: number; caption: string }> {
  const raster = await renderRaster(barsSvg(c), ['Noto Sans CJK SC'])
  const words = { Title: c.title, Description: c.bars.map((b) => `${b.label} ${b.text}`).join('；') }
  return { image: encodePng(raster, words), width: raster.width, height: raster.height, caption: `图：${c.title}` }
}

/** The three charts of the report: 人次 by month (a year only), 参与率 by unit, 慰问 by occasion; a chart with nothing to draw is left out. */
export function reportCharts(months: MonthRow[], units: UnitRow[], care: OccasionRow[]): Chart[] {
  const out: Chart[] = []
  if (months.length > 1 && months.some((m) => m.signups || m.attended))
    out.push({
      part: 'culture',
      title: '各月活动参与（报名人次）',
      bars: months.map((m) => ({ label: `${Number(m.month.slice(5))} 月`, value: m.signups, text: `${m.signups} 人次${m.rate !== undefined ? ` · ${m.rate}%` : ''}` }))
    })
  const ranked = units.filter((u) => u.rate !== undefined)
  if (ranked.some((u) => u.participants))
    out.push({
      part: 'culture',
      title: '各部门参与率',
      max: 100,
      bars: ranked.map((u) => ({ label: u.unit, value: u.rate ?? 0, text: `${u.rate}%（${u.participants}/${u.members} 人，${u.signups} 人次）` }))
    })
  if (care.length) out.push({ part: 'care', title: '慰问（按事由）', bars: care.map((c) => ({ label: c.label, value: c.count, text: `${c.count} 人次 · ${c.amount} 元` })) })
  return out
}
