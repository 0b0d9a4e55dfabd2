import { resolve } from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { LeanStats } from './lean-stats'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * One folder per platform under dist/. TARO_OUTPUT_ROOT replaces it so engineers building in
 * parallel (or tests) don't overwrite each other's output.
 */
function outputRoot(): string {
  if (process.env.TARO_OUTPUT_ROOT) return process.env.TARO_OUTPUT_ROOT
  return process.env.TARO_ENV === 'h5' ? 'dist/h5' : 'dist/weapp'
}

/** types/ (the zod contract shared with the functions) lives outside src but is compiled with it. */
const SHARED = [resolve(__dirname, '..', 'types')]

/**
 * Taro's mini build runs babel on src/ and on @tarojs packages only; every other node_modules
 * package lands in vendors.js as published. These ship syntax newer than the phones parse (zod 3:
 * `?.`, `??`, async, object spread, optional catch binding, `**`), so they go through babel-preset-taro
 * and its weapp targets (babel.config.js) too. test/weapp/syntax.test.ts names any new one. Paths, not
 * RegExps: Taro's config check rejects a RegExp in compile.include.
 */
const MODERN_DEPS = ['zod'].map((name) => resolve(__dirname, '..', 'node_modules', name))

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'union-helper',
    date: '2026-11-24',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: outputRoot(),
    plugins: [],
    // TARO_APP_* from .env (or the shell, which wins) reach the app as process.env.* without
    // listing them here; the cloud env id is read in src/config.ts.
    defineConstants: {},
    // share covers (scripts/share-covers.mjs): imageUrl takes a package path, never an inlined data URL
    copy: { patterns: [{ from: 'src/assets/share', to: `${outputRoot()}/assets/share` }], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // persistent cache would be shared by parallel builds into different output roots
    cache: { enable: false },
    // TARO_NO_MINIFY=1 (npm test's builds): the same code unminified, in a good part less build time;
    // what ships, and `npm run bench sizes`, is minified
    ...(process.env.TARO_NO_MINIFY === '1' ? { terser: { enable: false }, csso: { enable: false } } : {}),
    mini: {
      compile: { include: [...SHARED, ...MODERN_DEPS] },
      // components style only their own BEM classes, so the order shared chunks' CSS lands in
      // doesn't matter; without this every page that shares components logs a conflict
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('lean-stats').use(LeanStats)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // the local cloud serves dist/h5 with an index.html fallback only for extension-less paths;
      // hash routing keeps every page reload on '/'
      router: { mode: 'hash' },
      // View/Text/Button/Input/Image render as plain React DOM instead of Stencil web components:
      // a lighter page for phones, and the same components the ui tests render in jsdom
      useHtmlComponents: true,
      compile: { include: SHARED },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('lean-stats').use(LeanStats)
        // Taro's H5 split (webpack5-runner H5Combination) shares modules between initial chunks only,
        // and every page is an async chunk: each of the 53 pages carried its own zod, contract and
        // components (18 of dist/h5's 22 MB were copies). Async chunks share them too.
        const split = chain.optimization.get('splitChunks')
        if (split) chain.optimization.splitChunks({ ...split, chunks: 'all' })
      }
    }
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
