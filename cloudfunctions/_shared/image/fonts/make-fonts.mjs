// Makes the fonts the server-drawn images ship with (run once; the output is checked in):
//   node cloudfunctions/_shared/image/fonts/make-fonts.mjs
// Source: Debian's fonts-noto-cjk (SIL Open Font License 1.1). Each font is the Simplified Chinese
// face of the collection, subset to GB2312 (6,763 汉字 and 682 symbols) plus printable ASCII, so a
// function carries 2.9 MB (sans) and 4.0 MB (serif) instead of 20-27 MB. Hinting is dropped: resvg draws
// outlines unhinted. A character outside GB2312 (e.g. 喆, 堃) has no glyph and is left out of the drawing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import subsetFont from 'subset-font'

const SRC = '/usr/share/fonts/opentype/noto'
const OUT = new URL('.', import.meta.url).pathname
const FONTS = [
  // [collection, face index of "CJK SC" (fc-list -f '%{index} %{family[0]}'), output]
  ['NotoSansCJK-Bold.ttc', 2, 'sans-bold.otf'],
  ['NotoSerifCJK-Bold.ttc', 2, 'serif-bold.otf']
]

/** Every character of GB2312: rows 0xA1-0xF7, cells 0xA1-0xFE, decoded by the WHATWG gbk decoder (a superset). */
export function gb2312Text() {
  const dec = new TextDecoder('gbk', { fatal: true })
  let text = ''
  for (let hi = 0xa1; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      try {
        const ch = dec.decode(Uint8Array.of(hi, lo))
        if (!/[\ufffd\ue000-\uf8ff]/.test(ch)) text += ch
      } catch {
        // an unassigned cell
      }
    }
  for (let c = 0x20; c < 0x7f; c++) text += String.fromCharCode(c)
  // the dot in 2026·11 and the full-width forms are in GB2312 already; these are not
  return text + '·–—•…¥'
}

/** One face of an OpenType collection as a standalone font: its table directory, its tables copied. */
function faceOf(ttc, index) {
  const offset = ttc.readUInt32BE(12 + 4 * index)
  const numTables = ttc.readUInt16BE(offset + 4)
  const tables = []
  for (let i = 0; i < numTables; i++) {
    const rec = offset + 12 + 16 * i
    tables.push({ tag: ttc.subarray(rec, rec + 4), checksum: ttc.readUInt32BE(rec + 4), off: ttc.readUInt32BE(rec + 8), len: ttc.readUInt32BE(rec + 12) })
  }
  const head = Buffer.alloc(12 + 16 * numTables)
  ttc.copy(head, 0, offset, offset + 12)
  let pos = head.length
  const bodies = []
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i
    t.tag.copy(head, rec)
    head.writeUInt32BE(t.checksum, rec + 4)
    head.writeUInt32BE(pos, rec + 8)
    head.writeUInt32BE(t.len, rec + 12)
    const padded = Buffer.alloc((t.len + 3) & ~3)
    ttc.copy(padded, 0, t.off, t.off + t.len)
    bodies.push(padded)
    pos += padded.length
  })
  return Buffer.concat([head, ...bodies])
}

const text = gb2312Text()
for (const [file, index, out] of FONTS) {
  const face = faceOf(readFileSync(join(SRC, file)), index)
  const subset = await subsetFont(face, text, { targetFormat: 'sfnt', noHinting: true })
  writeFileSync(join(OUT, out), subset)
  console.log(`${out} ${(subset.length / 1024).toFixed(0)} KB (${[...text].length} characters)`)
}
