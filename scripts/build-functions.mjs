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

export async function buildFunctions() {
  rmSync(out, { recursive: true, force: true })
  const sizes = {}
  for (const fn of functionNames()) {
    const dir = join(out, fn)
    mkdirSync(dir, { recursive: true })
    await build({
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
      logLevel: 'warning'
    })
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: fn, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~3.0.1' } }, null, 2) + '\n')
    copyFileSync(join(src, fn, 'config.json'), join(dir, 'config.json'))
    sizes[fn] = statSync(join(dir, 'index.js')).size
  }
  return sizes
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const sizes = await buildFunctions()
  for (const [fn, size] of Object.entries(sizes)) console.log(`${fn.padEnd(12)} ${(size / 1024).toFixed(1)} KB`)
}
