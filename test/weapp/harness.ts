/**
 * Renders pages of the COMPILED mini-program (WEAPP_DIST, default dist/weapp) in
 * miniprogram-simulate, with wx.cloud.callFunction answered by an in-process LocalCloud, so a
 * test sees what the mini-program would show over the real functions and store.
 *
 *   const h = createHarness()
 *   const page = await renderPage('pages/mine/index', { openid: 'phone-1', cloud: h.cloud })
 *   await page.waitForText('陈思远')
 *
 * Taro compiles every page to `Page(createPageConfig(...))` over shared templates (base.wxml) and
 * webpack chunks that app.js loads. miniprogram-simulate renders custom components, so Page is
 * shimmed into Component, App/getApp are stubbed, and app.js (with its chunks) runs first.
 * Call renderPage once per test file: the Taro runtime and React are module state, as in the app.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { LocalCloud } from '../../cloudfunctions/_local/cloud'

/** One wx.* call the page made (navigation, toast, clipboard...), for assertions. */
export interface WxCall {
  api: string
  args: Record<string, unknown>
}

export interface RenderOptions {
  /** The caller's OPENID as the real cloud would inject it ('' = none). */
  openid?: string
  /** The back end: usually createHarness().cloud from test/support/harness.ts. */
  cloud: LocalCloud
  /** Page query, as onLoad receives it. */
  query?: Record<string, string>
  /** Which item wx.showActionSheet answers (default 0). */
  actionSheetIndex?: number
}

export interface RenderedPage {
  /** All text of the page in document order (textContent, whitespace runs collapsed). */
  text(): string
  /** Resolves once text() includes text; fails with what the page shows after timeoutMs. */
  waitForText(text: string, timeoutMs?: number): Promise<void>
  /** Taps the innermost element whose text includes target, or the first matching a `.class` selector. */
  tap(target: string): Promise<void>
  /** Types into the input matching a .class selector (fires `input` with detail.value). */
  input(selector: string, value: string): Promise<void>
  /** wx.* calls made so far (showToast, switchTab, navigateTo, ...). */
  calls: WxCall[]
  /** Lets pending promises, timers and setData settle. */
  settle(ms?: number): Promise<void>
  /** The miniprogram-simulate component of the page, for anything else. */
  component: any
}

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')

/** wx APIs that must answer something synchronously or with data. */
function wxStub(calls: WxCall[], opts: RenderOptions): Record<string, unknown> {
  const storage = new Map<string, unknown>()
  const systemInfo = {
    brand: 'devtools',
    model: 'iPhone X',
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 812,
    windowWidth: 375,
    windowHeight: 812,
    statusBarHeight: 44,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'iOS 16',
    platform: 'devtools',
    SDKVersion: '3.0.0'
  }
  const stubs: Record<string, unknown> = {
    getSystemInfoSync: () => systemInfo,
    getWindowInfo: () => systemInfo,
    getDeviceInfo: () => systemInfo,
    getAppBaseInfo: () => systemInfo,
    getSystemSetting: () => ({}),
    getAppAuthorizeSetting: () => ({}),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: 'pages/index/index', query: {}, scene: 1001 }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    canIUse: () => true,
    cloud: {
      init: (args: Record<string, unknown>) => void calls.push({ api: 'cloud.init', args: args ?? {} }),
      // the real cloud injects OPENID itself; here the harness does, from opts.openid
      callFunction: async (args: { name: string; data?: Record<string, unknown>; success?: (r: unknown) => void; complete?: () => void }) => {
        calls.push({ api: 'cloud.callFunction', args })
        // a copy, as the wire would make: the function must not share objects with the page
        const event = JSON.parse(JSON.stringify(args.data ?? {}))
        const result = JSON.parse(JSON.stringify(await opts.cloud.call(args.name, event, opts.openid ?? '')))
        const res = { result, errMsg: 'cloud.callFunction:ok', requestID: 'local' }
        args.success?.(res)
        args.complete?.()
        return res
      }
    }
  }
  // every other API (showToast, navigateTo, switchTab, setClipboardData...) is recorded and
  // succeeds; Taro builds Taro.* from Object.keys(wx), so they must exist up front
  for (const api of wxApiNames()) {
    if (api in stubs) continue
    stubs[api] = (args: Record<string, any> = {}) => {
      calls.push({ api, args })
      const res: Record<string, unknown> = { errMsg: `${api}:ok` }
      if (api === 'showActionSheet') res.tapIndex = opts.actionSheetIndex ?? 0
      if (api === 'showModal') Object.assign(res, { confirm: true, cancel: false })
      setTimeout(() => {
        args?.success?.(res)
        args?.complete?.(res)
      }, 0)
    }
  }
  return stubs
}

