/**
 * Browser journeys: the local cloud (as `npm start` runs it) serving the H5 build, driven by
 * Chromium through playwright-core.
 *
 *   const env = useLocalApp()               // starts both before the file's tests, stops both after
 *
 *   it('…', async () => {
 *     await env.app.call('notice', 'demo-chair', { action: 'list' })   // set up data over HTTP
 *     // opened straight at a route (a fresh load, as a shared link opens): a hash change right after
 *     // the home page booted was sometimes lost on a loaded machine, leaving the home page on top
 *     const j = await env.open({ as: 'demo-chair', at: '/pages/mine/index' })
 *     await j.goto('/officer/pages/members/index')   // later moves; or j.tab('我的')
 *     await j.screen().getByText('成员名单').click()
 *     await j.shot('chair-members')
 *     await j.expectHealthy()          // no console errors, nothing wider than the phone
 *   })
 *
 * Env: H5_DIST (default dist/h5) is the build served at /; CHROMIUM (default: CHROMIUM_BINARY below).
 *
 * One run starts Chromium and seeds the demo data once (./global-setup.ts): each file gets its own
 * local cloud over a copy of that seeded store and its own browser contexts on the shared Chromium,
 * so files stay independent without each paying for a seed and a browser launch.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Playwright from 'playwright-core'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import type { ServeOptions } from '../../cloudfunctions/_local/serve'
import { submitAs, type Caller, type Submitted } from '../support/suggestion-phone'

const REPO = resolve(__dirname, '..', '..')
// the worker's playwright-core (test/support/env-e2e.js), else this registry's own (the global setup)
const { chromium } = ((globalThis as { __playwright?: typeof Playwright }).__playwright ?? require('playwright-core')) as typeof Playwright
export const SCREENSHOTS = join(REPO, 'test-results', 'screenshots')
/** Where a failing journey attempt leaves its phones' screens (written by test/support/env-e2e.js, outside this registry). */
export const FAILURES = join(REPO, 'test-results', 'failures')
export const PHONE = { width: 375, height: 812 }

export interface LocalApp {
  /** http://127.0.0.1:<port> */
  url: string
  port: number
  dataDir: string
  /** Calls a function over HTTP as openid, as the app would (for setting up a journey's data). */
  call: <T = any>(fn: string, openid: string, event: Record<string, unknown>) => Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>
  /** Everything the server printed, for a failing test's message. */
  output: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', rej)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => res(port))
    })
  })
}

/** Set by ./global-setup.ts for the run: a store the demo seed has filled, and the shared Chromium. */
/** Every cloud here draws pregenerated RSA keys (test/support/env-e2e.js starts the hosts with it too). */
export const RSA_POOL_PRELOAD = join(REPO, 'test', 'support', 'rsa-pool-preload.ts')
export const SEEDED_TEMPLATE_ENV = 'UNION_E2E_SEEDED_DATA'
export const BROWSER_WS_ENV = 'UNION_E2E_BROWSER_WS'

export interface LocalCloudOptions {
  /** false: an empty store (as a first deploy finds it, once member.setup has run). */
  seed?: boolean
  env?: Record<string, string>
  /** Run over this DATA_DIR and keep it after stop (the global setup's seeded template). */
  dataDir?: string
  /** How long to wait for /_local/health (default 30 s; seeding the demo union takes longer on a busy machine). */
  readyWithinMs?: number
}

/** The jest worker's local-cloud host (test/support/env-e2e.js over cloudfunctions/_local/host.ts). */
interface CloudHost {
  start: (options: ServeOptions) => Promise<number>
  stop: (port: number) => Promise<void>
  output: () => string
}

/**
 * Starts a local cloud as `npm run cloud` does: inside a journey, in the jest worker's host process
 * (one process for all the worker's files: a process start per file cost ~1.2 CPU-s); outside
 * one (the global setup), `tsx cloudfunctions/_local/main.ts` on a free port over a fresh DATA_DIR with the demo
 * data seeded (SEED_DEMO=1), serving H5_DIST at /. Resolves once /_local/health answers. Within a
 * jest run the fresh DATA_DIR starts as a copy of the run's seeded template instead, which is what
 * seeding it again would give, minutes sooner.
 */
