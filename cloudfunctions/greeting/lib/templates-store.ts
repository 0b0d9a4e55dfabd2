import type { GreetingTemplate, Occasion } from '../../../types/greeting'
import type { Database } from '../../_shared/db'
import { OCCASIONS } from './occasions'

/** Collection of the chair's templates, one document per occasion (id = occasion key). */
export const TEMPLATES = 'greeting_templates'

export interface TemplateDoc {
  _id: Occasion
  text?: string
  enabled?: boolean
  updatedAt: string
}

/** Every occasion's template: the chair's text and switch where set, the built-in otherwise. */
export async function loadTemplates(db: Database): Promise<Map<Occasion, GreetingTemplate>> {
  const { data } = await db.collection(TEMPLATES).limit(100).get()
  const saved = new Map((data as unknown as TemplateDoc[]).map((d) => [d._id, d]))
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
