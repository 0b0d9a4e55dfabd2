// npm start: build the H5 app (when the sources are newer than the build) and serve it with the
// functions on the local cloud at http://127.0.0.1:$PORT, seeding demo data into an empty DATA_DIR.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const h5 = join(root, process.env.H5_DIST ?? 'dist/h5')

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

const index = join(h5, 'index.html')
const stale = !existsSync(index) || Math.max(newest(join(root, 'src')), newest(join(root, 'types'))) > statSync(index).mtimeMs
if (stale && process.env.SKIP_BUILD !== '1') {
  console.log('building the H5 app…')
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const child = spawn('npx', ['tsx', join(root, 'cloudfunctions/_local/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { SEED_DEMO: '1', ...process.env, STATIC_DIR: h5 }
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
