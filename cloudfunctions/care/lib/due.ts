import { addDays, unionDate } from '../../_shared/clock'

/** The Beijing day a task reported at `now` is due by: today (Beijing) plus the rule's days. */
export const dueDateOf = (now: Date, dueDays: number): string => addDays(unionDate(now), dueDays)

/** Overdue once the Beijing date has passed its due date: a task due the 27th is on time until Beijing midnight. */
export const isOverdue = (dueDate: string, now: Date): boolean => unionDate(now) > dueDate

/** A hardship file is reviewed once a year: due 365 days after its last review (its opening counts as one). */
export const reviewDueOf = (reviewedOn: string): string => addDays(reviewedOn, 365)
