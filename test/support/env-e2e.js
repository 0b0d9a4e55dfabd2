// The journeys' environment: node, with playwright-core loaded once per worker, outside jest's
// module registry, for test/e2e/support.ts to take. Loaded inside the registry it cost every file
// 0.57 CPU-s again (a 3 MB bundle compiled afresh per file, 29 files). Likewise the worker's one
// local-cloud host (cloudfunctions/_local/host.ts), started with the worker's first journey file.
const { spawn } = require('node:child_process')
const { mkdirSync, writeFileSync } = require('node:fs')
const { basename, join } = require('node:path')
const { TestEnvironment } = require('jest-environment-node')
const playwright = require('playwright-core')

const REPO = join(__dirname, '..', '..')

/** The worker's host process: start(options) → port, stop(port), output() (all it has printed). */
let host
const alive = () => !!host && host.child.exitCode === null && host.child.connected
function cloudHost() {
  if (alive()) return host
  // pregenerated RSA keys, as the journeys' other clouds (test/support/rsa-pool-preload.ts)
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', join(REPO, 'test', 'support', 'rsa-pool-preload.ts'), join(REPO, 'cloudfunctions', '_local', 'host.ts')], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc']
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const pending = new Map()
  let next = 0
  child.on('message', (r) => {
    const p = pending.get(r.id)
    pending.delete(r.id)
    if (!p) return
    if (r.error) p.reject(new Error(`local cloud host: ${r.error}`))
    else p.resolve(r.port)
  })
  const failAll = (why) => {
    for (const p of pending.values()) p.reject(new Error(`local cloud host ${why}:\n${output}`))
    pending.clear()
  }
  child.on('exit', (code) => failAll(`exited (${code})`))
  // a send into a channel that has just closed fails the file that asked, not the worker
  child.on('error', (e) => failAll(`failed (${e.message})`))
  // the worker never waits on its host
  child.unref()
  for (const s of [child.stdout, child.stderr]) s.unref?.()
  child.channel?.unref?.()
  const ask = (msg) =>
    new Promise((resolve, reject) => {
      const id = ++next
      pending.set(id, { resolve, reject })
      child.send({ id, ...msg })
    })
  host = {
    child,
    start: (options) => ask({ op: 'start', options }),
    stop: (port) => ask({ op: 'stop', port }),
    output: () => output
  }
  return host
}

module.exports = class E2EEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.testPath = context.testPath
    this.global.__playwright = playwright
    // a host that has died took its clouds with it: stopping one there is done
    this.global.__cloudHost = { start: (o) => cloudHost().start(o), stop: async (p) => (alive() ? host.stop(p) : undefined), output: () => host?.output() ?? '' }
    // the phones a journey has open (test/e2e/support.ts openJourney adds and removes them)
    this.global.__openPhones = new Set()
  }

  /**
   * A journey attempt that fails (before its retry, and for good) leaves what each of its phones
   * showed at that moment: test-results/failures/<test>-<attempt>-<phone>.png and the visible text
   * in the log, so a failure that the retry passes can still be explained.
   */
  async handleTestEvent(event) {
    // an earlier attempt's phones are left open when it fails: capture only this attempt's
    if (event.name === 'test_fn_start') this.global.__openPhones.clear()
    if (event.name !== 'test_fn_failure') return
    const slug = (s, n) => s.slice(0, n).replace(/[^\p{L}\p{N}]+/gu, '-')
    const name = `${slug(basename(this.testPath, '.test.ts'), 24)}-${slug(event.test.name, 40)}-${event.test.invocations}`
    // test/e2e/support.ts FAILURES (this file loads outside jest's registry, before any TypeScript)
    const dir = join(REPO, 'test-results', 'failures')
    let i = 0
    for (const phone of this.global.__openPhones) {
      const file = join(dir, `${name}-${++i}.png`)
      try {
        mkdirSync(dir, { recursive: true })
        const text = await phone.page.locator('body').innerText({ timeout: 5000 })
        await phone.page.screenshot({ path: file, fullPage: true, scale: 'css', timeout: 5000 })
        writeFileSync(file.replace(/\.png$/, '.txt'), `${phone.page.url()}\n\n${text}\n`)
        process.stderr.write(
          `\n── ${event.test.name} (attempt ${event.test.invocations}) failed; phone ${i} (${phone.as ?? 'no identity'}) at ${phone.page.url()} showed (${file}):\n${text.slice(0, 1500)}\n`
        )
      } catch (e) {
        process.stderr.write(`\n── phone ${i} could not be captured: ${e.message}\n`)
      }
    }
  }
}
