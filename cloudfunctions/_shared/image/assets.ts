import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Files the renderer reads at run time. In a bundle (scripts/build-functions.mjs) they sit in
 * <function>/image/ beside index.js; from source, the fonts beside this module and the wasm in
 * node_modules.
 */
export type Asset = 'sans-bold.otf' | 'serif-bold.otf' | 'resvg.wasm'

const cache = new Map<Asset, Buffer>()

function pathOf(name: Asset): string {
  const bundled = join(__dirname, 'image', name)
  if (existsSync(bundled)) return bundled
  if (name === 'resvg.wasm') return join(__dirname, '../../../node_modules/@resvg/resvg-wasm/index_bg.wasm')
  return join(__dirname, 'fonts', name)
}

/** Read once per warm instance: a font is 3-4 MB. */
export function asset(name: Asset): Buffer {
  let b = cache.get(name)
  if (!b) {
    b = readFileSync(pathOf(name))
    cache.set(name, b)
  }
  return b
}
