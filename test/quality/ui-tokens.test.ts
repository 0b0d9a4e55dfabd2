/**
 * The design tokens hold: every colour comes from src/styles/theme.scss (or src/lib/theme.ts for
 * TSX), no text is smaller than older eyes read comfortably, nothing tapped is smaller than a
 * finger. Sizes are design px at designWidth 750 (config/index.ts), twice the CSS px of a 375-wide
 * phone. The floors are written out here, not read from the theme, so lowering one means changing
 * this file too.
 */
import { colors } from '../../src/lib/theme'
import { classNames, colourLiterals, compiledCss, declarations, filesUnder, px, read, SRC, subjectClasses, tappables, type Decl } from '../support/style-scan'

/** 15 CSS px. */
const MIN_FONT = 30
/** 44 CSS px. */
const MIN_TAP = 88
const THEME_FILES = ['src/styles/theme.scss', 'src/lib/theme.ts']

const styles = filesUnder(SRC, /\.scss$/)
const css = new Map(styles.map((f) => [f, compiledCss(f)]))
const decls: Decl[] = styles.flatMap((f) => declarations(f, css.get(f) ?? ''))
const where = (d: Decl) => `${d.file}: ${d.selector} { ${d.prop}: ${d.value} }`

describe('the scanner', () => {
  // the checks below are only as good as what finds the problems: each kind once, on purpose
  it('finds a colour written out in a style, a TSX prop and a config', () => {
    expect(colourLiterals('a.scss', '.x {\n  color: #fff;\n  border: 2px solid white;\n  box-shadow: 0 0 4px rgba(0, 0, 0, 0.1);\n}').map((f) => f.line)).toEqual([2, 3, 4])
    expect(colourLiterals('a.tsx', "<Switch color='#c8161d' />\nTaro.showModal({ confirmColor: 'red' })")).toHaveLength(2)
    expect(colourLiterals('a.scss', '.x { white-space: nowrap; background: rgba($gold, 0.5); border-color: transparent; color: currentColor; }')).toEqual([])
  })

  it('reads the classes and taps of JSX', () => {
    expect(classNames("{`chip${on ? ' chip--on' : ''}`}")).toEqual(['chip--on', 'chip'])
    const [tap] = tappables('a.tsx', "<View className={['list-item', className].join(' ')} hoverClass={x ? 'a' : 'b'} onClick={() => go('>')}>")
    expect(tap).toMatchObject({ tag: 'View', classes: ['list-item'] })
    expect(subjectClasses('.home .chip:active, .tabs__item--on::after')).toEqual([['chip']])
  })
})

it('no colour is written out anywhere in src/ but the two theme files', () => {
  const found = filesUnder(SRC, /\.(scss|css|tsx?|html)$/)
    .filter((f) => !THEME_FILES.includes(f))
    .flatMap((f) => colourLiterals(f, read(f)))
  expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([])
})