/** The wx APIs Taro promisifies, read from Taro's own lists, plus the navigation ones. */
function wxApiNames(): string[] {
  const names = new Set([
    'showToast',
    'hideToast',
    'showLoading',
    'hideLoading',
    'showModal',
    'showActionSheet',
    'navigateTo',
    'redirectTo',
    'switchTab',
    'reLaunch',
    'navigateBack',
    'setClipboardData',
    'requestSubscribeMessage',
    'setNavigationBarTitle',
    'stopPullDownRefresh',
    'pageScrollTo',
    'vibrateShort',
    // not promisified by Taro, so not in its lists: the activity page arms its live card with it
    'updateShareMenu'
  ])
  for (const file of ['@tarojs/shared/dist/native-apis.js', '@tarojs/plugin-platform-weapp/dist/runtime-utils.js']) {
    try {
      const src = readFileSync(require.resolve(file), 'utf8')
      const list = /needPromiseApis = new Set\(\[([\s\S]*?)\]\)/.exec(src)?.[1] ?? ''
      for (const m of list.matchAll(/'([A-Za-z]+)'/g)) names.add(m[1])
    } catch {
      // a Taro upgrade moved the list: the explicit names above still cover the app's pages
    }
  }
  return [...names]
}

let rendered = false
const WCC_OUTPUT = Symbol.for('union.test.wccOutput')

