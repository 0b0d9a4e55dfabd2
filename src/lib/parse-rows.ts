import { FIELD_LABELS } from '../../types/common'
import { MemberRow } from '../../types/member'
import { parseLunarText } from './lunar-text'

/** One pasted line, read and checked; nothing here has been saved. */
export interface ParsedRow {
  /** 1-based line number in what was pasted, so errors point where the chair looks. */
  line: number
  cells: string[]
  /** The row ready for member.import; absent when errors is not empty. */
  value?: MemberRow
  errors: string[]
}

export interface ParseResult {
  rows: ParsedRow[]
  headerSkipped: boolean
  /** The header the rows were read under (the sheet's own, or the template's), to hand bad rows back for fixing. */
  header: string[]
}

type Field = 'name' | 'unit' | 'gender' | 'birthday' | 'lunarBirthday' | 'retired' | 'phone'

/** The column order of the template the chair is given. */
const COLUMNS: Field[] = ['name', 'unit', 'gender', 'birthday', 'lunarBirthday', 'retired', 'phone']
export const COLUMN_TITLES = ['姓名', '部门', '性别', '生日', '农历生日', '退休', '手机']

/** Header words people actually type, so a sheet with its own headers in its own order still works. */
const HEADER_WORDS: Record<string, Field> = {
  姓名: 'name',
  名字: 'name',
  部门: 'unit',
  单位: 'unit',
  组别: 'unit',
  科室: 'unit',
  性别: 'gender',
  生日: 'birthday',
  出生日期: 'birthday',
  公历生日: 'birthday',
  阳历生日: 'birthday',
  农历生日: 'lunarBirthday',
  农历: 'lunarBirthday',
  阴历生日: 'lunarBirthday',
  退休: 'retired',
  是否退休: 'retired',
  手机: 'phone',
  手机号: 'phone',
  手机号码: 'phone',
  电话: 'phone',
  联系电话: 'phone'
}

const clean = (s: string) => s.replace(/[\s\u3000]+/g, ' ').trim()

function splitLine(line: string): string[] {
  // Excel and WPS copy cells tab-separated; a hand-typed list may use commas instead
  const cells = line.includes('\t') ? line.split('\t') : line.split(/[,，]/)
  return cells.map(clean)
}

/** A header row names at least 姓名 and one other known column. */
function headerColumns(cells: string[]): (Field | undefined)[] | undefined {
  const fields = cells.map((c) => HEADER_WORDS[c.replace(/[（(].*[)）]/, '').trim()])
  return fields.includes('name') && fields.filter(Boolean).length >= 2 ? fields : undefined
}

/** Excel counts days from 1899-12-30 (its phantom 29 Feb 1900 makes that the zero for every later date). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

function toDate(s: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  // a date cell that lost its format arrives as Excel's day count (27461 = 1975-03-08); five digits
  // only (from 1927-05-18), so a bare year typed as 1975 is questioned, not read as a day in 1905
  const serial = /^\d{5}(\.\d+)?$/.test(s) ? Math.floor(Number(s)) : 0
  if (serial) return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10)
  // an unreadable date goes to the schema as typed, which explains the expected form
  return s
}

const GENDERS: Record<string, 'F' | 'M'> = { 女: 'F', 男: 'M', F: 'F', M: 'M', f: 'F', m: 'M' }
const YES_NO: Record<string, boolean> = { 是: true, 否: false, Y: true, N: false, y: true, n: false, 已退休: true, 在职: false }

/** Turns the cells into the schema's shape; a cell that can't be read becomes a message. */
function toRow(fields: (Field | undefined)[], cells: string[]): { row: Record<string, unknown>; errors: Partial<Record<Field, string>> } {
  const row: Record<string, unknown> = {}
  const errors: Partial<Record<Field, string>> = {}
  fields.forEach((field, i) => {
    const v = cells[i] ?? ''
    if (!field || v === '') return
    if (field === 'gender') {
      if (GENDERS[v]) row.gender = GENDERS[v]
      else errors.gender = `性别请填“男”或“女”（现在是“${v}”）`
    } else if (field === 'birthday') row.birthday = toDate(v)
    else if (field === 'lunarBirthday') {
      const lunar = parseLunarText(v)
      if (lunar) row.lunarBirthday = lunar
      else errors.lunarBirthday = `农历生日看不懂“${v}”，可以写成 八月十五 或 8-15`
    } else if (field === 'retired') {
      if (v in YES_NO) row.retired = YES_NO[v]
      else errors.retired = `退休请填“是”或“否”（现在是“${v}”）`
    } else if (field === 'phone') row.phone = v.replace(/[\s-]/g, '')
    else row[field] = v
  })
  return { row, errors }
}

/** Checks with the same schema member.import uses, skipping fields already explained. */
function check(row: Record<string, unknown>, known: Partial<Record<Field, string>>): { value?: MemberRow; errors: string[] } {
  const res = MemberRow.safeParse(row)
  const errors: string[] = Object.values(known)
  if (res.success) return errors.length ? { errors } : { value: res.data, errors }
  for (const issue of res.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (field in known) continue
    // the schema speaks F/M; a spreadsheet speaks 男/女
    if (field === 'gender') errors.push('请填写性别（男或女）')
    else {
      const label = FIELD_LABELS[field] ?? field
      errors.push(issue.message.includes(label) ? issue.message : `${label}：${issue.message}`)
    }
  }
  return { errors: [...new Set(errors)] }
}

/**
 * Reads rows pasted from Excel/WPS (columns 姓名, 部门, 性别, 生日, 农历生日, 退休, 手机, or the
 * sheet's own header). Every row gets its errors; nothing is dropped silently, blank lines aside.
 */
export function parseRows(text: string): ParseResult {
  return parseGrid(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => (line.trim() ? splitLine(line) : []))
  )
}

/**
 * Reads a sheet's cells (a chosen .xlsx/.csv, or pasted lines), row i being the sheet's row i + 1,
 * so a message's row number is the one the chair sees in Excel.
 */
export function parseGrid(grid: string[][]): ParseResult {
  let fields: (Field | undefined)[] = COLUMNS
  let header = COLUMN_TITLES
  let headerSkipped = false
  const rows: ParsedRow[] = []
  const seen = new Map<string, number>()
  grid.forEach((raw, index) => {
    const cells = raw.map((c) => clean(c))
    if (!cells.some(Boolean)) return
    if (rows.length === 0 && !headerSkipped) {
      const found = headerColumns(cells)
      if (found) {
        fields = found
        header = cells
        headerSkipped = true
        return
      }
    }
    const read = toRow(fields, cells)
    const checked = check(read.row, read.errors)
    const parsed: ParsedRow = { line: index + 1, cells, errors: checked.errors }
    if (checked.value) {
      // import is all or nothing and refuses duplicates, so point at them before sending
      const key = `${checked.value.name}\u0000${checked.value.unit}`
      const first = seen.get(key)
      if (first !== undefined) parsed.errors.push(`与第 ${first} 行重复（${checked.value.name}，${checked.value.unit}）`)
      else {
        seen.set(key, parsed.line)
        parsed.value = checked.value
      }
    }
    rows.push(parsed)
  })
  return { rows, headerSkipped, header }
}

/** The rows that were not saved, under their header, tab-separated: pasted back for the chair to fix. */
export function rowsToText(header: string[], rows: ParsedRow[]): string {
  return [header, ...rows.map((r) => r.cells)].map((cells) => cells.join('\t')).join('\n')
}

/** Splits rows into calls of at most size (member.import takes ≤ 500 a call). */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
