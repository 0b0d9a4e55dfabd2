/**
 * Every .js file of the compiled mini-program (WEAPP_DIST, default dist/weapp) parses as ES2015.
 *
 * project.config.json has `es6: false`, so WeChat hands the files to the phone's engine as they are:
 * iOS 10's JavaScriptCore (Safari 10) parses ES2015 but not `?.`/`??` (iOS 13.4), object spread or
 * optional catch binding (11.3), and WeChat's docs say syntax such as async/await must be compiled
 * down (https://developers.weixin.qq.com/miniprogram/dev/framework/runtime/js-support.html). One such
 * token anywhere in a file is a SyntaxError for the whole file: a white screen, not a broken feature.
 * The targets are set in babel.config.js; node_modules packages that ship modern syntax are listed in
 * config/index.ts (mini.compile.include).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse, type Node, type Options } from 'acorn'
import { full } from 'acorn-walk'

const ROOT = resolve(process.env.WEAPP_DIST ?? 'dist/weapp')
/** What the oldest supported phone parses. */
const TARGET: Options['ecmaVersion'] = 2015

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return jsFiles(p)
    return e.name.endsWith('.js') ? [p] : []
  })
}

type AnyNode = Node & Record<string, any>

/** The post-ES2015 construct a node is, if any (named as a reader would search for it). */
function construct(n: AnyNode): string | undefined {
  switch (n.type) {
    case 'ChainExpression':
      return 'optional chaining ?. (ES2020)'
    case 'LogicalExpression':
      return n.operator === '??' ? 'nullish coalescing ?? (ES2020)' : undefined
    case 'BinaryExpression':
      if (n.operator === '**') return 'exponent ** (ES2016)'
      if (n.left.type === 'PrivateIdentifier') return '#private in (ES2022)'
      return undefined
    case 'AssignmentExpression':
      if (n.operator === '**=') return 'exponent assignment **= (ES2016)'
      if (['||=', '&&=', '??='].includes(n.operator)) return `logical assignment ${n.operator} (ES2021)`
      return undefined
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      if (n.async && n.generator) return 'async generator (ES2018)'
      return n.async ? 'async function (ES2017)' : undefined
    case 'AwaitExpression':
      return 'await (ES2017)'
    case 'ForOfStatement':
      return n.await ? 'for await (ES2018)' : undefined
    case 'ObjectExpression':
      return n.properties.some((p: AnyNode) => p.type === 'SpreadElement') ? 'object spread {...x} (ES2018)' : undefined
    case 'ObjectPattern':
      return n.properties.some((p: AnyNode) => p.type === 'RestElement') ? 'object rest {...x} = (ES2018)' : undefined
    case 'CatchClause':
      return n.param ? undefined : 'optional catch binding catch {} (ES2019)'
    case 'PropertyDefinition':
      return 'class field (ES2022)'
    case 'PrivateIdentifier':
      return '#private member (ES2022)'
    case 'StaticBlock':
      return 'class static block (ES2022)'
    case 'ImportExpression':
      return 'dynamic import() (ES2020)'
    case 'MetaProperty':
      return n.meta.name === 'import' ? 'import.meta (ES2020)' : undefined
    case 'Literal':
      if (n.bigint !== undefined) return 'BigInt literal (ES2020)'
      if (typeof n.raw === 'string' && /^[\d.]/.test(n.raw) && n.raw.includes('_')) return 'numeric separator 1_000 (ES2021)'
      if (n.regex) {
        if (/[sdv]/.test(n.regex.flags)) return `regex flag /${n.regex.flags} (ES2018+)`
        if (/\(\?<[=!]|\(\?<[A-Za-z_$]|\\k</.test(n.regex.pattern)) return 'regex lookbehind / named group (ES2018)'
      }
      return undefined
    default:
      return undefined
  }
}

/**
 * Each construct the file uses beyond the target: where the first expression using it starts
 * (line:column, 0-based column as in acorn's own messages) and how often.
 */
function describe(src: string): string[] {
  let ast: Node
  try {
    ast = parse(src, { ecmaVersion: 'latest', sourceType: 'script', locations: true })
  } catch {
    return []
  }
  const seen = new Map<string, { first: Node; count: number }>()
  full(ast, (node) => {
    const name = construct(node as AnyNode)
    if (!name) return
    const hit = seen.get(name)
    if (!hit) seen.set(name, { first: node, count: 1 })
    else {
      hit.count++
      if (node.start < hit.first.start) hit.first = node
    }
  })
  return [...seen]
    .sort(([, a], [, b]) => a.first.start - b.first.start)
    .map(([name, { first, count }]) => `${name} at ${first.loc!.start.line}:${first.loc!.start.column}${count > 1 ? ` (${count}×)` : ''}`)
}

/** undefined when the file parses at TARGET, else why not. */
function check(file: string): string | undefined {
  const src = readFileSync(file, 'utf8')
  try {
    parse(src, { ecmaVersion: TARGET, sourceType: 'script' })
    return undefined
  } catch (e) {
    const found = describe(src)
    const detail = found.length ? found.map((f) => `\n    ${f}`).join('') : '\n    (no construct named: see the parser error)'
    return `${relative(ROOT, file)} does not parse as ES${TARGET}: ${(e as Error).message}${detail}`
  }
}

const files = jsFiles(ROOT).sort()

it('finds the compiled app', () => {
  const names = files.map((f) => relative(ROOT, f))
  expect(names).toEqual(expect.arrayContaining(['app.js', 'runtime.js', 'taro.js', 'vendors.js', 'common.js', 'pages/index/index.js']))
})

it(`names no file that is not ES${TARGET}`, () => {
  const failures = files.map(check).filter((m): m is string => m !== undefined)
  expect(failures).toEqual([])
})

it('names the file and the construct when one slips through', () => {
  const sample = 'var a = { b: 1 }; var c = a?.b ?? 2; async function f() { try { await f() } catch { return { ...a } } }'
  expect(() => parse(sample, { ecmaVersion: TARGET, sourceType: 'script' })).toThrow(SyntaxError)
  expect(describe(sample)).toEqual([
    'optional chaining ?. (ES2020) at 1:26',
    'nullish coalescing ?? (ES2020) at 1:26',
    'async function (ES2017) at 1:37',
    'await (ES2017) at 1:64',
    'optional catch binding catch {} (ES2019) at 1:76',
    'object spread {...x} (ES2018) at 1:91'
  ])
})
