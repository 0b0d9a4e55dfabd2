import type { z, ZodTypeAny } from 'zod'
import type { activityContract } from './activity'
import type { ballotContract } from './ballot'
import type { careContract } from './care'
import type { competitionContract } from './competition'
import type { congressContract } from './congress'
import type { greetingContract } from './greeting'
import type { memberContract } from './member'
import type { noticeContract } from './notice'
import type { reportContract } from './report'
import type { suggestionContract } from './suggestion-contract'

/**
 * The contract from page to handler: for each function, action → `{ input, output }` zod schemas.
 * The maps live beside their schemas (`activityContract` in activity.ts, `competitionContract` in
 * competition.ts, …, `suggestionContract` in suggestion-contract.ts); each function's actions.ts
 * binds its handlers to its own map (so a bundle carries only its own schemas), and the app reads
 * this file's types alone (`import type`), so no schema code reaches the mini-program through it.
 *
 * Naming rule: an action's schemas are `<Action>Input` and `<Action>Output`, each with a type of
 * the same name. `<Action>` is the action's name in PascalCase (signup → SignupInput, recordResult
 * → RecordResultInput); where another function has an action of that name, a word that tells them
 * apart joins it (create → CreateActivityInput / CreateCompetitionInput, list → ListNoticesInput,
 * inbox → GreetingInboxInput, export → ExportRosterInput / ExportAwardsInput). Every action has its
 * own pair, also where it shares a schema (`export const CancelInput = IdInput`).
 *
 * Which side of a schema applies where:
 * - a page sends `z.input` of the input schema (defaults may be left out);
 * - a handler receives `z.infer` of it (what dispatch parsed);
 * - a handler answers, and a page reads, `z.infer` of the output schema: production sends the
 *   handler's value as it is (outputs are parsed only in tests and the local cloud, and then only
 *   checked), so a default in an output schema (Prizes.others) is never filled in for the page.
 */
export interface Contract {
  activity: typeof activityContract
  ballot: typeof ballotContract
  care: typeof careContract
  competition: typeof competitionContract
  congress: typeof congressContract
  greeting: typeof greetingContract
  member: typeof memberContract
  notice: typeof noticeContract
  report: typeof reportContract
  suggestion: typeof suggestionContract
}

export type FnName = keyof Contract
export type ActionName<F extends FnName> = keyof Contract[F] & string

type InputSchema<F extends FnName, A extends ActionName<F>> = Contract[F][A] extends { input: infer S extends ZodTypeAny } ? S : never
type OutputSchema<F extends FnName, A extends ActionName<F>> = Contract[F][A] extends { output: infer S extends ZodTypeAny } ? S : never

/** What a page sends to fn.action, without `action` (callAction adds it); a union of actions gives a union. */
export type PayloadOf<F extends FnName, A extends ActionName<F>> = A extends ActionName<F> ? Omit<z.input<InputSchema<F, A>>, 'action'> : never

/** What fn.action answers in `data`. */
export type OutputOf<F extends FnName, A extends ActionName<F>> = z.infer<OutputSchema<F, A>>

/** The payload argument: optional when every field is. */
export type PayloadArg<F extends FnName, A extends ActionName<F>> = {} extends PayloadOf<F, A> ? [payload?: PayloadOf<F, A>] : [payload: PayloadOf<F, A>]
