import { randomBytes } from 'node:crypto'
import { unionDate } from './clock'
import { EXPORTS } from './collections'
import type { Ctx } from './ctx'
import { collection, getAll, type Database } from './db'
import { AppError } from './errors'

/** One record per uploaded export (collection `exports`): the cleanup timer removes them after a day. */
interface ExportDoc {
  _id: string
  fileID: string
  createdAt: string
}

const exportsIn = (db: Database) => collection<ExportDoc>(db, EXPORTS)
const KEEP_MS = 24 * 3600 * 1000

/**
 * A file name safe in a cloud path and in Excel's title bar: Chinese, letters, digits, - _ . only,
 * at most 60 characters, and never empty or hidden.
 */
export function safeFileName(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name)
  const ext = m ? `.${m[1]}` : ''
  const stem = name
    .slice(0, name.length - ext.length)
    .replace(/[^\w\u4e00-\u9fa5-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 60 - ext.length)
  return `${stem || '导出'}${ext}`
}

/**
 * Uploads an export as exports/<Beijing day>/<random>-<name> (a random part, so nobody guesses
 * another's file) and records it for the cleanup timer.
 */
export async function saveExport(ctx: Pick<Ctx, 'db' | 'openapi' | 'now'>, name: string, content: Buffer): Promise<{ fileID: string; url?: string; fileName: string }> {
  if (!ctx.openapi.uploadFile) throw new AppError('INTERNAL', '暂时无法导出，请稍后再试')
  const fileName = safeFileName(name)
  const cloudPath = `exports/${unionDate(ctx.now())}/${randomBytes(6).toString('hex')}-${fileName}`
  const { fileID, url } = await ctx.openapi.uploadFile(cloudPath, content)
  await exportsIn(ctx.db).add({ data: { fileID, createdAt: ctx.now().toISOString() } })
  return url ? { fileID, url, fileName } : { fileID, fileName }
}

/** Timer: deletes exports older than a day (their records after their files, so a cut-off run resumes). */
export async function removeOldExports(ctx: Pick<Ctx, 'db' | 'openapi' | 'now'>): Promise<{ removed: number }> {
  const before = new Date(ctx.now().getTime() - KEEP_MS).toISOString()
  const old = await getAll(
    exportsIn(ctx.db)
      .where({ createdAt: ctx.db.command.lt(before) })
      .orderBy('_id', 'asc')
  )
  // deleteFile takes at most 50 files a call
  for (let i = 0; i < old.length; i += 50) {
    const batch = old.slice(i, i + 50)
    await ctx.openapi.deleteFiles?.(batch.map((e) => e.fileID))
    await exportsIn(ctx.db)
      .where({ _id: ctx.db.command.in(batch.map((e) => e._id)) })
      .remove()
  }
  return { removed: old.length }
}
