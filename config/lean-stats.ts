import type { Compiler } from 'webpack'

/** What a stats object lists when its caller leaves it unsaid: no per-module or per-chunk detail. */
const LEAN = ['modules', 'chunks', 'chunkModules', 'chunkGroups', 'reasons', 'source', 'usedExports', 'providedExports', 'optimizationBailout', 'chunkOrigins'] as const

/**
 * Taro's build reporter and its H5 logger read a build's errors and warnings through
 * webpack-format-messages, which asks for the whole stats JSON (`stats.toJson({}, true)`: every
 * module, chunk and reason) and then keeps only those two lists. Twice per H5 build, once per weapp
 * build, that was ~3 of a build's ~41 CPU-s (StatsFactory, measured with --cpu-prof). Webpack applies
 * its defaults in `statsNormalize` after this plugin's tap, so the options a caller does name still
 * hold: the asset table Taro prints is unchanged.
 */
export class LeanStats {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('LeanStats', (compilation) => {
      compilation.hooks.statsNormalize.tap('LeanStats', (options: Record<string, unknown>) => {
        // a caller that asked for everything (or nothing) by name gets what it asked for
        if (options.all !== undefined) return
        for (const key of LEAN) if (options[key] === undefined) options[key] = false
      })
    })
  }
}
