import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__unionE2E
  if (!run) return
  await run.browser.close()
  rmSync(run.template, { recursive: true, force: true })
}
