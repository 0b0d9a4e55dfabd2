import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppErrorBody, Result } from '../../types/common'
import type { ActionName, FnName, OutputOf, PayloadArg, PayloadOf } from '../../types/contract'
import { callAction } from '../services/cloud'

export interface ActionState<T> {
  data: T | undefined
  error: AppErrorBody | undefined
  loading: boolean
  /** Calls again with the same payload (pull-to-refresh, after a mutation, on page show). */
  reload: () => Promise<void>
}

/** useAction's arguments after the names: the payload (optional when every field is), then deps. */
export type ActionArgs<F extends FnName, A extends ActionName<F>> = {} extends PayloadOf<F, A> ? [payload?: PayloadOf<F, A>, deps?: unknown[]] : [payload: PayloadOf<F, A>, deps?: unknown[]]

/**
 * Loads fn.action(payload) when mounted and whenever deps change. A slower earlier reply never
 * overwrites a newer one (typing in a search box fires several calls). The payload and data are
 * typed by the contract from the two names.
 */
export function useAction<F extends FnName, A extends ActionName<F>>(fn: F, action: A, ...args: ActionArgs<F, A>): ActionState<OutputOf<F, A>> {
  type T = OutputOf<F, A>
  const [payload = {}, deps = []] = args as [object?, unknown[]?]
  const [data, setData] = useState<T>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(true)
  const seq = useRef(0)
  const payloadRef = useRef(payload)
  payloadRef.current = payload

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    const res = await callAction(fn, action, ...([payloadRef.current] as PayloadArg<F, A>))
    if (mine !== seq.current) return
    if (res.ok) {
      setData(res.data)
      setError(undefined)
    } else {
      setError(res.error)
    }
    setLoading(false)
    // the caller's deps say when the payload changed: a payload object is new on every render
  }, [fn, action, ...deps])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}

export interface MutationState<F extends FnName, A extends ActionName<F>> {
  /** Calls fn.action(payload) and answers the Result; pages branch on error.code. */
  run: (...payload: PayloadArg<F, A>) => Promise<Result<OutputOf<F, A>>>
  running: boolean
  error: AppErrorBody | undefined
}

/** A write on a tap: no call on mount, and a second tap while one is in flight is ignored. */
export function useMutation<F extends FnName, A extends ActionName<F>>(fn: F, action: A): MutationState<F, A> {
  type T = OutputOf<F, A>
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<AppErrorBody>()
  const inFlight = useRef(false)

  const run = useCallback(
    async (...args: PayloadArg<F, A>): Promise<Result<T>> => {
      if (inFlight.current) return { ok: false, error: { code: 'CONFLICT', message: '正在提交，请稍候' } }
      inFlight.current = true
      setRunning(true)
      try {
        const res = await callAction(fn, action, ...args)
        setError(res.ok ? undefined : res.error)
        return res
      } finally {
        inFlight.current = false
        setRunning(false)
      }
    },
    [fn, action]
  )

  return { run, running, error }
}