it('the colours of TSX are the colours of the stylesheets, name for name', () => {
  const scss = new Map([...read('src/styles/theme.scss').matchAll(/^\$([\w-]+):\s*(#[0-9a-f]+);/gim)].map((m) => [m[1], m[2].toLowerCase()]))
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
  const mismatched = Object.entries(colors).filter(([name, hex]) => scss.get(kebab(name)) !== hex.toLowerCase())
  expect(mismatched).toEqual([])
})

it(`no text is smaller than 15 CSS px (${MIN_FONT}px), and every size is one of the type scale's`, () => {
  const small = decls.filter((d) => d.prop === 'font-size' && !(d.value === 'inherit' || (px(d.value) ?? 0) >= MIN_FONT))
  expect(small.map(where)).toEqual([])
  const offScale = styles
    .filter((f) => !THEME_FILES.includes(f))
    .flatMap((f) => [...read(f).matchAll(/font-size:\s*([^;]+);/g)].map((m) => ({ f, value: m[1].trim() })))
    .filter(({ value }) => !/^(\$font-[\w-]+|inherit)(\s*!important)?$/.test(value))
  expect(offScale.map(({ f, value }) => `${f}: font-size: ${value}`)).toEqual([])
})

it('every margin, padding and gap is built from the spacing scale (or a named measure of its own file), never a bare px', () => {
  const bare = styles
    .filter((f) => !THEME_FILES.includes(f))
    .flatMap((f) => [...read(f).matchAll(/^\s*((?:margin|padding|gap|row-gap|column-gap)[a-z-]*):\s*([^;]+);/gm)].map((m) => ({ f, prop: m[1], value: m[2].trim() })))
    .filter(({ value }) => /(^|[^\w$-])-?\d*\.?\d+(px|rpx)\b/.test(value))
  expect(bare.map(({ f, prop, value }) => `${f}: ${prop}: ${value}`)).toEqual([])
})

describe(`everything tapped is at least 44 CSS px tall (${MIN_TAP}px)`, () => {
  /** Per class: the heights its rules give it, and whether a rule lays it out as a box (a Text is inline). */
  const heights = new Map<string, { px: number; where: string }[]>()
  const boxed = new Set<string>()
  for (const d of decls) {
    for (const classes of subjectClasses(d.selector)) {
      for (const c of classes) {
        if (d.prop === 'height' || d.prop === 'min-height') {
          const n = px(d.value)
          if (n !== undefined) heights.set(c, [...(heights.get(c) ?? []), { px: n, where: where(d) }])
        }
        if (d.prop === 'display' && !/^inline$/.test(d.value)) boxed.add(c)
      }
    }
  }
  const taps = filesUnder(SRC, /\.tsx$/)
    .filter((f) => !/\.test\.tsx$/.test(f))
    .flatMap((f) => tappables(f, read(f)))

  it('finds the taps', () => {
    // a scanner that finds nothing would pass everything
    expect(taps.length).toBeGreaterThan(60)
  })

  it('each has a class that makes it a finger tall, and none that makes it shorter', () => {
    const problems = taps.flatMap((t) => {
      const at = `${t.file}:${t.line} <${t.tag} ${t.classes.join(' ')}>`
      const own = t.classes.flatMap((c) => heights.get(c) ?? [])
      const short = own.filter((h) => h.px < MIN_TAP)
      if (short.length) return short.map((h) => `${at}: ${h.where}`)
      if (!own.some((h) => h.px >= MIN_TAP)) return [`${at}: no class gives it a height of ${MIN_TAP}px or more (btn, chip, link, list-item, @include tap-target)`]
      if (t.tag === 'Text' && !t.classes.some((c) => boxed.has(c))) return [`${at}: a Text is inline, so its height does nothing without a display`]
      return []
    })
    expect(problems).toEqual([])
  })
})

describe('text reads at 4.5:1 or better (WCAG AA) wherever the design puts it', () => {
  const token = new Map([...read('src/styles/theme.scss').matchAll(/^\$([\w-]+):\s*(#[0-9a-f]{6});/gim)].map((m) => [m[1], m[2]]))
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  /** Each text colour with the surfaces it is set on (tag, medal and banner fills included). */
  const PAIRS: Record<string, string[]> = {
    text: ['card', 'bg', 'gold', 'silver', 'bronze'],
    muted: ['card', 'bg'],
    faint: ['card'],
    red: ['card', 'bg', 'red-soft'],
    'gold-text': ['card', 'bg', 'gold-soft'],
    ok: ['card', 'ok-soft'],
    info: ['card', 'info-soft'],
    warn: ['card', 'warn-soft'],
    'on-brand': ['red', 'red-dark', 'ok', 'info', 'warn', 'muted', 'gold-text']
  }

  it('the scanner measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#9ca3af', '#ffffff')).toBeLessThan(3) // the old $faint
  })

  it.each(Object.entries(PAIRS))('$%s on each of its surfaces', (fg, surfaces) => {
    const weak = surfaces.map((bg) => ({ bg, ratio: contrast(token.get(fg)!, token.get(bg)!) })).filter((p) => !(p.ratio >= 4.5))
    expect(weak.map((p) => `$${fg} on $${p.bg}: ${p.ratio.toFixed(2)}:1`)).toEqual([])
  })

  it('text takes its colour only from those tokens (greeting cards keep their own paper and ink)', () => {
    const allowed = new Set([...Object.keys(PAIRS), 'red-dark', 'on-brand-soft'])
    const greeting = /greeting-(card|template)/
    const off = styles
      .filter((f) => !THEME_FILES.includes(f) && !greeting.test(f))
      .flatMap((f) => [...read(f).matchAll(/(?:^|[\s;{])color:\s*\$([\w-]+)/g)].map((m) => ({ f, name: m[1] })))
      .filter(({ name }) => !allowed.has(name))
    expect(off.map(({ f, name }) => `${f}: color: $${name}`)).toEqual([])
  })
})

it('a disabled button stays readable: no rule fades it (a faded red under white words read 2:1)', () => {
  const faded = decls.filter((d) => /disabled/.test(d.selector) && d.prop === 'opacity' && Number(d.value) < 1)
  expect(faded.map(where)).toEqual([])
})
