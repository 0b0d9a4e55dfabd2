// Bundles each cloud function (cloudfunctions/<fn>/index.ts) with esbuild into a folder that uploads
// as it is: index.js, package.json whose only dependency is wx-server-sdk, config.json.
import { build } from 'esbuild'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const src = join(root, 'cloudfunctions')
const out = resolve(root, process.env.FUNCTIONS_OUTPUT ?? 'dist/cloudfunctions')

export function functionNames() {
  return readdirSync(src).filter((d) => !d.startsWith('_') && existsSync(join(src, d, 'index.ts')))
}

const IMAGE_ASSETS = {
  'sans-bold.otf': 'cloudfunctions/_shared/image/fonts/sans-bold.otf',
  'serif-bold.otf': 'cloudfunctions/_shared/image/fonts/serif-bold.otf',
  'resvg.wasm': 'node_modules/@resvg/resvg-wasm/index_bg.wasm',
  // the fonts' licence travels with them (SIL OFL 1.1)
  'OFL.txt': 'cloudfunctions/_shared/image/fonts/OFL.txt'
}

function copyImageAssets(to) {
  mkdirSync(to, { recursive: true })
  for (const [name, from] of Object.entries(IMAGE_ASSETS)) copyFileSync(join(root, from), join(to, name))
}

/** Bytes of a folder, every file in it. */
const folderSize = (d) => readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? folderSize(join(d, e.name)) : statSync(join(d, e.name)).size), 0)

export async function buildFunctions() {
  rmSync(out, { recursive: true, force: true })
  const sizes = {}
  for (const fn of functionNames()) {
    const dir = join(out, fn)
    mkdirSync(dir, { recursive: true })
    const { metafile } = await build({
      entryPoints: [join(src, fn, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      // the platform installs the SDK from package.json; everything else is bundled in
      external: ['wx-server-sdk'],
      logLevel: 'warning',
      metafile: true
    })
    // server-drawn images (posters, 奖状) read their fonts and the renderer's wasm beside index.js
    if (Object.keys(metafile.inputs).some((p) => p.startsWith('cloudfunctions/_shared/image/'))) copyImageAssets(join(dir, 'image'))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: fn, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~3.0.1' } }, null, 2) + '\n')
    copyFileSync(join(src, fn, 'config.json'), join(dir, 'config.json'))
    sizes[fn] = statSync(join(dir, 'index.js')).size
    if (existsSync(join(dir, 'image'))) sizes[`${fn} images`] = folderSize(join(dir, 'image'))
  }
  return sizes
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const sizes = await buildFunctions()
  for (const [fn, size] of Object.entries(sizes)) console.log(`${fn.padEnd(12)} ${(size / 1024).toFixed(1)} KB`)
}
