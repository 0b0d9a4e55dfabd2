import readXlsxFile from 'read-excel-file/web-worker'

/** A file that can't be read, with what to do instead (shown to the chair as it is). */
export class SheetError extends Error {}

const SAVE_AS_XLSX = '请在 Excel 或 WPS 里打开它，“另存为” .xlsx 格式后再选；也可以直接复制表格，粘贴到下面。'

type Cell = string | number | boolean | Date | null

/** A date cell as YYYY-MM-DD; read-excel-file gives it as midnight UTC of that day. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  if (typeof cell === 'boolean') return cell ? '是' : '否'
  return String(cell)
}

/**
 * read-excel-file's unpacker asks `input instanceof File` / `instanceof Blob` before taking an
 * ArrayBuffer; the mini-program has neither global, so it gets inert stand-ins nothing is an instance of.
 */
function ensureFileGlobals() {
  // globalThis is missing on the oldest phones' JS engines; webpack's `global` is the same object there
  const g = (typeof globalThis !== 'undefined' ? globalThis : global) as unknown as Record<string, unknown>
  for (const name of ['File', 'Blob']) if (typeof g[name] === 'undefined') g[name] = class {}
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  ensureFileGlobals()
  try {
    const rows = (await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as Cell[][]
    return rows.map((row) => row.map(cellText))
  } catch {
    throw new SheetError(`这个文件打不开，可能已损坏或被加密。${SAVE_AS_XLSX}`)
  }
}

/** Strict UTF-8 check: a CSV saved by Excel on a Chinese Windows is GBK, and must not be read as mojibake. */
function isUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length;) {
    const c = b[i]
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1
    if (n < 0) return false
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return false
    i += n + 1
  }
  return true
}

function decodeUtf8(b: Uint8Array): string {
  // percent-decoding is UTF-8 decoding without TextDecoder, which the mini-program lacks
  let s = ''
  for (let i = 0; i < b.length; i += 4096) s += Array.from(b.subarray(i, i + 4096), (c) => '%' + c.toString(16).padStart(2, '0')).join('')
  return decodeURIComponent(s)
}

function decodeText(bytes: Uint8Array): string {
  const b = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (isUtf8(b)) return decodeUtf8(b)
  if (typeof TextDecoder !== 'undefined') {
    try {
      return new TextDecoder('gb18030').decode(b)
    } catch {
      // no GBK decoder here: fall through to the message
    }
  }
  throw new SheetError(`这个 CSV 文件的文字编码读不了（多半是 GBK）。${SAVE_AS_XLSX}`)
}

/** CSV as Excel and WPS write it: commas, "quoted, cells" with "" for a quote, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch !== '"') cell += ch
      else if (text[i + 1] === '"') cell += text[++i]
      else quoted = false
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') endCell()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else cell += ch
  }
  if (cell !== '' || row.length) endRow()
  return rows
}

/**
 * Reads a chosen file into rows of cell text, row i being the sheet's row i + 1. The first sheet
 * of an .xlsx, or a .csv; an old .xls (a different, binary format) is refused with what to do.
 */
export async function readSheet(fileName: string, data: ArrayBuffer | Uint8Array): Promise<string[][]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  const ext = (/\.([a-z]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase()
  if (bytes.length === 0) throw new SheetError('这个文件是空的。')
  // look at the bytes, not only the name: a renamed file still says what it is
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new SheetError(`这是旧版 Excel（.xls）文件，这里读不了。${SAVE_AS_XLSX}`)
  if (ext === 'csv' || ext === 'txt') return parseCsv(decodeText(bytes))
  throw new SheetError(`“${fileName}”不是 Excel 表格（.xlsx）或 CSV 文件。${SAVE_AS_XLSX}`)
}