export async function startLocalCloud(opts: LocalCloudOptions = {}): Promise<LocalApp> {
  const staticDir = resolve(REPO, process.env.H5_DIST ?? 'dist/h5')
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error(`${staticDir}/index.html not found: build first (npx taro build --type h5) or set H5_DIST`)
  const keep = opts.dataDir !== undefined
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'union-e2e-'))
  const template = process.env[SEEDED_TEMPLATE_ENV]
  const copied = !keep && opts.seed !== false && !opts.env && !!template && existsSync(template)
  if (copied) cpSync(template, dataDir, { recursive: true })
  const url = (port: number) => `http://127.0.0.1:${port}`
  const call =
    (base: string): LocalApp['call'] =>
    async (fn, openid, event) => {
      const r = await fetch(`${base}/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid, connection: 'close' }, body: JSON.stringify(event) })
      return r.json()
    }
  const env: Record<string, string | undefined> = { ...process.env, QUIET: '1', ...opts.env }
  const within = opts.readyWithinMs ?? 30_000
  const host = keep ? undefined : (globalThis as { __cloudHost?: CloudHost }).__cloudHost
  if (host) {
    // the worker's host process (test/support/env-e2e.js) serves this file's cloud
    const from = host.output().length
    const starting = host.start({ port: 0, dataDir, staticDir, env, quiet: env.QUIET === '1', autoSetup: env.LOCAL_SKIP_SETUP !== '1', seedDemo: opts.seed !== false && !copied })
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`local cloud not ready after ${within / 1000} s:\n${host.output().slice(from)}`)), within)))
    const port = await Promise.race([starting, late])
      .catch((e) => {
        // one that comes up after the file gave up on it is stopped, not left running in the host
        starting.then((p) => host.stop(p)).catch(() => undefined)
        throw e
      })
      .finally(() => clearTimeout(timer))
    const stop = async () => {
      await host.stop(port)
      rmSync(dataDir, { recursive: true, force: true })
    }
    return { url: url(port), port, dataDir, call: call(url(port)), output: () => host.output().slice(from), stop }
  }
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--import', RSA_POOL_PRELOAD, join(REPO, 'cloudfunctions', '_local', 'main.ts')], {
    cwd: REPO,
    // over the seeded copy the seed would only count the members and stop: not loading it saves ~0.15 CPU-s a file
    env: { ...env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: opts.seed === false || copied ? '0' : '1', STATIC_DIR: staticDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const base = url(port)
  const deadline = Date.now() + within
  for (;;) {
    if (child.exitCode !== null) throw new Error(`local cloud exited (${child.exitCode}):\n${output}`)
    try {
      const r = await fetch(`${base}/_local/health`, { headers: { connection: 'close' } })
      if (r.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill()
      throw new Error(`local cloud not healthy after ${within / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  // (connection: close: a kept-alive socket would hold jest open after the server has stopped)
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))])
      // a pending timer would hold jest open for 5 s after every suite
      clearTimeout(timer)
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    if (!keep) rmSync(dataDir, { recursive: true, force: true })
  }
  return { url: base, port, dataDir, call: call(base), output: () => output, stop }
}

/** The app's calls as a harness makes them (ok throws on a refusal), for helpers shared with the node tests. */
export const callerOf = (app: LocalApp): Caller => ({
  call: app.call as Caller['call'],
  ok: async <T = any>(fn: string, openid: string, event: Record<string, unknown>): Promise<T> => {
    const r = await app.call<T>(fn, openid, event)
    if (!r.ok) throw new Error(`${fn}.${String(event.action)} failed: ${r.error.code} ${r.error.message}`)
    return r.data
  }
})

