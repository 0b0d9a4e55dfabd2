import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { LocalCloud } from './cloud'
import { seedDemo } from './seed'
import { createLocalServer } from './server'
import { scheduleTimers } from './timers'

/** `npm run cloud` / `npm start`: the functions over HTTP on 127.0.0.1 (see DESIGN.md, the local cloud). */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787)
  const dataDir = resolve(process.env.DATA_DIR ?? '.data')
  const staticDir = process.env.STATIC_DIR ? resolve(process.env.STATIC_DIR) : undefined
  mkdirSync(dataDir, { recursive: true })
  const env = { ...process.env }
  // LOCAL_SKIP_SETUP=1 leaves an empty DATA_DIR as a first deploy finds it: the chair sees 初始化 on 我的
  const cloud = new LocalCloud({ dataDir, env, quiet: process.env.QUIET === '1', autoSetup: process.env.LOCAL_SKIP_SETUP !== '1' })
  // an empty DATA_DIR is set up by member.setup, as production is (LocalCloud.start)
  await cloud.ready
  if (process.env.SEED_DEMO === '1' && cloud.store.names().length > 0 && (await seedDemo(cloud))) console.log('seeded demo data into', dataDir)
  const server = createLocalServer(cloud, { staticDir, filesDir: cloud.filesDir })
  scheduleTimers(cloud, resolve(__dirname, '..'))
  server.listen(port, '127.0.0.1', () => {
    console.log(`local cloud ready at http://127.0.0.1:${port}${staticDir ? ' (app at /)' : ''}`)
  })
  const stop = () => server.close(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
