import { BoardInput, ClaimInput, SubmitInput, SUGGESTION_LABELS } from '../../types/suggestion'
import {
  AccessInput,
  AwardInput,
  CommitDrawInput,
  DrawInput,
  ForwardInput,
  InboxInput,
  OverdueInput,
  ReplyInput,
  SetSupervisorInput,
  SupervisorsInput
} from '../../types/suggestion-desk'
import { action, type FunctionDef } from '../_shared/dispatch'
import { requireDesk } from './lib/desk'
import { access } from './handlers/access'
import { award } from './handlers/award'
import { board } from './handlers/board'
import { claim } from './handlers/claim'
import { commitDraw } from './handlers/commit-draw'
import { draw } from './handlers/draw'
import { forward } from './handlers/forward'
import { inbox } from './handlers/inbox'
import { overdue } from './handlers/overdue'
import { reply } from './handlers/reply'
import { setSupervisor } from './handlers/set-supervisor'
import { submit } from './handlers/submit'
import { supervisors } from './handlers/supervisors'

/** 号码有奖征集 and the 督导室. Desk actions are 'officer' plus a guard that admits only the chair and 督导员. */
export const suggestion: FunctionDef = {
  name: 'suggestion',
  labels: SUGGESTION_LABELS,
  actions: {
    submit: action({ input: SubmitInput, role: 'member', handler: submit }),
    board: action({ input: BoardInput, role: 'member', handler: board }),
    claim: action({ input: ClaimInput, role: 'member', handler: claim }),
    access: action({ input: AccessInput, role: 'member', handler: access }),
    inbox: action({ input: InboxInput, role: 'officer', guard: requireDesk, handler: inbox }),
    overdue: action({ input: OverdueInput, role: 'officer', guard: requireDesk, handler: overdue }),
    reply: action({ input: ReplyInput, role: 'officer', guard: requireDesk, handler: reply }),
    forward: action({ input: ForwardInput, role: 'officer', guard: requireDesk, handler: forward }),
    setSupervisor: action({ input: SetSupervisorInput, role: 'chair', handler: setSupervisor }),
    supervisors: action({ input: SupervisorsInput, role: 'chair', handler: supervisors }),
    award: action({ input: AwardInput, role: 'chair', handler: award }),
    commitDraw: action({ input: CommitDrawInput, role: 'chair', handler: commitDraw }),
    draw: action({ input: DrawInput, role: 'chair', handler: draw })
  }
}
