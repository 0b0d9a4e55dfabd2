import { SUGGESTION_LABELS } from '../../types/suggestion'
import { suggestionContract } from '../../types/suggestion-contract'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { access } from './handlers/access'
import { award } from './handlers/award'
import { board } from './handlers/board'
import { claim } from './handlers/claim'
import { commitDraw } from './handlers/commit-draw'
import { requireDesk } from './handlers/desk'
import { draw } from './handlers/draw'
import { editStep } from './handlers/edit-step'
import { forward } from './handlers/forward'
import { inbox } from './handlers/inbox'
import { overdue } from './handlers/overdue'
import { reply } from './handlers/reply'
import { setSupervisor } from './handlers/set-supervisor'
import { submit } from './handlers/submit'
import { supervisors } from './handlers/supervisors'
import { withdrawStep } from './handlers/withdraw-step'

/** 号码有奖征集 and the 督导室. Desk actions are 'officer' plus a guard that admits only the chair and 督导员. */
export const suggestion: FunctionDef = {
  name: 'suggestion',
  labels: SUGGESTION_LABELS,
  actions: defineActions(suggestionContract, {
    submit: { role: 'member', handler: submit },
    board: { role: 'member', handler: board },
    claim: { role: 'member', handler: claim },
    access: { role: 'member', handler: access },
    inbox: { role: 'officer', guard: requireDesk, handler: inbox },
    overdue: { role: 'officer', guard: requireDesk, handler: overdue },
    reply: { role: 'officer', guard: requireDesk, handler: reply },
    forward: { role: 'officer', guard: requireDesk, handler: forward },
    // whoever may record a step may take back their own slip the same day
    editStep: { role: 'officer', guard: requireDesk, handler: editStep },
    withdrawStep: { role: 'officer', guard: requireDesk, handler: withdrawStep },
    setSupervisor: { role: 'chair', handler: setSupervisor },
    supervisors: { role: 'chair', handler: supervisors },
    award: { role: 'chair', handler: award },
    commitDraw: { role: 'chair', handler: commitDraw },
    draw: { role: 'chair', handler: draw }
  })
}
