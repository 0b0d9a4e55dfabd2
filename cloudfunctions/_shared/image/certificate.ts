import { encodePng } from './png'
import { imagesPdf, pdfImage, type PdfImage } from './pdf'
import { renderRaster, type Raster } from './render'
import { text, wrap } from './svg'

/** A4 landscape at 120 dpi: sharp on paper, light enough to save on a phone. */
export const CERT_WIDTH = 1403
export const CERT_HEIGHT = 992

export interface CertificateSpec {
  union: string
  competition: string
  event: string
  /** 第一名 / 一等奖 */
  prize: string
  /** The winner: a member's name, or the unit for a team event */
  name: string
  /** The member's unit, said after their name */
  unit?: string
  /** 2026年12月1日 (Beijing) */
  date: string
}

const RED = '#B5121B'
const GOLD = '#C9A227'
const SERIF = 'Noto Serif CJK SC'

/** The 奖状: red border with a gold rule, 奖状 in red, the citation, the union and the date over a seal. */
function certificateSvg(c: CertificateSpec): string {
  const W = CERT_WIDTH
  const H = CERT_HEIGHT
  const who = c.unit && c.unit !== c.name ? `${c.name}（${c.unit}）` : c.name
  const citation = wrap(`在${c.union}${c.competition}「${c.event}」中表现优异，荣获`, 22, 2)
  const parts = [
    `<rect width="${W}" height="${H}" fill="#FFFBF2"/>`,
    `<rect x="28" y="28" width="${W - 56}" height="${H - 56}" fill="none" stroke="${RED}" stroke-width="24"/>`,
    `<rect x="58" y="58" width="${W - 116}" height="${H - 116}" fill="none" stroke="${GOLD}" stroke-width="5"/>`,
    `<rect x="70" y="70" width="${W - 140}" height="${H - 140}" fill="none" stroke="${GOLD}" stroke-width="1.5"/>`,
    text('奖  状', W / 2, 240, 120, RED, { anchor: 'middle', family: SERIF, spacing: 30 }),
    text(`${who}：`, 180, 380, 52, '#222', { family: SERIF })
  ]
  let y = 470
  for (const line of citation) {
    parts.push(text(line, 280, y, 44, '#222', { family: SERIF }))
    y += 68
  }
  parts.push(text(c.prize, W / 2, y + 90, 96, RED, { anchor: 'middle', family: SERIF, spacing: 16 }))
  parts.push(text('特发此状，以资鼓励。', 280, y + 190, 40, '#222', { family: SERIF }))
  // the seal sits behind the signature, as a stamped 公章 does
  const sx = W - 330
  const sy = H - 200
  parts.push(`<circle cx="${sx}" cy="${sy}" r="92" fill="none" stroke="${RED}" stroke-width="7" opacity="0.85"/>`)
  parts.push(text('★', sx, sy + 22, 64, RED, { anchor: 'middle', family: SERIF }))
  parts.push(text(c.union, sx, sy - 14, 40, '#222', { anchor: 'middle', family: SERIF }))
  parts.push(text(c.date, sx, sy + 62, 36, '#222', { anchor: 'middle', family: SERIF }))
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`
}

const rasterOf = (c: CertificateSpec): Promise<Raster> => renderRaster(certificateSvg(c), [SERIF])

/** One 奖状 as a PNG carrying its words (iTXt Title, Description). */
export async function drawCertificate(c: CertificateSpec): Promise<Buffer> {
  const who = c.unit && c.unit !== c.name ? `${c.name}（${c.unit}）` : c.name
  return encodePng(await rasterOf(c), { Title: `奖状 ${c.competition} ${c.event} ${c.prize}`, Description: `${who} ${c.union} ${c.competition} ${c.event} ${c.prize} ${c.date}` })
}

/**
 * Certificates as one PDF, a page each on A4 landscape: the chair prints them in one go from any
 * computer or phone, which a zip (unpack first) or one tall image (cut by hand) would not allow.
 */
export async function certificatesPdf(certs: CertificateSpec[], title: string): Promise<Buffer> {
  const pages: PdfImage[] = []
  for (const c of certs) pages.push(pdfImage(await rasterOf(c)))
  return imagesPdf(pages, title)
}
