/**
 * Once per jest run of the browser journeys: seed the demo union into a template store (each file's
 * local cloud starts over a copy of it) and start one Chromium that every file connects to.
 * Seeding at the modelled 15 ms a request took ~4 s of every file's start; a launch ~1 s.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserServer } from 'playwright-core'
import { BROWSER_WS_ENV, CHROMIUM_LAUNCH, FAILURES, SEEDED_TEMPLATE_ENV, startLocalCloud } from './support'

declare global {
  // handed from the setup to the teardown (same process)
  var __unionE2E: { browser: BrowserServer; template: string } | undefined
}

export default async function globalSetup(): Promise<void> {
  // a run's failure captures (test/support/env-e2e.js) are this run's only
  rmSync(FAILURES, { recursive: true, force: true })
  const template = mkdtempSync(join(tmpdir(), 'union-e2e-seeded-'))
  const [app, browser] = await Promise.all([startLocalCloud({ dataDir: template, readyWithinMs: 180_000, env: { RSA_POOL_SLICE: 'seed' } }), chromium.launchServer(CHROMIUM_LAUNCH)])
  await app.stop()
  globalThis.__unionE2E = { browser, template }
  // jest's workers are forked after this and inherit the environment
  process.env[SEEDED_TEMPLATE_ENV] = template
  process.env[BROWSER_WS_ENV] = browser.wsEndpoint()
}
