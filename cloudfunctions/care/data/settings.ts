import { CARE_SETTINGS } from '../../_shared/collections'
import { collection, getDoc, type Database } from '../../_shared/db'
import { mergeRules, type Rules } from '../lib/rules'
import type { SettingsDoc } from './docs'

const settingsIn = (db: Database) => collection<SettingsDoc>(db, CARE_SETTINGS)

export async function loadRules(db: Database): Promise<{ rules: Rules; updatedAt?: string }> {
  const doc = await getDoc<SettingsDoc>(db, CARE_SETTINGS, 'rules')
  return { rules: mergeRules(doc?.rules), updatedAt: doc?.updatedAt }
}

/** Whole-document set: the same rules sent twice store the same thing. */
export async function saveRules(db: Database, rules: Rules, now: string): Promise<void> {
  await settingsIn(db)
    .doc('rules')
    .set({ data: { rules, updatedAt: now } })
}

export async function keeperId(db: Database): Promise<string | null> {
  const doc = await getDoc<SettingsDoc>(db, CARE_SETTINGS, 'keeper')
  return doc?.keeperId ?? null
}

export async function saveKeeper(db: Database, memberId: string, now: string): Promise<void> {
  await settingsIn(db)
    .doc('keeper')
    .set({ data: { keeperId: memberId, updatedAt: now } })
}
