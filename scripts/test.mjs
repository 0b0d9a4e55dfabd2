// npm test: every test. Types; lint (eslint, prettier --check); units, functions and the db contract
// under TZ=UTC and TZ=America/Los_Angeles (the zone-free quality and db-contract suites once); UI (jsdom) likewise; the compiled mini-program
// (miniprogram-simulate); browser journeys in Chromium against the served H5 build.
// Ends with "N passed, N failed". `node scripts/test.mjs types lint` runs just those steps.
//
// First the scale tests, alone. Then two lanes at once: lane 1 is the node suite, which mostly
// waits on the local cloud's modelled latency, then the browser journeys; lane 2 is everything
// CPU-bound (tsc and eslint over one program, the H5 build the journeys need, the compiled mini-program) and then the
// jsdom suites, filling lane 1's waits. Each lane ends at about the same time on two cores. Each
// step's output is kept in test-results/logs/<step>.log and printed whole when it ends, so two
// lanes never interleave their lines.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const CI = process.env.CI === 'true' || process.env.CI === '1'
const only = process.argv.slice(2)
const results = { passed: 0, failed: 0, skipped: 0 }
const steps = []
const outDir = join(root, 'test-results')
const logDir = join(outDir, 'logs')
mkdirSync(logDir, { recursive: true })
const started = Date.now()
const clock = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

/** Runs one step to its log; prints the log when it ends. Resolves true when it exited 0. */
function run(name, cmd, args, env = {}) {
  const t = Date.now()
  const log = join(logDir, `${name.replace(/\W+/g, '-').replace(/-+$/, '')}.log`)
  console.log(`[${clock()}] ▶ ${name}`)
  return new Promise((resolve) => {
    const out = createWriteStream(log)
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env } })
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('close', (code) => {
      out.end(() => {
        const ok = code === 0
        const seconds = ((Date.now() - t) / 1000).toFixed(1)
        steps.push({ name, ok, seconds })
        console.log(`\n── ${name} (${seconds} s, ${ok ? 'ok' : 'FAILED'}) ──`)
        process.stdout.write(readFileSync(log, 'utf8'))
        resolve(ok)
      })
    })
  })
}

async function jest(name, project, env = {}, extra = []) {
  const file = join(outDir, `jest-${name.replace(/\W+/g, '-')}.json`)
  rmSync(file, { force: true })
  const ok = await run(name, 'npx', ['jest', '--selectProjects', ...[project].flat(), '--json', `--outputFile=${file}`, '--ci', ...extra], env)
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'))
    results.passed += j.numPassedTests
    results.failed += j.numFailedTests
    results.skipped += j.numPendingTests
    if (!ok && j.numFailedTests === 0) results.failed += 1 // a suite that failed to load
  } else if (!ok) results.failed += 1
  return ok
}

const want = (s) => only.length === 0 || only.includes(s)
// the test builds skip minifying (config/index.ts): half the build time; the bench's size figures build minified
const UNMINIFIED = { TARO_NO_MINIFY: '1' }
const count = (ok) => (ok ? results.passed++ : results.failed++)

// the H5 build the journeys need, started early in lane 2; lane 1 waits on it after the node suite
let h5Done
const h5Built = new Promise((resolve) => (h5Done = resolve))

// lane 1: the node suite, then the browser journeys. Both time zones run in one jest run (the -la
// projects, test/support/zoned-environment.js) with four workers on two cores, so the waits of one
// overlap the work of the others. The journeys (once the H5 build is there) have three workers: a
// journey mostly waits on the cloud's modelled latency and on Chromium's frames (alone, 109 s on two
// workers, 87 s on three; the whole run was not clearly shorter, 255 and 271 s against 252 on two,
// 2026-12-04, but the journeys end sooner once the lane reaches them). NODE_WORKERS, E2E_WORKERS
// override (3 and 2 made no difference on a slower machine: 347 s against 337–380).
async function laneNode() {
  if (want('node')) await jest('node, TZ=UTC and America/Los_Angeles', ['node', 'node-la'], { TZ: 'UTC' }, [`--maxWorkers=${process.env.NODE_WORKERS ?? 4}`])
  if (await h5Built) await jest('e2e', 'e2e', { TZ: 'UTC' }, ['--forceExit', `--maxWorkers=${process.env.E2E_WORKERS ?? 3}`])
}

// lane 2: everything CPU-bound, one after another (tsc and eslint beside prettier, while the node
// suite is still starting up), then the H5 build, in time for the journeys to start when the node
// suite ends; then the mini-program and the jsdom suites (UI_WORKERS overrides their two workers)
async function laneBuild() {
  const prettier = want('lint') ? run('lint (prettier --check)', 'npx', ['prettier', '--check', '--log-level=warn', '.']) : Promise.resolve(true)
  // tsc and eslint over one TypeScript program (scripts/types-and-lint.mjs): one test each; eslint
  // (0 errors; warnings are shown) counts with prettier --check over every file
  if (want('types') || want('lint')) {
    const file = join(outDir, 'types-and-lint.json')
    rmSync(file, { force: true })
    await run('types and lint (tsc, eslint)', 'node', ['scripts/types-and-lint.mjs', ...['types', 'lint'].filter(want)])
    const r = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { types: false, eslint: false }
    if (want('types')) count(r.types)
    if (want('lint')) count(r.eslint && (await prettier))
  }
  if (want('e2e') && chromiumPresent()) {
    const built = await run('build:h5', 'npm', ['run', '--silent', 'build:h5'], UNMINIFIED)
    if (!built) results.failed++
    h5Done(built)
  } else h5Done(false)
  // two workers halve the compiled mini-program's suite
  if (want('weapp')) {
    if (await run('build:weapp', 'npm', ['run', '--silent', 'build:weapp'], UNMINIFIED)) await jest('weapp', 'weapp', { TZ: 'UTC' }, ['--maxWorkers=2'])
    else results.failed++
  }
  if (want('ui')) await jest('ui, TZ=UTC and America/Los_Angeles', ['ui', 'ui-la'], { TZ: 'UTC' }, [`--maxWorkers=${process.env.UI_WORKERS ?? 2}`])
}

function chromiumPresent() {
  // the binaries test/e2e/support.ts (CHROMIUM_BINARY) would launch, in its order
  const candidates = process.env.CHROMIUM ? [process.env.CHROMIUM] : ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
  if (candidates.some((p) => existsSync(p)) || CI) return true
  console.warn('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!')
  console.warn(`!! NO CHROMIUM at ${candidates.join(' or ')}: browser journeys SKIPPED.`)
  console.warn('!! apt-get install -y chromium chromium-headless-shell fonts-noto-cjk   (CI=true requires them)')
  console.warn('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n')
  return false
}

// a thousand members at once against a function's timeout: first, alone on the machine, not beside a build
if (want('node') || want('scale')) await jest('scale (a thousand members at once)', 'scale', { TZ: 'UTC' }, ['--maxWorkers=2'])
await Promise.all([laneNode(), laneBuild()])

console.log('\n── summary ──')
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`)
console.log(`whole run: ${clock()}`)
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`)
process.exit(results.failed > 0 || steps.some((s) => !s.ok) ? 1 : 0)
