import type { FunctionContract } from './common'
import { BoardInput, BoardOutput, ClaimInput, ClaimOutput, SubmitInput, SubmitOutput } from './suggestion'
import {
  AccessInput,
  AccessOutput,
  AwardInput,
  AwardOutput,
  CommitDrawInput,
  CommitDrawOutput,
  DrawInput,
  DrawOutput,
  EditStepInput,
  EditStepOutput,
  ForwardInput,
  ForwardOutput,
  InboxInput,
  InboxOutput,
  OverdueInput,
  OverdueOutput,
  ReplyInput,
  ReplyOutput,
  SetSupervisorInput,
  SetSupervisorOutput,
  SupervisorsInput,
  SupervisorsOutput,
  WithdrawStepInput,
  WithdrawStepOutput
} from './suggestion-desk'

/**
 * The suggestion function's actions: what each takes and answers. A file of its own because
 * suggestion-desk.ts builds on suggestion.ts, so neither can hold a map of both without a cycle.
 */
export const suggestionContract = {
  submit: { input: SubmitInput, output: SubmitOutput },
  board: { input: BoardInput, output: BoardOutput },
  claim: { input: ClaimInput, output: ClaimOutput },
  access: { input: AccessInput, output: AccessOutput },
  inbox: { input: InboxInput, output: InboxOutput },
  overdue: { input: OverdueInput, output: OverdueOutput },
  reply: { input: ReplyInput, output: ReplyOutput },
  forward: { input: ForwardInput, output: ForwardOutput },
  editStep: { input: EditStepInput, output: EditStepOutput },
  withdrawStep: { input: WithdrawStepInput, output: WithdrawStepOutput },
  setSupervisor: { input: SetSupervisorInput, output: SetSupervisorOutput },
  supervisors: { input: SupervisorsInput, output: SupervisorsOutput },
  award: { input: AwardInput, output: AwardOutput },
  commitDraw: { input: CommitDrawInput, output: CommitDrawOutput },
  draw: { input: DrawInput, output: DrawOutput }
} satisfies FunctionContract
