/** Test helper (not bundled: only tests import it): the text of the QR code in a PNG. */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export function readQr(png: Buffer): string | null {
  const img = PNG.sync.read(png)
  return jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)?.data ?? null
}
