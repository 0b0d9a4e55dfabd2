import { deflateSync } from 'node:zlib'
import { rgbOf, type Raster } from './render'

/** PNG writing and reading, with iTXt chunks (UTF-8) so a drawn image also carries its words. */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}

/** An 8-bit RGB PNG of an opaque raster, with iTXt chunks keyword → text. */
export function encodePng(r: Raster, words: Record<string, string> = {}): Buffer {
  const rgb = rgbOf(r)
  const stride = r.width * 3
  const rows = Buffer.alloc((stride + 1) * r.height)
  // filter type 0 (none) on every row: flat drawings compress well without prediction
  for (let y = 0; y < r.height; y++) rgb.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride)
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(r.width, 0)
  ihdr.writeUInt32BE(r.height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  // keyword \0, compression flag 0, method 0, language tag \0, translated keyword \0, text
  const itxt = Object.entries(words).map(([k, v]) => chunk('iTXt', Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(v, 'utf8')])))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...itxt, chunk('IDAT', deflateSync(rows, { level: 6 })), chunk('IEND', Buffer.alloc(0))])
}

/** The iTXt chunks of a PNG, keyword → text. */
export function textOf(png: Buffer): Record<string, string> {
  const out: Record<string, string> = {}
  for (let pos = 8; pos + 8 <= png.length;) {
    const len = png.readUInt32BE(pos)
    if (png.toString('latin1', pos + 4, pos + 8) === 'iTXt') {
      const data = png.subarray(pos + 8, pos + 8 + len)
      const z = data.indexOf(0)
      const lang = data.indexOf(0, z + 3)
      const translated = data.indexOf(0, lang + 1)
      out[data.toString('latin1', 0, z)] = data.toString('utf8', translated + 1)
    }
    pos += 12 + len
  }
  return out
}

/** Width and height from IHDR. */
export function sizeOf(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}
