import type { CreateBallotInput } from '../../../types/ballot'
import { DEFAULT_CRITERIA, DEFAULT_SCALE, MOTION_OPTIONS, type CountSpec } from '../../../types/ballot-count'
import { AppError } from '../../_shared/errors'

/** What each kind needs, checked together (zod checks each field alone): a clear message for what is missing. */
export function specOf(input: CreateBallotInput): Omit<CountSpec, 'raterGroups'> & { maxChoices: number } {
  if (input.raterGroups && input.kind !== 'rating') throw new AppError('BAD_REQUEST', '评议组只用于民主评议')
  const presentAt = input.electorate.presentAt
  return { ...kindSpec(input), ...(presentAt ? { presentAt } : {}) }
}

function kindSpec(input: CreateBallotInput): Omit<CountSpec, 'raterGroups'> & { maxChoices: number } {
  switch (input.kind) {
    case 'motion':
      return { kind: 'motion', options: MOTION_OPTIONS, maxChoices: 1, pass: input.pass ?? 'present' }
    case 'poll': {
      if (!input.options) throw new AppError('BAD_REQUEST', '意见投票请至少填写 2 个选项')
      const maxChoices = input.maxChoices ?? 1
      if (maxChoices > input.options.length) throw new AppError('BAD_REQUEST', '最多可选的项数不能超过选项数')
      return { kind: 'poll', options: input.options, maxChoices }
    }
    case 'election': {
      if (!input.candidates) throw new AppError('BAD_REQUEST', '选举请填写候选人')
      const seats = input.seats ?? 1
      if (seats > input.candidates.length) throw new AppError('BAD_REQUEST', '应选人数不能多于候选人数')
      const maxChoices = input.maxChoices ?? seats
      if (maxChoices > input.candidates.length) throw new AppError('BAD_REQUEST', '每票最多可选的人数不能超过候选人数')
      return { kind: 'election', options: input.candidates, seats, maxChoices }
    }
    case 'rating':
      if (!input.subjects) throw new AppError('BAD_REQUEST', '民主评议请填写评议对象')
      return { kind: 'rating', options: [], maxChoices: 0, subjects: input.subjects, criteria: input.criteria ?? DEFAULT_CRITERIA, scale: input.scale ?? DEFAULT_SCALE }
  }
}
