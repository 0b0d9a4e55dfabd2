import { open, type FileHandle } from 'node:fs/promises'
import type Datastore from '@seald-io/nedb'

/**
 * nedb appends each write with fs.appendFile, which opens and closes the datafile every time, twice
 * per sign-up while the store's lock is held. Keeping one handle open per datafile halves the cost of
 * a flash crowd; the handle is reopened after a compaction swaps the file underneath it.
 */
export function keepAppendHandleOpen(ds: Datastore, filename: string): void {
  let handle: Promise<FileHandle> | null = null
  const persistence = ds.persistence as unknown as {
    persistNewStateAsync(docs: unknown[]): Promise<void>
    afterSerialization(s: string): string | Promise<string>
  }
  // nedb's own line format, so its loader reads what we write
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const model = require('@seald-io/nedb/lib/model.js') as { serialize(doc: unknown): string }
  persistence.persistNewStateAsync = async (docs: unknown[]) => {
    let lines = ''
    for (const doc of docs) lines += (await persistence.afterSerialization(model.serialize(doc))) + '\n'
    if (!lines) return
    handle ??= open(filename, 'a')
    await (await handle).write(lines)
  }
  ds.on('compaction.done', () => {
    const old = handle
    handle = null
    old?.then((h) => h.close()).catch(() => undefined)
  })
}
