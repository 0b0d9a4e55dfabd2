/**
 * What test/quality/ui-tokens.test.ts looks for in src/: colour literals, font sizes, and the
 * sizes of what gets tapped. Pure functions of file text (and, for styles, of the CSS sass makes
 * from it), so the test can also feed them known-bad snippets.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import postcss from 'postcss'
import * as sass from 'sass'

export const REPO = join(__dirname, '..', '..')
export const SRC = join(REPO, 'src')

/** Every file under dir, as repo-relative paths. */
export function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (ext.test(e.name)) out.push(relative(REPO, p))
    }
  }
  walk(dir)
  return out.sort()
}

export const read = (file: string) => readFileSync(join(REPO, file), 'utf8')

/** CSS's named colours (CSS Color 4). `transparent` and `currentColor` say "no colour of its own" and are allowed. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral ' +
    'cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange ' +
    'darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
    'dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ' +
    'ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink ' +
    'lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose ' +
    'moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
    'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue ' +
    'slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' ')
)

/** Declarations whose value is (or contains) a colour. */
const COLOUR_PROP = /^(\$[\w-]+|color|background(-color|-image)?|border(-[a-z]+)*|outline(-color)?|(box|text)-shadow|fill|stroke|caret-color|text-decoration(-color)?|column-rule(-color)?)$/i
/** In TS/TSX: a colour prop or option, e.g. confirmColor: '…', color='…', backgroundColor: '…'. */
const TS_COLOUR_VALUE = /\b(\w*[cC]olor|background\w*)\s*[:=]\s*\{?\s*['"`]([^'"`]*)['"`]/g

export interface Finding {
  file: string
  line: number
  text: string
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Hex colours and rgb()/hsl() with numbers in them: a colour written out rather than named by a token. */
function literalColours(file: string, text: string): Finding[] {
  const found: Finding[] = []
  for (const re of [/#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b/g, /\b(?:rgba?|hsla?|hwb|oklab|oklch|lab|lch)\(\s*[\d.]/gi]) {
    for (const m of text.matchAll(re)) found.push({ file, line: lineOf(text, m.index ?? 0), text: m[0] })
  }
  return found
}

/** Named colours used as colours: in a style's colour declaration, or a colour prop in TS/TSX. */
function namedColours(file: string, text: string): Finding[] {
  const found: Finding[] = []
  if (/\.s?css$/.test(file)) {
    for (const m of text.matchAll(/(^|[;{\s])([$\w-]+)\s*:\s*([^;{}]+)/g)) {
      if (!COLOUR_PROP.test(m[2])) continue
      for (const word of m[3].split(/[\s,()/]+/)) if (NAMED.has(word.toLowerCase())) found.push({ file, line: lineOf(text, m.index ?? 0), text: `${m[2]}: ${word}` })
    }
  } else if (/\.(t|j)sx?$/.test(file)) {
    for (const m of text.matchAll(TS_COLOUR_VALUE)) if (NAMED.has(m[2].trim().toLowerCase())) found.push({ file, line: lineOf(text, m.index ?? 0), text: m[0] })
  }
  return found
}

/** Every colour literal in one file's text. */
export function colourLiterals(file: string, text: string): Finding[] {
  return [...literalColours(file, text), ...namedColours(file, text)].sort((a, b) => a.line - b.line)
}

/** The CSS sass makes of one .scss file of src/ (mixin-only files make none). */
export function compiledCss(file: string): string {
  return sass.compile(join(REPO, file), { loadPaths: [SRC], logger: sass.Logger.silent }).css
}

export interface Decl {
  file: string
  selector: string
  prop: string
  value: string
}

/** Every declaration of the compiled CSS, with the rule's selector. */
export function declarations(file: string, css: string): Decl[] {
  const out: Decl[] = []
  postcss.parse(css).walkDecls((d) => {
    const rule = d.parent
    const selector = rule && rule.type === 'rule' ? (rule as postcss.Rule).selector : ''
    out.push({ file, selector, prop: d.prop.toLowerCase(), value: d.value })
  })
  return out
}

/** A length in design px ('88px' → 88); undefined for anything else (auto, 100%, calc()). */
export function px(value: string): number | undefined {
  const m = /^(-?[\d.]+)px(\s*!important)?$/.exec(value.trim())
  return m ? Number(m[1]) : undefined
}

/**
 * The classes a selector's subject carries: `.a .b.c:active` → b, c. Pseudo-elements draw
 * something else (an underline, a border) and are skipped.
 */
export function subjectClasses(selector: string): string[][] {
  return selector.split(',').flatMap((one) => {
    const compounds = one.trim().split(/\s*[\s>+~]\s*/)
    const subject = compounds[compounds.length - 1] ?? ''
    if (/::|:(after|before)\b/.test(subject)) return []
    return [[...subject.matchAll(/\.([\w-]+)/g)].map((m) => m[1])]
  })
}

export interface Tappable {
  file: string
  line: number
  tag: string
  classes: string[]
}

/** Taro's primitives: a tap on any of these lands on the element itself. Components are checked where they draw. */
const PRIMITIVES = new Set(['View', 'Text', 'Button', 'Image', 'Label', 'Navigator'])

/**
 * The index of the first character from `from` on that `stop` accepts outside {…}, strings and
 * template literals (whose ${…} nest): the end of a JSX opening tag, or of an attribute's {…}.
 */
function scanTo(text: string, from: number, stop: (c: string) => boolean): number {
  const stack: ('{' | '`')[] = []
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (stack[stack.length - 1] === '`') {
      if (c === '\\') i++
      else if (c === '`') stack.pop()
      else if (c === '$' && text[i + 1] === '{') {
        stack.push('{')
        i++
      }
      continue
    }
    if (c === "'" || c === '"') {
      let j = i + 1
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1
      i = j
      continue
    }
    if (c === '`') stack.push('`')
    else if (c === '{') stack.push('{')
    else if (c === '}') stack.pop()
    if (stack.length === 0 && stop(c)) return i
  }
  return text.length
}

/** The static class names in a className value's source: 'a b', {`a${x ? ' a--on' : ''}`}, {['a', c].join(' ')}. */
export function classNames(value: string): string[] {
  const quoted = [...value.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '')
  const templates = [...value.matchAll(/`([^`]*)`/g)].flatMap((m) => m[1].split(/\$\{[^}]*\}/))
  const names = [...quoted, ...templates].flatMap((s) => s.split(/\s+/)).filter((c) => /^[a-z][\w-]*[a-z0-9]$/.test(c))
  return [...new Set(names)]
}

/** Every primitive in a TSX file that has an onClick, with its static classes. */
export function tappables(file: string, text: string): Tappable[] {
  const out: Tappable[] = []
  for (const m of text.matchAll(/<([A-Z]\w*)\b/g)) {
    if (!PRIMITIVES.has(m[1])) continue
    const start = (m.index ?? 0) + m[0].length
    const attrs = text.slice(
      start,
      scanTo(text, start, (c) => c === '>')
    )
    if (!/\bonClick=/.test(attrs)) continue
    const at = /\bclassName=/.exec(attrs)
    let value = ''
    if (at) {
      const from = at.index + at[0].length
      const end = attrs[from] === '{' ? scanTo(attrs, from, (c) => c === '}') : attrs.indexOf(attrs[from], from + 1)
      value = attrs.slice(from, end + 1)
    }
    out.push({ file, line: lineOf(text, m.index ?? 0), tag: m[1], classes: classNames(value) })
  }
  return out
}
