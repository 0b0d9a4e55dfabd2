import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import type { ActionName, FnName, OutputOf, PayloadArg } from '../../types/contract'
import { openExport, type ExportedFile } from '../lib/open-export'
import { useMutation } from './use-action'

/** The actions of fn that answer a file to open. */
type ExportAction<F extends FnName> = { [A in ActionName<F>]: OutputOf<F, A> extends ExportedFile ? A : never }[ActionName<F>]

export interface ExportState<F extends FnName, A extends ActionName<F>> {
  /** Makes the file and opens it; a refusal is said in a toast. */
  run: (...payload: PayloadArg<F, A>) => Promise<void>
  running: boolean
}

/** An 导出 Excel button: calls an export action, then opens the .xlsx (or says why not). */
export function useExport<F extends FnName, A extends ExportAction<F>>(fn: F, action: A): ExportState<F, A> {
  const exporter = useMutation(fn, action)
  const { run: call } = exporter
  const run = useCallback(
    async (...payload: PayloadArg<F, A>) => {
      const res = await call(...payload)
      if (!res.ok) return void Taro.showToast({ title: res.error.message, icon: 'none' })
      await openExport(res.data as ExportedFile)
    },
    [call]
  )
  return { run, running: exporter.running }
}
