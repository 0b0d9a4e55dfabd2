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
    autoSetup: process.env.LOCAL_SKIP_SETUP !== '1',
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
