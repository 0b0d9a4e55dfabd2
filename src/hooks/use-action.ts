import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppErrorBody, Result } from '../../types/common'
import { callAction } from '../services/cloud'

export interface ActionState<T> {
  data: T | undefined
  error: AppErrorBody | undefined
  loading: boolean
  /** Calls again with the same payload (pull-to-refresh, after a mutation, on page show). */
  reload: () => Promise<void>
}

/**
 * Loads fn.action(payload) when mounted and whenever deps change. A slower earlier reply never
 * overwrites a newer one (typing in a search box fires several calls).
 */
export function useAction<T>(fn: string, action: string, payload: object = {}, deps: unknown[] = []): ActionState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<AppErrorBody>()
  const [loading, setLoading] = useState(true)
  const seq = useRef(0)
  const payloadRef = useRef(payload)
  payloadRef.current = payload

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    const res = await callAction<T>(fn, action, payloadRef.current)
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

export interface MutationState<T> {
  /** Calls fn.action(payload) and answers the Result; pages branch on error.code. */
  run: (payload?: object) => Promise<Result<T>>
  running: boolean
  error: AppErrorBody | undefined
}

/** A write on a tap: no call on mount, and a second tap while one is in flight is ignored. */
export function useMutation<T>(fn: string, action: string): MutationState<T> {
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<AppErrorBody>()
  const inFlight = useRef(false)

  const run = useCallback(
    async (payload: object = {}): Promise<Result<T>> => {
      if (inFlight.current) return { ok: false, error: { code: 'CONFLICT', message: '正在提交，请稍候' } }
      inFlight.current = true
      setRunning(true)
      try {
        const res = await callAction<T>(fn, action, payload)
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
