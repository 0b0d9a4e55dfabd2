import type { FunctionContract } from './common'
import { BoardInput, BoardOutput, ClaimInput, ClaimOutput, RedactInput, RedactOutput, SubmitInput, SubmitOutput, TokensInput, TokensOutput } from './suggestion'
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
import { SecondInput, SecondOutput, SecondTokensInput, SecondTokensOutput } from './suggestion-second'
import { DrawMonthOutput, KeyholderCandidatesInput, KeyholderCandidatesOutput, KeyholdingInput, KeyholdingOutput, RevealInput, SetKeyholdersInput } from './suggestion-draw'

/**
 * The suggestion function's actions: what each takes and answers. A file of its own because
 * suggestion-desk.ts builds on suggestion.ts, so neither can hold a map of both without a cycle.
 */
export const suggestionContract = {
  tokens: { input: TokensInput, output: TokensOutput },
  submit: { input: SubmitInput, output: SubmitOutput },
  secondTokens: { input: SecondTokensInput, output: SecondTokensOutput },
  second: { input: SecondInput, output: SecondOutput },
  redact: { input: RedactInput, output: RedactOutput },
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
  draw: { input: DrawInput, output: DrawOutput },
  setKeyholders: { input: SetKeyholdersInput, output: DrawMonthOutput },
  keyholderCandidates: { input: KeyholderCandidatesInput, output: KeyholderCandidatesOutput },
  keyholding: { input: KeyholdingInput, output: KeyholdingOutput },
  reveal: { input: RevealInput, output: DrawMonthOutput }
} satisfies FunctionContract
