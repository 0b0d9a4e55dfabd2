import { open, type FileHandle } from 'node:fs/promises'
import type Datastore from '@seald-io/nedb'
// nedb's own line format, so its loader reads what we write
import model from '@seald-io/nedb/lib/model.js'

interface Batch {
  text: string
  done: Promise<void>
  resolve: () => void
  reject: (e: unknown) => void
}

/**
 * One datafile's appends, group-committed: lines queued while a write is in flight go out together
 * in the next write, through one handle kept open (nedb's appendFile opened and closed the file on
 * every write, twice per sign-up, while the store's lock was held).
 */
export class AppendLog {
  private handle: Promise<FileHandle> | null = null
  private next: Batch | null = null
  private busy = false
  /** The batch that holds the latest lines: once it is written, everything before it is too. */
  private last: Promise<void> = Promise.resolve()

  constructor(private filename: string) {}

  append(text: string): Promise<void> {
    if (!this.next) {
      let resolve!: () => void
      let reject!: (e: unknown) => void
      const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
      done.catch(() => undefined)
      this.next = { text: '', done, resolve, reject }
    }
    const batch = this.next
    batch.text += text
    this.last = batch.done
    if (!this.busy) void this.drain()
    return batch.done
  }

  /** Resolves once every line appended so far is written. */
  durable(): Promise<void> {
    return this.last
  }

  /** Once every line appended so far is written, closes the file (a cloud that stops, in a process that goes on). */
  async close(): Promise<void> {
    await this.last.catch(() => undefined)
    const h = this.handle
    this.handle = null
    await h?.then((f) => f.close()).catch(() => undefined)
  }

  /** After a compaction renamed a new file into place, write to that one. */
  reopen(): void {
    const old = this.handle
    this.handle = null
    old?.then((h) => h.close()).catch(() => undefined)
  }

  private async drain(): Promise<void> {
    this.busy = true
    while (this.next) {
      const batch = this.next
      this.next = null
      try {
        this.handle ??= open(this.filename, 'a')
        await (await this.handle).write(batch.text)
        batch.resolve()
      } catch (e) {
        batch.reject(e)
      }
    }
    this.busy = false
  }
}

/** Routes a datastore's persistence through an AppendLog; the write is awaited by Engine, off the lock. */
export function attachAppendLog(ds: Datastore, filename: string): AppendLog {
  const log = new AppendLog(filename)
  const persistence = ds.persistence as unknown as {
    persistNewStateAsync(docs: unknown[]): Promise<void>
    afterSerialization(s: string): string | Promise<string>
  }
  persistence.persistNewStateAsync = async (docs: unknown[]) => {
    let lines = ''
    for (const doc of docs) lines += (await persistence.afterSerialization(model.serialize(doc))) + '\n'
    if (lines) void log.append(lines)
  }
  ds.on('compaction.done', () => log.reopen())
  return log
}
