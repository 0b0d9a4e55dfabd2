import type { PlanItem } from '../../../types/report'
import { REPORT_PLANS } from '../../_shared/collections'
import { collection, getDoc, type Database } from '../../_shared/db'

/** Collection `report_plans`, id = the year: the chair's 工作计划 by month. */
export interface PlanDoc {
  _id: string
  items: PlanItem[]
  updatedAt: string
  updatedBy: string
}

export const loadPlan = (db: Database, year: number) => getDoc<PlanDoc>(db, REPORT_PLANS, String(year))

/** Replaces the year's plan whole: saving the same list twice leaves the same document. */
export async function savePlan(db: Database, year: number, doc: Omit<PlanDoc, '_id'>): Promise<void> {
  await collection<PlanDoc>(db, REPORT_PLANS)
    .doc(String(year))
    .set({ data: { ...doc } })
}
