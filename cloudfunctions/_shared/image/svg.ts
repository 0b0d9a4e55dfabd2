/** Text as SVG character data. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Width in em, near enough for wrapping: CJK and full-width forms 1, ASCII about 0.55. */
export function emWidth(s: string): number {
  let w = 0
  for (const ch of s) w += ch.charCodeAt(0) < 0x2000 ? 0.55 : 1
  return w
}

/** Lines of at most maxEm, at most maxLines; a cut last line ends in …. */
export function wrap(s: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of s.replace(/\s+/g, ' ').trim()) {
    if (emWidth(line + ch) > maxEm) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = kept[maxLines - 1].slice(0, -1) + '…'
  return kept
}

/** One line of text; anchor middle centres on x. */
export function text(s: string, x: number, y: number, size: number, fill: string, opts: { anchor?: 'start' | 'middle' | 'end'; family?: string; spacing?: number } = {}): string {
  const family = opts.family ? ` font-family="${opts.family}"` : ''
  const spacing = opts.spacing ? ` letter-spacing="${opts.spacing}"` : ''
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}" text-anchor="${opts.anchor ?? 'start'}"${family}${spacing} font-weight="bold">${esc(s)}</text>`
}

/** An embedded PNG (the mini-program code from WeChat). */
export const pngImage = (png: Buffer, x: number, y: number, size: number) => `<image x="${x}" y="${y}" width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/>`
