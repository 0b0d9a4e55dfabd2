import { useCallback, useEffect, useState } from 'react'
import type { AppErrorBody } from '../../types/common'
import type { OutputOf } from '../../types/contract'
import { callAction } from '../services/cloud'
import { currentOpenid } from '../services/identity'
import type { ActionState } from './use-action'

type Me = OutputOf<'member', 'me'>

interface Snapshot {
  /** Whose answer this is: H5's 切换身份 changes the caller without reloading the app. */
  openid: string
  data?: Me
  error?: AppErrorBody
  loading: boolean
}

// module state on purpose: the tab pages and the page above them stay mounted together, and one
// answer serves them all
let shared: Snapshot = { openid: '', loading: true }
let inFlight: { openid: string; done: Promise<void> } | undefined
let seq = 0
const listeners = new Set<(s: Snapshot) => void>()

function publish(next: Snapshot) {
  shared = next
  listeners.forEach((l) => l(next))
}

/** Asks member.me; pages that ask while a request for the same caller is out share it. */
function fetchMe(): Promise<void> {
  const openid = currentOpenid()
  if (inFlight?.openid === openid) return inFlight.done
  const mine = ++seq
  const kept = shared.openid === openid ? shared.data : undefined
  publish({ openid, data: kept, error: shared.openid === openid ? shared.error : undefined, loading: true })
  const done = callAction('member', 'me').then((res) => {
    // a newer request (another caller) answers instead
    if (mine !== seq) return
    inFlight = undefined
    publish(res.ok ? { openid, data: res.data, loading: false } : { openid, data: kept, error: res.error, loading: false })
  })
  inFlight = { openid, done }
  return done
}

/**
 * Who is using the app (member.me: the member, their role, or why there is none), shared by every
 * page on screen. Each page that mounts asks again, so a role changed meanwhile shows; until the
 * answer comes, the last one is shown (when it is the same caller's) instead of nothing.
 */
export function useMe(): ActionState<Me> {
  const [snap, setSnap] = useState<Snapshot>(() => (shared.openid === currentOpenid() ? shared : { openid: currentOpenid(), loading: true }))
  useEffect(() => {
    listeners.add(setSnap)
    void fetchMe()
    return () => {
      listeners.delete(setSnap)
    }
  }, [])
  const reload = useCallback(() => fetchMe(), [])
  return { data: snap.data, error: snap.error, loading: snap.loading, reload }
}
