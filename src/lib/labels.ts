import type { CallerRole } from '../../types/common'

/** How roles read in the app; 'none' is a WeChat user who has not bound yet. */
export const ROLE_LABEL: Record<CallerRole, string> = { member: '会员', officer: '委员', chair: '主席', none: '未绑定' }

export const GENDER_LABEL = { F: '女', M: '男' } as const

/** Officers and the chair run the 管理 pages. */
export const canManage = (role: CallerRole | undefined) => role === 'officer' || role === 'chair'
