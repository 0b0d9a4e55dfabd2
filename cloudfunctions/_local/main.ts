import { serveCloud } from './serve'

/** `npm run cloud` / `npm start`: the functions over HTTP on 127.0.0.1 (see DESIGN.md, the local cloud). */
async function main(): Promise<void> {
  const staticDir = process.env.STATIC_DIR
  const served = await serveCloud({
    port: Number(process.env.PORT ?? 8787),
    dataDir: process.env.DATA_DIR ?? '.data',
    staticDir,
    env: { ...process.env },
    quiet: process.env.QUIET === '1',
    // DESIGN.md (the local cloud, setup): an empty DATA_DIR is set up by calling member.setup, as
    // production is. Under `npm run cloud` nothing calls it for you: every call answers 云环境尚未初始化
    // until a chair in UNION_CHAIR_OPENIDS does. npm start's demo seed needs the collections, so it
    // calls member.setup first (unless LOCAL_SKIP_SETUP=1, which leaves the chair 我的 → 初始化).
    autoSetup: process.env.SEED_DEMO === '1' && process.env.LOCAL_SKIP_SETUP !== '1',
    seedDemo: process.env.SEED_DEMO === '1'
  })
  console.log(`local cloud ready at http://127.0.0.1:${served.port}${staticDir ? ' (app at /)' : ''}`)
  const stop = () => void served.close().finally(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