/** Sets the local cloud's clock (null: real time again). */
export async function setAppClock(app: LocalApp, now: string | null): Promise<void> {
  const r = await fetch(`${app.url}/_local/clock`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ now }) })
  if (!r.ok) throw new Error(`setting the clock answered ${r.status}`)
}

/** 09:00 Beijing on the 1st of next month (Beijing): a month's prizes and draws open once it has closed. */
export const firstOfNextMonth = (now = Date.now()) => {
  const b = new Date(now + 8 * 3600_000)
  return new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 1, 1)).toISOString()
}

/**
 * A suggestion as a phone sends it (a token as the member, then the anonymous path), put on the
 * board by its 17:00 batch (the clock moved there for the timer, then back to real time).
 */
export async function submitSuggestion(app: LocalApp, openid: string, content: string, category?: string): Promise<Submitted> {
  const written = await submitAs(callerOf(app), openid, content, category)
  await setAppClock(app, written.publishesAt)
  try {
    const r = await fetch(`${app.url}/_local/timer/suggestion/publish`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: '{}' })
    if (!r.ok) throw new Error(`the suggestion batch timer answered HTTP ${r.status}`)
  } finally {
    await setAppClock(app, null)
  }
  return written
}

/**
 * Debian's chromium-headless-shell when it is installed, else its chromium. The shell is Chromium's
 * own headless build (the same Blink and V8 without the desktop browser around them), what
 * Playwright launches for headless runs by default (its registry's `chromium-headless-shell`,
 * installed by default beside `chromium`). Measured on 30 journeys, the same screenshots: 18 CPU-s of
 * Chromium against 46 for the full browser in its new headless mode; the whole journey run 212 CPU-s
 * against 338.
 */
export const CHROMIUM_BINARY = process.env.CHROMIUM ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium'

export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM_BINARY,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
}

/** The run's shared Chromium when the global setup started one (close() then only disconnects), else a new one. */
export async function launchBrowser(): Promise<Browser> {
  const ws = process.env[BROWSER_WS_ENV]
  if (ws) return chromium.connect(ws)
  return chromium.launch(CHROMIUM_LAUNCH)
}

export interface Journey {
  page: Page
  /**
   * The page on screen. Taro H5 keeps pages it has shown in the DOM (hidden), so page-wide
   * queries can find a stale copy; query through screen() instead: j.screen().getByText('绑定').
   */
  screen: () => Locator
  /** Taps a tab of the tab bar: 首页, 活动, 建议, 我的. */
  tab: (name: string) => Promise<void>
  /** Console errors and uncaught page errors seen so far. */
  errors: string[]
  /** Opens an app route in hash mode, e.g. '/pages/mine/index'. */
  goto: (route: string) => Promise<void>
  /**
   * Starts a new visit on this phone at route, inside the running app as a link would move it
   * (the hash changes; Taro unloads the page and loads the new one, no reload), and forgets the
   * console errors seen so far. The every-page walk's visits after a viewer's first: a fresh load
   * of the app costs Chromium ~1.7 CPU-s, a move ~0.25.
   */
  moveTo: (route: string) => Promise<void>
  /** Acts as openid from now on (what 切换身份 stores), without going through the page. */
  actAs: (openid: string) => Promise<void>
  /**
   * Saves test-results/screenshots/<name>.png of the full page, one pixel per CSS pixel (375 wide):
   * the page still lays out and paints at the phone's 2× ratio, but a 2× capture and its PNG cost
   * Chromium ~35 of the journeys' ~245 CPU-s (170 shots), measured this stop.
   */
  shot: (name: string) => Promise<void>
  /** The page's visible text, for a failing assertion's message. */
  text: () => Promise<string>
  /** Fails on any console error so far, or on content wider than the 375 px phone. */
  expectHealthy: (opts?: { settled?: boolean }) => Promise<void>
  close: () => Promise<void>
}

