import type { GreetingTemplate, Occasion } from '../../../types/greeting'
import { GREETING_TEMPLATES } from '../../_shared/collections'
import { collection, getDoc, type Database } from '../../_shared/db'
import { OCCASIONS } from '../lib/occasions'
import type { TemplateDoc } from './docs'

/** The chair's templates, one document per occasion (id = occasion key). */
const templatesIn = (db: Database) => collection<TemplateDoc>(db, GREETING_TEMPLATES)

export const loadTemplate = (db: Database, occasion: Occasion) => getDoc<TemplateDoc>(db, GREETING_TEMPLATES, occasion)

export async function putTemplate(db: Database, occasion: Occasion, next: Omit<TemplateDoc, '_id'>): Promise<void> {
  await templatesIn(db).doc(occasion).set({ data: next })
}

/** Every occasion's template: the chair's text and switch where set, the built-in otherwise. */
export async function loadTemplates(db: Database): Promise<Map<Occasion, GreetingTemplate>> {
  const { data } = await templatesIn(db).limit(100).get()
  const saved = new Map(data.map((d) => [d._id, d]))
  const out = new Map<Occasion, GreetingTemplate>()
  for (const o of OCCASIONS) {
    const doc = saved.get(o.key)
    out.set(o.key, {
      occasion: o.key,
      label: o.label,
      audience: o.audience,
      title: o.title,
      text: doc?.text ?? o.text,
      enabled: doc?.enabled ?? true,
      custom: doc?.text !== undefined
    })
  }
  return out
}
