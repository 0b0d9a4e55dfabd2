/** One line of `npm run bench`: a figure, its target, and whether the target was met. */
export interface BenchRow {
  scenario: string
  figure: string
  value: string
  target?: string
  /** undefined when the figure has no target */
  pass?: boolean
}

export type Bench = () => Promise<BenchRow[]>