export async function renderPage(pagePath: string, opts: RenderOptions): Promise<RenderedPage> {
  if (rendered) throw new Error('renderPage: one page per test file (the Taro runtime is module state); split the test file')
  rendered = true
  const pageFile = join(ROOT, pagePath)
  if (!existsSync(pageFile + '.js')) throw new Error(`${pageFile}.js not found: build first (npx taro build --type weapp) or set WEAPP_DIST`)

  const calls: WxCall[] = []
  const g = globalThis as any
  g.wx = wxStub(calls, opts)
  // simulate compiles every wxml of the build in one wcc run (miniprogram-compiler wxmlToJs), kept
  // in its module: the same build, so a file that loads it again in a fresh registry (the
  // every-page walk) takes the first run's output
  const compiler = require('miniprogram-compiler') as { wxmlToJs: (root: string, options?: unknown) => string }
  const compiled: Map<string, string> = (g[WCC_OUTPUT] ??= new Map())
  const wxmlToJs = compiler.wxmlToJs.bind(compiler)
  compiler.wxmlToJs = (root, options) => compiled.get(root) ?? compiled.set(root, wxmlToJs(root, options)).get(root)!
  // miniprogram-simulate merges its own api into wx on load: load it after our stub
  const simulate = require('miniprogram-simulate')
  // simulate replaced global.wx with its api object plus ours; keep our proxy behaviour
  g.wx = wxStub(calls, opts)

  let appConfig: any
  let pageInstance: any
  g.App = (config: any) => {
    appConfig = config
  }
  g.getApp = () => appConfig
  g.getCurrentPages = () => (pageInstance ? [pageInstance] : [])
  g.requirePlugin = () => ({})
  g.__wxConfig = { envVersion: 'develop', platform: 'devtools' }
  g.Page = (options: Record<string, any>) => {
    // Page → Component: data stays data; every function becomes a method; page lifecycles are
    // driven from component lifetimes, as the page would be loaded, shown and made ready
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
    g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: any) {
          // hands the page instance out to the harness; not an alias
          // eslint-disable-next-line @typescript-eslint/no-this-alias
          pageInstance = this
          this.route = pagePath
          this.__route__ = pagePath
          this.onLoad?.(opts.query ?? {})
          this.onShow?.()
        },
        ready(this: any) {
          this.onReady?.()
        }
      }
    })
  }

  // app.js requires common/vendors/taro/runtime itself, then calls App(); launching runs useLaunch
  require(join(ROOT, 'app.js'))
  if (!appConfig) throw new Error('app.js did not call App()')
  appConfig.onLaunch?.call(appConfig, { path: pagePath, query: opts.query ?? {}, scene: 1001 })
  appConfig.onShow?.call(appConfig, { path: pagePath, query: opts.query ?? {}, scene: 1001 })

  const id = simulate.load(pageFile, { rootPath: ROOT, compiler: 'official' })
  const component = simulate.render(id)
  const parent = document.createElement('main')
  document.body.appendChild(parent)
  component.attach(parent)

  const settle = async (ms = 0) => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, ms / 5))
  }
  await settle(20)

  const text = () => (component.dom as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? ''

  const waitForText = async (want: string, timeoutMs = 3000) => {
    const start = Date.now()
    while (!text().includes(want)) {
      if (Date.now() - start > timeoutMs) throw new Error(`page ${pagePath} never showed “${want}”; it shows: ${text().slice(0, 500)}`)
      await settle(20)
    }
  }

  const tap = async (target: string) => {
    const node = target.startsWith('.') ? findBySelector(component, target) : findByText(component, target)
    if (!node) throw new Error(`page ${pagePath} has nothing to tap matching “${target}”; it shows: ${text().slice(0, 500)}`)
    node.dispatchEvent('tap')
    await settle(20)
  }

  const input = async (selector: string, value: string) => {
    const node = findBySelector(component, selector)
    if (!node) throw new Error(`page ${pagePath} has no input matching ${selector}`)
    node.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
    await settle(20)
  }

  return { text, waitForText, tap, input, calls, settle, component }
}

/**
 * The rendered DOM is the page flattened with every nested `comp` (Taro's deep-tree component),
 * and each class carries its component's prefix (`main--card`), so queries go through the DOM.
 */
function allElements(root: any): HTMLElement[] {
  return Array.from((root.dom as HTMLElement).querySelectorAll('*')) as HTMLElement[]
}

/** A simulate wrapper (dispatchEvent and friends) for a DOM element the page rendered. */
function wrap(root: any, el: HTMLElement | undefined): any {
  const node = (el as any)?.__wxElement
  if (!node) return undefined
  const Base = Object.getPrototypeOf(Object.getPrototypeOf(root)).constructor
  return new Base(node)
}

/**
 * The page's own elements by exparser's selector engine (it sees class updates the DOM mirror
 * can miss); elements inside nested `comp`s by the DOM, where `.a.b` means every class is
 * present, with or without the component prefix.
 */
function findBySelector(root: any, selector: string): any {
  const direct = root.querySelector(selector)
  if (direct) return direct
  const want = selector.split('.').filter(Boolean)
  const has = (el: HTMLElement, k: string) => Array.from(el.classList).some((c) => c === k || c.endsWith('--' + k))
  return wrap(
    root,
    allElements(root).find((el) => want.every((k) => has(el, k)))
  )
}

/** The innermost element whose text includes want: the button, not the page around it. */
function findByText(root: any, want: string): any {
  // document order puts descendants after ancestors: follow the first occurrence down
  let inner: HTMLElement | undefined
  for (const el of allElements(root)) {
    if (!el.textContent?.includes(want)) continue
    if (!inner || inner.contains(el)) inner = el
  }
  return wrap(root, inner)
}
