import { encodePng } from './png'
import { renderRaster } from './render'
import { qrSvg } from './qr-svg'
import { pngImage, text, wrap } from './svg'

export const POSTER_WIDTH = 750
export const POSTER_HEIGHT = 1334

export interface PosterSpec {
  /** What it is, above the title: 活动报名 / 比赛 */
  kind: string
  title: string
  /** Label → value rows: 时间, 地点, 名额 … (empty values are left out) */
  rows: { label: string; value: string }[]
  union: string
  /** The code to scan: WeChat's mini-program code as a PNG, or a QR of this text (a page path) */
  code: { png: Buffer } | { qr: string }
  /** Under the code */
  hint: string
}

const RED = '#C8102E'
const INK = '#1F1F1F'
const GREY = '#5C5C5C'

/** A 750×1334 poster (a phone screen at 2x): red head, title, rows, the code to scan, the union's name. */
export async function drawPoster(p: PosterSpec): Promise<Buffer> {
  const W = POSTER_WIDTH
  const title = wrap(p.title, 12, 2)
  const parts: string[] = [
    `<rect width="${W}" height="${POSTER_HEIGHT}" fill="#FFF8F0"/>`,
    `<rect width="${W}" height="260" fill="${RED}"/>`,
    text(p.union, W / 2, 100, 40, '#FFE7A8', { anchor: 'middle', spacing: 4 }),
    text(p.kind, W / 2, 190, 56, '#FFFFFF', { anchor: 'middle', spacing: 8 })
  ]
  let y = 360
  for (const line of title) {
    parts.push(text(line, W / 2, y, 56, INK, { anchor: 'middle' }))
    y += 76
  }
  parts.push(`<rect x="60" y="${y}" width="${W - 120}" height="3" fill="${RED}"/>`)
  y += 60
  const codeSize = 280
  const codeY = POSTER_HEIGHT - 110 - codeSize
  for (const row of p.rows.filter((r) => r.value)) {
    // the code's place is fixed; rows that would run into it are left out
    const lines = wrap(row.value, 13.5, 2)
    if (y + 48 * (lines.length - 1) > codeY - 40) break
    parts.push(text(row.label, 80, y, 34, GREY))
    for (const line of lines) {
      parts.push(text(line, 210, y, 34, INK))
      y += 46
    }
    y += 18
  }
  const codeX = (W - codeSize) / 2
  parts.push('png' in p.code ? pngImage(p.code.png, codeX, codeY, codeSize) : qrSvg(p.code.qr, codeX, codeY, codeSize))
  parts.push(text(p.hint, W / 2, codeY + codeSize + 56, 32, GREY, { anchor: 'middle' }))
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${POSTER_HEIGHT}" viewBox="0 0 ${W} ${POSTER_HEIGHT}">${parts.join('')}</svg>`
  return encodePng(await renderRaster(svg, ['Noto Sans CJK SC']), { Title: p.title, Description: [p.kind, ...p.rows.map((r) => `${r.label} ${r.value}`), p.union].join('\n') })
}
