import type { CareOccasion, CareRule } from '../../../types/care'
import type { CareAudience } from '../../../types/care'

/** One visit or payment (collection `care_records`). */
export interface RecordDoc {
  _id: string
  memberId: string
  /** Snapshots, so the ledger reads without a join and stays as it was when recorded. */
  name: string
  unit: string
  occasion: CareOccasion
  /** YYYY-MM-DD, Beijing */
  date: string
  /** YYYY of date: the cap's year */
  year: number
  amount?: number
  gift?: string
  visitors: string[]
  note?: string
  taskId?: string
  override?: { reason: string; by: string }
  /** the rule as it stood when recorded: a later change applies from then on */
  rule: CareRule
  recordedBy: string
  recordedById: string
  createdAt: string
}

/** What a member has had for one occasion in one Beijing year (`<memberId>:<year>:<occasion>`). */
export interface LedgerDoc {
  _id: string
  amount: number
  count: number
}

export interface TaskDoc {
  _id: string
  memberId: string
  name: string
  unit: string
  occasion: CareOccasion
  note?: string
  reportedBy: string
  reportedById: string
  reportedAt: string
  dueDate: string
  assignee?: { id: string; name: string }
  status: 'open' | 'done'
  recordId?: string
  doneAt?: string
}

export interface SettingsDoc {
  _id: 'rules' | 'keeper'
  rules?: Partial<Record<CareOccasion, Partial<CareRule>>>
  keeperId?: string
  updatedAt: string
}

export interface DistributionDoc {
  _id: string
  title: string
  gift: string
  audience: CareAudience | null
  total: number
  createdBy: string
  createdAt: string
}

/** One member's line of a 签收表 (`<distributionId>:<memberId>`); collectedAt is set once. */
export interface CollectDoc {
  _id: string
  distributionId: string
  memberId: string
  name: string
  unit: string
  collectedAt?: string
  markedBy?: string
}

export interface HardshipDoc {
  _id: string
  memberId: string
  name: string
  unit: string
  cause: string
  level: 'general' | 'serious' | 'extreme'
  measures: string
  /** YYYY-MM-DD, Beijing: the last yearly review (the file's opening counts as one) */
  reviewedOn: string
  createdAt: string
  updatedAt: string
}
