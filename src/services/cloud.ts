import Taro from '@tarojs/taro'
import type { Result } from '../../types/common'
import type { ActionName, FnName, OutputOf, PayloadArg } from '../../types/contract'
import type { DemoIdentity } from '../../types/member'
import { currentOpenid } from './identity'

/** What every page shows when the back end can't be reached at all. */
export const NETWORK_ERROR = { code: 'INTERNAL', message: '网络不通，请稍后再试' } as const

const networkFailure = <T>(): Result<T> => ({ ok: false, error: { ...NETWORK_ERROR } })

/** A reply that isn't an envelope (a proxy's error page, an empty body) is treated as no reply. */
function asResult<T>(value: unknown): Result<T> {
  if (value && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean') return value as Result<T>
  return networkFailure<T>()
}

async function callWeapp<T>(fn: string, event: Record<string, unknown>): Promise<Result<T>> {
  const res = await Taro.cloud.callFunction({ name: fn, data: event })
  return asResult<T>(res.result)
}

async function callLocal<T>(fn: string, event: Record<string, unknown>): Promise<Result<T>> {
  const res = await fetch('/fn/' + encodeURIComponent(fn), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': currentOpenid() },
    body: JSON.stringify(event)
  })
  return asResult<T>(await res.json())
}

/**
 * The only caller of the back end. Answers the function's Result as is, so pages branch on
 * error.code and show error.message; never throws. The payload and the answer are typed by the
 * contract (types/contract.ts) from the function and action names alone.
 */
export async function callAction<F extends FnName, A extends ActionName<F>>(fn: F, action: A, ...[payload]: PayloadArg<F, A>): Promise<Result<OutputOf<F, A>>> {
  const event = { ...(payload ?? {}), action }
  try {
    return process.env.TARO_ENV === 'weapp' ? await callWeapp<OutputOf<F, A>>(fn, event) : await callLocal<OutputOf<F, A>>(fn, event)
  } catch {
    return networkFailure<OutputOf<F, A>>()
  }
}

/**
 * The anonymous path (secret ballots, suggestions and 附议, docs/anonymity.md): a call that carries no WeChat identity.
 * H5: the local cloud without X-WX-OPENID. Mini-program: the function's HTTP access path
 * (TARO_APP_ANON_URL, e.g. https://<env>.service.tcloudbase.com/anon), never callFunction, which
 * would attach the openid. Without that setting the call is refused, not sent named.
 */
export async function callAnonymous<F extends FnName, A extends ActionName<F>>(fn: F, action: A, ...[payload]: PayloadArg<F, A>): Promise<Result<OutputOf<F, A>>> {
  const body = JSON.stringify({ ...(payload ?? {}), action })
  try {
    if (process.env.TARO_ENV !== 'weapp') {
      const res = await fetch('/fn/' + encodeURIComponent(fn), { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'omit' })
      return asResult(await res.json())
    }
    const base = process.env.TARO_APP_ANON_URL ?? ''
    if (!base) return { ok: false, error: { code: 'INTERNAL', message: '匿名通道尚未配置（投票和建议都要用它），请联系工会主席' } }
    const res = await Taro.request({ url: `${base}/${fn}`, method: 'POST', header: { 'content-type': 'application/json' }, data: body })
    return asResult(res.data)
  } catch {
    return networkFailure()
  }
}

/** What the local cloud's 切换身份 endpoint answers (H5 against the local cloud only). */
export interface LocalIdentities {
  identities: DemoIdentity[]
  /** openids that have never bound: a fresh phone to try binding with. */
  newPhones: string[]
  /** Unused invite codes, so a visitor has something to bind with. */
  invites: { name: string; unit: string; inviteCode: string }[]
}

/** Local only: the demo identities. The real cloud has no such thing, so the mini-program never asks. */
export async function localIdentities(): Promise<Result<LocalIdentities>> {
  if (process.env.TARO_ENV !== 'h5') return { ok: false, error: { code: 'NOT_FOUND', message: '切换身份只在本地预览中可用' } }
  try {
    const res = await fetch('/_local/identities')
    if (!res.ok) return networkFailure()
    return { ok: true, data: (await res.json()) as LocalIdentities }
  } catch {
    return networkFailure()
  }
}
