/**
 * 督办 arithmetic shared by the 督导室 (suggestions forwarded with a due date) and the 教代会
 * (proposals accepted with a due date): whole Shanghai days past the due date, 0 when not late.
 */
export function daysOverdue(dueDate: string | undefined, today: string): number {
  if (!dueDate || dueDate >= today) return 0
  return Math.round((Date.parse(today + 'T00:00:00Z') - Date.parse(dueDate + 'T00:00:00Z')) / 86_400_000)
}
