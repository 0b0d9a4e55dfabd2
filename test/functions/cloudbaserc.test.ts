import { build } from 'esbuild'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { TemplateKey } from '../../types/member'

/**
 * cloudbaserc.json (the CloudBase CLI's deployment file) held against the code: every function is
 * listed, with a runtime the bundle runs on, a timeout its work fits in, the timer triggers its
 * config.json declares (the DevTools route), and every environment variable its bundled code reads.
 */

/**
 * Seconds each function needs at the least, from the bench (test/bench): member imports 500 rows a
 * call, greeting's daily run covers 10,000 members, notice pushes to 1,000, competition draws up to 60 奖状 into one PDF (~0.12 s each), a cold instance's first poster loads the renderer (1.3-4 s here, 0.4-0.7 s warm). The bench updates these.
 */
const MIN_TIMEOUT_SECONDS: Record<string, number> = { ballot: 10, care: 20, member: 20, greeting: 60, notice: 20, report: 10, activity: 20, suggestion: 10, competition: 30, congress: 10 }

/** Variables deployed as a literal rather than a `{{env.NAME}}` placeholder: tuning, not secrets or ids. */
const LITERAL_VARIABLES = new Set<string>()

const ROOT = join(__dirname, '..', '..')
const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions')

interface Trigger {
  name: string
  type: string
  config: string
}
interface RcFunction {
  name: string
  runtime?: string
  handler?: string
  timeout?: number
  memorySize?: number
  installDependency?: boolean
  envVariables?: Record<string, string>
  triggers?: Trigger[]
}
interface Rc {
  version: string
  envId: string
  functionRoot: string
  functions: RcFunction[]
}

const rc = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8')) as Rc
const folders = readdirSync(FUNCTIONS_DIR)
  .filter((d) => !d.startsWith('_') && statSync(join(FUNCTIONS_DIR, d)).isDirectory())
  .sort()
const entry = (name: string): RcFunction => {
  const f = rc.functions.find((x) => x.name === name)
  if (!f) throw new Error(`cloudbaserc.json lists no function ${name}`)
  return f
}

/** The repository's own source files esbuild puts in fn's bundle (as scripts/build-functions.mjs builds it). */
async function bundledSources(fn: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [join(FUNCTIONS_DIR, fn, 'index.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    logLevel: 'silent'
  })
  return Object.keys(metafile.inputs)
    .filter((p) => !p.includes('node_modules') && /\.tsx?$/.test(p))
    .sort()
}

const stripComments = (src: string): string => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')

/**
 * Names read as env.NAME, env['NAME'], process.env.NAME, `const { NAME } = process.env`, and
 * env[`PREFIX_${...}`] — the last expanded to what it can be: WX_TEMPLATE_<TemplateKey>.
 */