export interface JourneyOptions {
  /** Acts as this openid from the first load (what 切换身份 stores). */
  as?: string
  /** Opens this route first (as a shared link would, e.g. '/pages/mine/index'), instead of the home page. */
  at?: string
  /**
   * The same phone as the last journey of this viewer in the file (its storage): for the every-page
   * walk, whose visits only look. A journey that must start on a clean phone leaves it out. (A load
   * on a phone that has loaded the app before costs Chromium the same ~1.6 CPU-s as on a new one,
   * measured this stop; what saves is Journey.moveTo.)
   */
  samePhone?: boolean
}

const newPhone = async (browser: Browser, as?: string): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  if (as) await context.addInitScript((openid) => localStorage.getItem('union.openid') ?? localStorage.setItem('union.openid', openid), as)
  return context
}

/**
 * A 375×812 phone-sized page on the app's home or opts.at, optionally acting as an openid: on a
 * fresh phone (own storage), or on `phone` when given (its close() then closes only the page).
 */
export async function openJourney(browser: Browser, app: LocalApp, opts: JourneyOptions = {}, phone?: BrowserContext): Promise<Journey> {
  const context = phone ?? (await newPhone(browser, opts.as))
  const page = await context.newPage()
  // for the environment's capture of a failing journey (test/support/env-e2e.js)
  const phones = (globalThis as { __openPhones?: Set<{ page: Page; as?: string }> }).__openPhones
  const mine = { page, as: opts.as }
  phones?.add(mine)
  page.on('close', () => phones?.delete(mine))
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  // the console says only “Failed to load resource”; name the address
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`)
  })
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`))
  const goto = async (route: string) => {
    await page.goto(`${app.url}/#${route}`)
    await page.waitForLoadState('networkidle')
  }
  await page.goto(opts.at ? `${app.url}/#${opts.at}` : app.url + '/')
  await page.waitForLoadState('networkidle')
  mkdirSync(SCREENSHOTS, { recursive: true })
  const screen = () => page.locator('.taro_page').filter({ visible: true }).last()
  // the H5 build does not slide pages (src/app.config.ts), but a page's own transitions may still run:
  // measuring or photographing mid-animation sees them off their place
  const settle = async () => {
    await page.waitForLoadState('networkidle')
    await page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 5000 })
      .catch(() => undefined)
    // a page left by switchTab is hidden and removed a moment later: wait for the top page to sit at the left edge
    await page
      .waitForFunction(
        () => {
          const shown = Array.from(document.querySelectorAll('.taro_page')).filter((p) => p.getBoundingClientRect().width > 0)
          const top = shown[shown.length - 1]
          return !top || Math.abs(top.getBoundingClientRect().left) < 1
        },
        undefined,
        { timeout: 5000 }
      )
      .catch(() => undefined)
  }
  /** The id of the page on top (Taro's `/<path>?stamp=<n>`, new for every page it loads). */
  const topPageId = () =>
    page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter((p) => p.getBoundingClientRect().width > 0)
      return shown[shown.length - 1]?.id ?? ''
    })
  const moveTo = async (route: string) => {
    errors.length = 0
    const before = await topPageId()
    const path = route.split('?')[0]
    if (!(await page.evaluate((r) => (location.hash === `#${r}` ? false : ((location.hash = r), true)), route))) return
    await page.waitForFunction(
      ([p, was]) => {
        const shown = Array.from(document.querySelectorAll('.taro_page')).filter((el) => el.getBoundingClientRect().width > 0)
        const id = shown[shown.length - 1]?.id ?? ''
        return id.startsWith(`${p}?`) && id !== was
      },
      [path, before] as const,
      { timeout: 10_000, polling: 50 }
    )
  }
  return {
    page,
    screen,
    moveTo,
    tab: async (name) => {
      await page.locator('.taro-tabbar__tabbar').getByText(name, { exact: true }).click()
    },
    errors,
    goto,
    actAs: async (openid) => {
      await page.evaluate((o) => localStorage.setItem('union.openid', o), openid)
    },
    shot: async (name) => {
      await settle()
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, scale: 'css' })
    },
    text: () => page.evaluate(() => document.body.innerText),
    expectHealthy: async ({ settled = false } = {}) => {
      // settled: nothing has happened since shot() waited for the page to settle (half a second of network quiet at least)
      if (!settled) await settle()
      if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > PHONE.width) throw new Error(`page is ${width}px wide, wider than the ${PHONE.width}px phone`)
      // Taro pages scroll inside their own container, which clips: look for boxes past the edge of
      // the top page (the last one shown, as screen() finds it, or the whole body when Taro keeps a
      // tab page outside .taro_page; asked without waiting for one to show). Asked again for a few
      // seconds while any are: a page's own transition still running on a loaded machine (settle
      // gives up after 5 s) stands past the edge for a moment, real overflow stays.
      const overflow = () =>
        page.evaluate(() => {
          const shown = Array.from(document.querySelectorAll('.taro_page')).filter((p) => {
            const r = p.getBoundingClientRect()
            return r.width > 0 && r.height > 0 && getComputedStyle(p).visibility !== 'hidden'
          })
          const root = shown[shown.length - 1] ?? document.body
          const edge = window.innerWidth + 0.5
          const scrolls = (el: Element | null): boolean => !!el && el !== root && (/(auto|scroll)/.test(getComputedStyle(el).overflowX) || scrolls(el.parentElement))
          return Array.from(root.querySelectorAll('*'))
            .filter((el) => {
              const r = el.getBoundingClientRect()
              return r.width > 0 && r.height > 0 && r.right > edge && !scrolls(el.parentElement)
            })
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`)
        })
      let over = await overflow()
      for (let i = 0; over.length && i < 10; i++) {
        await page.waitForTimeout(300)
        over = await overflow()
      }
      if (over.length) throw new Error(`content wider than the ${PHONE.width}px phone:\n${over.join('\n')}`)
    },
    close: () => (phone ? page.close() : context.close())
  }
}

export interface LocalAppSession {
  /** The running local cloud (available from the file's first test on). */
  readonly app: LocalApp
  readonly browser: Browser
  /** A fresh phone on this app (see openJourney). */
  open: (opts?: JourneyOptions) => Promise<Journey>
}

/**
 * The app every journey runs against: the local cloud serving the H5 build (startLocalCloud, opts
 * as there) and Chromium, started together before the file's first test and stopped after its last.
 * Call it once at the top of a journey file.
 */
export function useLocalApp(opts: LocalCloudOptions = {}): LocalAppSession {
  let app: LocalApp | undefined
  let browser: Browser | undefined
  // the walk's phones, one per viewer (JourneyOptions.samePhone), closed with the browser
  const phones = new Map<string, BrowserContext>()
  beforeAll(async () => {
    const [a, b] = await Promise.allSettled([startLocalCloud(opts), launchBrowser()])
    if (a.status === 'fulfilled') app = a.value
    if (b.status === 'fulfilled') browser = b.value
    if (a.status === 'rejected' || b.status === 'rejected') {
      // one of the two started: stop it, or it would hold jest open
      await browser?.close()
      await app?.stop()
      throw a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason
    }
  })
  afterAll(async () => {
    for (const phone of phones.values()) await phone.close()
    await browser?.close()
    await app?.stop()
  })
  const session: LocalAppSession = {
    get app() {
      if (!app) throw new Error('useLocalApp: the local cloud is not running (its start failed, or this ran before beforeAll)')
      return app
    },
    get browser() {
      if (!browser) throw new Error('useLocalApp: Chromium is not running (its start failed, or this ran before beforeAll)')
      return browser
    },
    open: async (o = {}) => {
      if (!o.samePhone) return openJourney(session.browser, session.app, o)
      const key = o.as ?? ''
      const phone = phones.get(key) ?? (await newPhone(session.browser, o.as))
      phones.set(key, phone)
      return openJourney(session.browser, session.app, o, phone)
    }
  }
  return session
}
