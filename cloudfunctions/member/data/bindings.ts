import { BINDINGS, MEMBERS } from '../../_shared/collections'
import { txGetDoc, type Command, type Transaction } from '../../_shared/db'

/** `bindings/<openid>`: the member an openid is bound to, so an openid binds one member. */
export interface BindingDoc {
  _id: string
  memberId: string
  boundAt: string
}

export const txBindingOf = (tx: Transaction, openid: string) => txGetDoc<BindingDoc>(tx, BINDINGS, openid)

/** Writes both sides of a binding: `bindings/<openid>` and the member's openid. */
export async function txBind(tx: Transaction, openid: string, memberId: string, at: string): Promise<void> {
  await tx
    .collection(BINDINGS)
    .doc(openid)
    .set({ data: { memberId, boundAt: at } })
  await tx
    .collection(MEMBERS)
    .doc(memberId)
    .update({ data: { openid, boundAt: at, updatedAt: at } })
}

/** Removes both sides of a binding and gives the member a fresh invite code for their next phone. */
export async function txUnbind(tx: Transaction, _: Command, openid: string, memberId: string, inviteCode: string, at: string): Promise<void> {
  // the binding document may already be gone (an older unbind cut off halfway): removing nothing is fine
  if (await txBindingOf(tx, openid)) await tx.collection(BINDINGS).doc(openid).remove()
  await tx
    .collection(MEMBERS)
    .doc(memberId)
    // grants were given on the old phone: messages for them could only reach it
    .update({ data: { openid: _.remove(), boundAt: _.remove(), inviteCode, grants: _.set({}), updatedAt: at } })
}
