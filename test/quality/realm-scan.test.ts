/**
 * In the tests each jest worker loads wx-server-sdk once, outside the test files' realms
 * (test/support/warm-sdk.js), so what the SDK answers (documents, their Dates and arrays, its
 * errors) comes from another realm than the function reading it. On WeChat there is one realm. Code
 * that ships must therefore never ask which realm made a value: no instanceof against a built-in
 * class, no zod date/instanceof/custom schema. Otherwise a branch could go one way in the tests and
 * the other in production. Checks by shape (Array.isArray, typeof, fields) work in both.
 */
import { join } from 'node:path'
import { filesUnder, read, REPO } from '../support/style-scan'

const BUILT_IN = /\binstanceof\s+(Date|Array|Object|Error|TypeError|RangeError|RegExp|Map|Set|Promise|Buffer|Uint8Array|ArrayBuffer)\b/
const ZOD_REALM = /\bz\.(date|instanceof|custom)\(/

export function findings(file: string, source: string): string[] {
  const out: string[] = []
  source.split('\n').forEach((text, i) => {
    if (/^\s*(\/\/|\*)/.test(text)) return
    if (BUILT_IN.test(text) || ZOD_REALM.test(text)) out.push(`${file}:${i + 1}: ${text.trim()}`)
  })
  return out
}

// the stand-in's own server parses what it is sent in its own realm (cloudfunctions/_local)
const shipped = [join(REPO, 'cloudfunctions'), join(REPO, 'types')].flatMap((d) => filesUnder(d, /\.ts$/)).filter((f) => !/\.test\.ts$|\/testing\.ts$|^cloudfunctions\/_local\//.test(f))

it('the scanner finds a realm check, and lets shape checks and our own classes through', () => {
  expect(['if (v instanceof Date) return', 'z.date()', 'e instanceof Error', 'z.instanceof(Buffer)'].map((l) => findings('x.ts', l).length)).toEqual([1, 1, 1, 1])
  expect(findings('x.ts', 'if (Array.isArray(v) || e instanceof AppError || typeof d === "string") z.string()')).toEqual([])
})

it(`no code that ships asks which realm made a value (${shipped.length} files)`, () => {
  expect(shipped.length).toBeGreaterThan(100)
  expect(shipped.flatMap((f) => findings(f, read(f)))).toEqual([])
})
