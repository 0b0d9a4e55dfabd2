export interface JudgingRules {
  maxScore: number
  /** How many judges must score; any number when absent. */
  judges?: number
  dropHighLow: boolean
}

/** The first problem with a set of judges' scores, in words an officer can act on; null when fine. */
export function scoresProblem(scores: readonly number[], rules: JudgingRules): string | null {
  if (rules.judges !== undefined && scores.length !== rules.judges) return `本项目有 ${rules.judges} 位评委，请填写 ${rules.judges} 个打分（现有 ${scores.length} 个）`
  if (rules.dropHighLow && scores.length < 3) return '去掉最高分和最低分至少需要 3 位评委的打分'
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]
    if (!Number.isFinite(s) || s < 0) return `第 ${i + 1} 位评委的打分不能为负数`
    if (s > rules.maxScore) return `第 ${i + 1} 位评委的打分 ${s} 超过满分 ${rules.maxScore}`
  }
  return null
}

/** Mean of the judges' scores, dropping one highest and one lowest when asked; two decimals (最后得分保留两位小数). */
export function judgedScore(scores: readonly number[], dropHighLow: boolean): number {
  const sorted = [...scores].sort((a, b) => a - b)
  const counted = dropHighLow && sorted.length >= 3 ? sorted.slice(1, -1) : sorted
  const mean = counted.reduce((s, v) => s + v, 0) / counted.length
  return Math.round(mean * 100 + 1e-9) / 100
}
