import { NUMBER_DEFAULTS, type Activity, type CreateActivityInput, type FieldType, type UpdateActivityInput } from '../../types/activity'
import { beijing, fromBeijing } from './beijing'

export interface FieldDraft {
  key: string
  label: string
  type: FieldType
  /** choices, separated by 、 or commas */
  options: string
  required: boolean
  /** number fields: whole numbers only */
  integer: boolean
  /** number fields, as typed; '' = the default (NUMBER_DEFAULTS) */
  min: string
  max: string
}

export interface BatchDraft {
  key?: string
  label: string
  capacity: string
}

/** The 发起活动 form as typed: strings where the member types, converted once on submit. */
export interface ActivityDraft {
  title: string
  description: string
  place: string
  date: string
  startTime: string
  endTime: string
  closeDate: string
  closeTime: string
  /** '' = unlimited */
  capacity: string
  waitlist: boolean
  batched: boolean
  batches: BatchDraft[]
  /** unit → most places, '' = no limit */
  quotas: Record<string, string>
  gender: '' | 'F' | 'M'
  retired: '' | 'yes' | 'no'
  units: string[]
  /** 仅限标签 (教代会代表…): narrows with the units */
  tags: string[]
  fields: FieldDraft[]
}

export function emptyDraft(now: Date): ActivityDraft {
  const week = beijing(new Date(now.getTime() + 7 * 864e5).toISOString()).date
  const day = beijing(new Date(now.getTime() + 5 * 864e5).toISOString()).date
  return {
    title: '',
    description: '',
    place: '',
    date: week,
    startTime: '09:00',
    endTime: '11:00',
    closeDate: day,
    closeTime: '18:00',
    capacity: '',
    waitlist: true,
    batched: false,
    batches: [{ label: '', capacity: '' }],
    quotas: {},
    gender: '',
    retired: '',
    units: [],
    tags: [],
    fields: []
  }
}

export function draftOf(a: Activity): ActivityDraft {
  const s = beijing(a.startAt)
  const c = beijing(a.signupClosesAt)
  return {
    title: a.title,
    description: a.description ?? '',
    place: a.place ?? '',
    date: s.date,
    startTime: s.time,
    endTime: a.endAt ? beijing(a.endAt).time : '',
    closeDate: c.date,
    closeTime: c.time,
    capacity: a.batches.length || a.capacity === null ? '' : String(a.capacity),
    waitlist: a.waitlist,
    batched: a.batches.length > 0,
    batches: a.batches.length ? a.batches.map((b) => ({ key: b.key, label: b.label, capacity: b.capacity === null ? '' : String(b.capacity) })) : [{ label: '', capacity: '' }],
    quotas: Object.fromEntries(Object.entries(a.quotas ?? {}).map(([u, n]) => [u, String(n)])),
    gender: a.eligibility?.gender ?? '',
    retired: a.eligibility?.retired === undefined ? '' : a.eligibility.retired ? 'yes' : 'no',
    units: a.eligibility?.units ?? [],
    tags: a.eligibility?.tags ?? [],
    fields: a.fields.map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      options: (f.options ?? []).join('、'),
      required: Boolean(f.required),
      integer: f.integer ?? NUMBER_DEFAULTS.integer,
      min: f.min === undefined ? '' : String(f.min),
      max: f.max === undefined ? '' : String(f.max)
    }))
  }
}

/** A number as typed (−5 and 1.5 too, so the server says what is wrong with them); anything else as typed. */
const num = (s: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(s) ? Number(s) : s)

/** A new question as the editor adds it: a number question starts as a count 0–99. */
export const newField = (fields: FieldDraft[]): FieldDraft => ({ key: nextFieldKey(fields), label: '', type: 'text', options: '', required: false, integer: true, min: '', max: '' })

/** A fresh field key: f1, f2, … not yet used. */
export function nextFieldKey(fields: FieldDraft[]): string {
  let n = fields.length + 1
  while (fields.some((f) => f.key === `f${n}`)) n++
  return `f${n}`
}

/** The create/update payload; on update, cleared settings are sent as null. */
export function payloadOf(d: ActivityDraft, editing: false): CreateActivityInput
export function payloadOf(d: ActivityDraft, editing: true): Omit<UpdateActivityInput, 'id'>
export function payloadOf(d: ActivityDraft, editing: boolean): CreateActivityInput | Omit<UpdateActivityInput, 'id'> {
  const quotas = Object.fromEntries(
    Object.entries(d.quotas)
      .filter(([, n]) => n.trim())
      .map(([u, n]) => [u, num(n)])
  )
  const eligibility: Record<string, unknown> = {}
  if (d.gender) eligibility.gender = d.gender
  if (d.retired) eligibility.retired = d.retired === 'yes'
  if (d.units.length) eligibility.units = d.units
  if (d.tags.length) eligibility.tags = d.tags
  const p: Record<string, unknown> = {
    title: d.title,
    description: d.description,
    place: d.place,
    startAt: fromBeijing(d.date, d.startTime),
    signupClosesAt: fromBeijing(d.closeDate, d.closeTime),
    waitlist: d.waitlist,
    fields: d.fields.map((f) => {
      const out: Record<string, unknown> = { key: f.key, label: f.label, type: f.type, required: f.required }
      if (f.type === 'single' || f.type === 'multiple') out.options = f.options.split(/[、,，\s]+/).filter(Boolean)
      if (f.type === 'number') {
        out.integer = f.integer
        if (f.min.trim()) out.min = num(f.min)
        if (f.max.trim()) out.max = num(f.max)
      }
      return out
    })
  }
  const clear = (k: string, v: unknown, empty: boolean) => {
    if (!empty) p[k] = v
    else if (editing) p[k] = null
  }
  clear('endAt', d.endTime ? fromBeijing(d.date, d.endTime) : null, !d.endTime)
  clear('quotas', quotas, Object.keys(quotas).length === 0)
  clear('eligibility', eligibility, Object.keys(eligibility).length === 0)
  clear(
    'batches',
    d.batches.map((b) => ({ ...(b.key ? { key: b.key } : {}), label: b.label, ...(b.capacity.trim() ? { capacity: num(b.capacity) } : {}) })),
    !d.batched
  )
  if (d.batched) {
    if (editing) p.capacity = null
  } else clear('capacity', num(d.capacity), !d.capacity.trim())
  return p as CreateActivityInput
}
