/**
 * The contract's type tests: `npm run typecheck` compiles this file (it is never run), and tsc
 * fails on any `@ts-expect-error` that meets no error, so each marked line shows a call tsc
 * refuses: a page sending a wrong payload or reading a field the answer lacks, and a handler
 * answering the wrong shape. Here in test/ because it spans the app, types/ and the functions.
 */
import { defineActions } from '../cloudfunctions/_shared/dispatch'
import { useAction, useMutation } from '../src/hooks/use-action'
import { callAction } from '../src/services/cloud'
import type { IdInput, SignupOutput } from '../types/activity'
import { noticeContract } from '../types/notice'

export async function pageCalls(): Promise<void> {
  // payload and answer come from the two names alone
  const signup = await callAction('activity', 'signup', { id: 'a1', answers: { size: 'M' } })
  if (signup.ok) signup.data satisfies SignupOutput

  // @ts-expect-error a wrong field name
  await callAction('activity', 'signup', { activityId: 'a1' })
  // @ts-expect-error a wrong field type
  await callAction('notice', 'get', { id: 42 })
  // @ts-expect-error a required payload left out
  await callAction('notice', 'get')
  // @ts-expect-error an action the function does not have
  await callAction('notice', 'delete', { id: 'n1' })

  const me = await callAction('member', 'me')
  // @ts-expect-error a field the answer does not have
  if (me.ok) void me.data.memberName
}

export function PageHooks(): null {
  const got = useAction('activity', 'get', { id: 'a1' }, ['a1'])
  void got.data?.confirmed
  // @ts-expect-error a field the answer does not have
  void got.data?.attendees
  // @ts-expect-error a value the payload's enum does not take
  useAction('competition', 'standings', { eventId: 'e1', view: 'final' })

  const remind = useMutation('notice', 'remind')
  void remind.run({ id: 'n1' }).then((r) => r.ok && r.data.sent + r.data.noGrant)
  // @ts-expect-error a wrong field name
  void remind.run({ noticeId: 'n1' })
  return null
}

// one action of the notice contract, bound three ways
const remindOnly = { remind: noticeContract.remind }

export const right = defineActions(remindOnly, {
  remind: { role: 'chair', handler: async (input: IdInput) => ({ unread: input.id.length, sent: 0, noGrant: 0, reached: [], missed: [] }) }
})

export const wrongShape = defineActions(remindOnly, {
  remind: {
    role: 'chair',
    // @ts-expect-error the answer lacks noGrant and sends sent as text
    handler: async () => ({ unread: 1, sent: '1' })
  }
})

export const wrongInput = defineActions(remindOnly, {
  remind: {
    role: 'chair',
    // @ts-expect-error the handler wants a field the input schema does not give
    handler: async (input: { noticeId: string }) => ({ unread: input.noticeId.length, sent: 0, noGrant: 0, reached: [], missed: [] })
  }
})

export const unknownAction = defineActions(remindOnly, {
  remind: { role: 'chair', handler: async () => ({ unread: 0, sent: 0, noGrant: 0, reached: [], missed: [] }) },
  // @ts-expect-error an action the contract does not have
  resend: { role: 'chair', handler: async () => ({}) }
})
