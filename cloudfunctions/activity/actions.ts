import { ACTIVITY_LABELS, activityContract } from '../../types/activity'
import { defineActions, type FunctionDef } from '../_shared/dispatch'
import { attendance } from './handlers/attendance'
import { cancel } from './handlers/cancel'
import { cancelActivity } from './handlers/cancel-activity'
import { checkin } from './handlers/checkin'
import { checkinCode } from './handlers/checkin-code'
import { commitDraw } from './handlers/commit-draw'
import { confirm } from './handlers/confirm'
import { decline } from './handlers/decline'
import { drawPlaces } from './handlers/draw-places'
import { expireOffers } from './handlers/expire-offers'
import { signupFor } from './handlers/signup-for'
import { create } from './handlers/create'
import { exportRoster } from './handlers/export-roster'
import { get } from './handlers/get'
import { keyholderCandidates } from './handlers/keyholder-candidates'
import { keyholding } from './handlers/keyholding'
import { list } from './handlers/list'
import { mine } from './handlers/mine'
import { poster } from './handlers/poster'
import { refreshCards } from './handlers/refresh-cards'
import { reconcile } from './handlers/reconcile'
import { reveal } from './handlers/reveal'
import { remind } from './handlers/remind'
import { remove } from './handlers/remove'
import { roster } from './handlers/roster'
import { setKeyholders } from './handlers/set-keyholders'
import { shareCard } from './handlers/share-card'
import { signup } from './handlers/signup'
import { unsigned } from './handlers/unsigned'
import { exportUnsigned } from './handlers/export-unsigned'
import { update } from './handlers/update'

export const activity: FunctionDef = {
  name: 'activity',
  labels: ACTIVITY_LABELS,
  actions: defineActions(activityContract, {
    create: { role: 'officer', handler: create },
    update: { role: 'officer', handler: update },
    list: { role: 'member', handler: list },
    get: { role: 'member', handler: get },
    signup: { role: 'member', handler: signup },
    cancel: { role: 'member', handler: cancel },
    mine: { role: 'member', handler: mine },
    checkin: { role: 'member', handler: checkin },
    roster: { role: 'officer', handler: roster },
    checkinCode: { role: 'officer', handler: checkinCode },
    attendance: { role: 'officer', handler: attendance },
    export: { role: 'officer', handler: exportRoster },
    cancelActivity: { role: 'officer', handler: cancelActivity },
    remove: { role: 'officer', handler: remove },
    unsigned: { role: 'officer', handler: unsigned },
    exportUnsigned: { role: 'officer', handler: exportUnsigned },
    shareCard: { role: 'member', handler: shareCard },
    drawPlaces: { role: 'officer', handler: drawPlaces },
    setKeyholders: { role: 'chair', handler: setKeyholders },
    keyholderCandidates: { role: 'chair', handler: keyholderCandidates },
    keyholding: { role: 'member', handler: keyholding },
    commitDraw: { role: 'member', handler: commitDraw },
    reveal: { role: 'member', handler: reveal },
    confirm: { role: 'member', handler: confirm },
    decline: { role: 'member', handler: decline },
    signupFor: { role: 'officer', handler: signupFor },
    poster: { role: 'officer', handler: poster }
  }),
  timers: {
    remind: { handler: remind },
    reconcile: { handler: reconcile },
    cards: { handler: refreshCards },
    offers: { handler: expireOffers }
  }
}
