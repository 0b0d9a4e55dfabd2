import { BINDINGS, MEMBERS } from '../../_shared/collections'
import { txGetDoc, type Transaction } from '../../_shared/db'

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
