import QRCode from 'qrcode'

// apart from svg.ts: qrcode (and the pngjs it brings) is for posters only, so the report's charts
// do not carry it (57 KB of the report bundle)
/** A QR code of value as SVG squares, size px wide with a 4-module quiet zone on white. */
export function qrSvg(value: string, x: number, y: number, size: number): string {
  const qr = QRCode.create(value, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const cell = size / (n + 8)
  let d = ''
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) d += `M${(c + 4) * cell} ${(r + 4) * cell}h${cell}v${cell}h-${cell}z`
  return `<g transform="translate(${x} ${y})"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000" shape-rendering="crispEdges"/></g>`
}
