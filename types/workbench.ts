import { z } from 'zod'

/** The 工作台's groups, in the order the page shows them. */
export const WorkbenchGroup = z.enum(['notice', 'activity', 'competition', 'suggestion', 'care', 'congress', 'member', 'greeting', 'report'])
export type WorkbenchGroup = z.infer<typeof WorkbenchGroup>

export const WORKBENCH_GROUP_LABELS: Record<WorkbenchGroup, string> = {
  notice: '通知',
  activity: '活动',
  competition: '比赛',
  suggestion: '建议 · 督导室',
  care: '送温暖',
  congress: '教代会',
  member: '会员',
  greeting: '祝福',
  report: '年度总结'
}

/** One tool the caller may use: a row that opens an existing page. */
export const WorkbenchTool = z.object({
  key: z.string(),
  group: WorkbenchGroup,
  label: z.string(),
  /** The page's url inside the app, with its query: '/officer/pages/suggestion-desk/index'. */
  page: z.string(),
  /** What waits for the caller there (unanswered suggestions, results to review…); absent when nothing is counted. */
  count: z.number().int().optional(),
  /** One line saying what the row is for, or what the count means. */
  hint: z.string().optional()
})
export type WorkbenchTool = z.infer<typeof WorkbenchTool>

export const WorkbenchInput = z.object({}).strict()
export type WorkbenchInput = z.infer<typeof WorkbenchInput>
/** Only the tools the caller's role may use, grouped in WorkbenchGroup's order. */
export const WorkbenchOutput = z.object({ tools: z.array(WorkbenchTool) })
export type WorkbenchOutput = z.infer<typeof WorkbenchOutput>
