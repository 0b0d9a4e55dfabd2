import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { asset } from './assets'

export type FontFamily = 'Noto Sans CJK SC' | 'Noto Serif CJK SC'
const FILES = { 'Noto Sans CJK SC': 'sans-bold.otf', 'Noto Serif CJK SC': 'serif-bold.otf' } as const

/** Pixels, 4 bytes (RGBA) each, row by row. */
export interface Raster {
  width: number
  height: number
  rgba: Buffer
}

/** RGB bytes of an opaque raster (alpha dropped: every drawing here starts with an opaque background). */
export function rgbOf(r: Raster): Buffer {
  const rgb = Buffer.alloc((r.rgba.length / 4) * 3)
  for (let i = 0, k = 0; i < r.rgba.length; i += 4) {
    rgb[k++] = r.rgba[i]
    rgb[k++] = r.rgba[i + 1]
    rgb[k++] = r.rgba[i + 2]
  }
  return rgb
}

let ready: Promise<void> | null = null

/**
 * SVG → PNG with resvg compiled to WebAssembly: no native binary to match the cloud's Linux, and
 * only the fonts shipped with the function, so the image is the same on every phone and server.
 */
export async function renderRaster(svg: string, fonts: FontFamily[]): Promise<Raster> {
  // one wasm instance per warm function instance; a failed init is retried on the next call
  ready ??= initWasm(asset('resvg.wasm')).catch((e) => {
    ready = null
    throw e
  })
  await ready
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts.map((f) => asset(FILES[f])), defaultFontFamily: fonts[0], loadSystemFonts: false } as never,
    fitTo: { mode: 'original' }
  })
  try {
    const img = resvg.render()
    // copied out of wasm memory; encoded by Node's zlib (resvg's own PNG encoder is 2-3x slower)
    const raster = { width: img.width, height: img.height, rgba: Buffer.from(img.pixels) }
    img.free()
    return raster
  } finally {
    resvg.free()
  }
}