function envNamesRead(source: string): { names: Set<string>; unexpanded: string[] } {
  const src = stripComments(source)
  const names = new Set<string>()
  const unexpanded: string[] = []
  for (const m of src.matchAll(/\benv\.([A-Z][A-Z0-9_]+)\b/g)) names.add(m[1])
  for (const m of src.matchAll(/\benv\[\s*(['"])([A-Z][A-Z0-9_]+)\1\s*\]/g)) names.add(m[2])
  for (const m of src.matchAll(/\{([^{}]*)\}\s*=\s*(?:[\w$]+\.)*env\b(?!\.)/g))
    for (const part of m[1].split(',')) {
      const key = part.split(':')[0].trim()
      if (/^[A-Z][A-Z0-9_]+$/.test(key)) names.add(key)
    }
  for (const m of src.matchAll(/\benv\[\s*`([^`]*)`\s*\]/g)) {
    const template = m[1]
    if (/^WX_TEMPLATE_\$\{[^}]+\}$/.test(template)) for (const key of TemplateKey.options) names.add(`WX_TEMPLATE_${key.toUpperCase()}`)
    else if (template.includes('${')) unexpanded.push(template)
    else if (/^[A-Z][A-Z0-9_]+$/.test(template)) names.add(template)
  }
  return { names, unexpanded }
}

describe('cloudbaserc.json', () => {
  it('is a version 2.0 file for the environment in ENV_ID, deploying the built function folders', () => {
    expect(rc.version).toBe('2.0')
    expect(rc.envId).toBe('{{env.ENV_ID}}')
    expect(rc.functionRoot).toBe('dist/cloudfunctions')
    // the folder `npm run build:weapp` writes and DevTools uploads from
    const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as { cloudfunctionRoot: string }
    expect(project.cloudfunctionRoot.replace(/\/$/, '')).toBe(rc.functionRoot)
    expect(readFileSync(join(ROOT, 'scripts', 'build-functions.mjs'), 'utf8')).toContain(`'${rc.functionRoot}'`)
  })

  it('lists every function folder under cloudfunctions/ once, and nothing else', () => {
    const names = rc.functions.map((f) => f.name)
    expect(new Set(names).size).toBe(names.length)
    expect([...names].sort()).toEqual(folders)
    for (const fn of folders) expect(existsSync(join(FUNCTIONS_DIR, fn, 'index.ts'))).toBe(true)
  })

  it('runs each function on Nodejs 16.13 or newer, from index.main, installing wx-server-sdk in the cloud', () => {
    for (const f of rc.functions) {
      const m = /^Nodejs(\d+)\.(\d+)$/.exec(f.runtime ?? '')
      expect({ name: f.name, runtime: f.runtime, ok: !!m && (Number(m[1]) > 16 || (Number(m[1]) === 16 && Number(m[2]) >= 13)) }).toEqual({ name: f.name, runtime: f.runtime, ok: true })
      expect({ name: f.name, handler: f.handler, installDependency: f.installDependency }).toEqual({ name: f.name, handler: 'index.main', installDependency: true })
      expect([128, 256, 512, 1024, 2048]).toContain(f.memorySize)
    }
  })

  it('gives each function a timeout within the platform range (3..60 s) and at least what the bench measured', () => {
    expect(Object.keys(MIN_TIMEOUT_SECONDS).sort()).toEqual(folders)
    for (const f of rc.functions) {
      const t = f.timeout
      expect({ name: f.name, integer: Number.isInteger(t) }).toEqual({ name: f.name, integer: true })
      expect(t).toBeGreaterThanOrEqual(3)
      expect(t).toBeLessThanOrEqual(60)
      expect({ name: f.name, timeout: t, enough: (t ?? 0) >= MIN_TIMEOUT_SECONDS[f.name] }).toEqual({ name: f.name, timeout: t, enough: true })
    }
  })

  it('declares the same timer triggers as each function folder config.json (the DevTools route)', () => {
    for (const fn of folders) {
      const config = JSON.parse(readFileSync(join(FUNCTIONS_DIR, fn, 'config.json'), 'utf8')) as { triggers?: Trigger[] }
      expect({ name: fn, triggers: entry(fn).triggers ?? [] }).toEqual({ name: fn, triggers: config.triggers ?? [] })
    }
  })

  describe.each(folders)('%s: environment variables', (fn) => {
    let read: Set<string>
    beforeAll(async () => {
      read = new Set()
      const unexpanded: string[] = []
      for (const file of await bundledSources(fn)) {
        const found = envNamesRead(readFileSync(join(ROOT, file), 'utf8'))
        found.names.forEach((n) => read.add(n))
        unexpanded.push(...found.unexpanded.map((t) => `${file}: \`${t}\``))
      }
      // a computed name this test cannot enumerate: teach envNamesRead what it expands to
      expect(unexpanded).toEqual([])
    }, 30_000)

    it('sets every variable the bundled code reads, and none it does not', () => {
      expect(Object.keys(entry(fn).envVariables ?? {}).sort()).toEqual([...read].sort())
    })

    it('takes ids and secrets from the deployer .env as {{env.NAME}} placeholders', () => {
      for (const [name, value] of Object.entries(entry(fn).envVariables ?? {})) if (!LITERAL_VARIABLES.has(name)) expect({ name, value }).toEqual({ name, value: `{{env.${name}}}` })
    })
  })

  it('finds variables however the code reads them', () => {
    const src = [
      'const a = ctx.env.SOME_SETTING',
      'const b = process.env[\'SOME_SECRET\'] ?? env["OTHER_ID"]',
      'const { FIRST_NAME, SECOND_NAME: renamed } = process.env',
      'const t = process.env[`WX_TEMPLATE_${key.toUpperCase()}`]',
      '// process.env.IN_A_COMMENT is not read',
      'const lower = env.notAName'
    ].join('\n')
    const { names, unexpanded } = envNamesRead(src)
    expect([...names].sort()).toEqual(['FIRST_NAME', 'OTHER_ID', 'SECOND_NAME', 'SOME_SECRET', 'SOME_SETTING', ...TemplateKey.options.map((k) => `WX_TEMPLATE_${k.toUpperCase()}`)].sort())
    expect(unexpanded).toEqual([])
    expect(envNamesRead('process.env[`FEATURE_${flag}`]').unexpanded).toEqual(['FEATURE_${flag}'])
  })
})
