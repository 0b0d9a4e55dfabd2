import type { RecordResultInput } from '../../../types/competition'
import { AppError } from '../../_shared/errors'
import type { EventDoc, HistoryEntry } from '../data/docs'
import { judgedScore, scoresProblem } from '../lib/judged'
import { formatValue, parseMeasured, parseTimed } from '../lib/parse-value'

/** The result's comparable value and how it reads, or BAD_REQUEST naming what is wrong with it. */
export function valueOf(input: Pick<RecordResultInput, 'value' | 'scores'>, event: EventDoc): HistoryEntry['new'] {
  if (event.kind === 'judged') {
    if (!input.scores) throw new AppError('BAD_REQUEST', '评分项目请填写每位评委的打分')
    const problem = scoresProblem(input.scores, event)
    if (problem) throw new AppError('BAD_REQUEST', problem)
    const value = judgedScore(input.scores, event.dropHighLow)
    return { value, display: formatValue('judged', event.measure, value), scores: input.scores }
  }
  if (input.value === undefined || input.value === '') throw new AppError('BAD_REQUEST', '请填写成绩')
  if (input.scores) throw new AppError('BAD_REQUEST', '只有评分项目才填写评委打分')
  const parsed = event.kind === 'timed' ? parseTimed(input.value) : parseMeasured(input.value, event.measure)
  if (!parsed.ok) throw new AppError('BAD_REQUEST', parsed.message)
  return { value: parsed.value, display: formatValue(event.kind, event.measure, parsed.value) }
}
