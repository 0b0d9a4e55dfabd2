import { deflateSync } from 'node:zlib'
import { rgbOf, type Raster } from './render'

/** A page's image, already compressed: a sports day's worth of raw rasters would not fit in 256 MB. */
export interface PdfImage {
  width: number
  height: number
  /** RGB bytes through zlib (FlateDecode) */
  data: Buffer
}

/** Compresses a raster for a PDF page, so the raster itself can go. */
export const pdfImage = (r: Raster): PdfImage => ({ width: r.width, height: r.height, data: deflateSync(rgbOf(r), { level: 3 }) })

/** A4 landscape in points. */
const PAGE = { w: 841.89, h: 595.28 }

/**
 * One PDF of full-page images, a page each, A4 landscape: written by hand (a catalog, a page tree,
 * per page an image XObject and a one-line content stream) because that is all it needs, and raw
 * pixels through zlib take ~0.1 s a page where a PDF library re-decoding PNGs took ~0.8 s.
 */
export function imagesPdf(pages: PdfImage[], title: string): Buffer {
  const objs: Buffer[] = []
  const add = (b: Buffer | string) => objs.push(typeof b === 'string' ? Buffer.from(b, 'latin1') : b) // object number = index + 1
  const n = pages.length
  // 1 catalog, 2 pages, 3 info, then per page: page, content, image
  const kids = pages.map((_, i) => `${4 + 3 * i} 0 R`).join(' ')
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`)
  // the title as UTF-16BE with BOM, hex: PDF's way to carry Chinese in a text string
  add(`<< /Title <FEFF${Buffer.from(title, 'utf16le').swap16().toString('hex')}> /Producer (union-helper) >>`)
  pages.forEach((r, i) => {
    const content = `q ${PAGE.w} 0 0 ${PAGE.h} 0 0 cm /Im0 Do Q`
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.w} ${PAGE.h}] /Resources << /XObject << /Im0 ${6 + 3 * i} 0 R >> >> /Contents ${5 + 3 * i} 0 R >>`)
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    const data = r.data
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${r.width} /Height ${r.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
          'latin1'
        ),
        data,
        Buffer.from('\nendstream', 'latin1')
      ])
    )
  })
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  const offsets: number[] = []
  let pos = parts[0].length
  objs.forEach((o, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), o, Buffer.from('\nendobj\n', 'latin1')])
    offsets.push(pos)
    parts.push(b)
    pos += b.length
  })
  const xref = [`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('')
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${pos}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(parts)
}
