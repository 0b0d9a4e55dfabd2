import type { Ctx } from '../ctx'

/** What the poster shows to scan. */
export type PosterCode = { png: Buffer } | { qr: string }

/**
 * The mini-program code for page?scene: WeChat's wxacode.getUnlimited where the platform offers it
 * (production; scene is at most 32 visible characters, so it carries the bare id), else a QR of the
 * path with its query (the local cloud and H5, where a phone's camera opens the link).
 */
export async function posterCode(ctx: Pick<Ctx, 'openapi'>, page: string, query: Record<string, string>, scene: string): Promise<PosterCode> {
  if (ctx.openapi.getUnlimited) {
    const { buffer } = await ctx.openapi.getUnlimited({ scene, page, width: 430 })
    return { png: buffer }
  }
  return { qr: `${page}?${new URLSearchParams(query).toString()}` }
}
