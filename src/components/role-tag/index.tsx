import { Text } from '@tarojs/components'
import type { CallerRole } from '../../../types/common'
import { ROLE_LABEL } from '../../lib/labels'
import './index.scss'

export interface RoleTagProps {
  role: CallerRole
  className?: string
}

/** 会员 / 委员 / 主席 as a small pill; officers and the chair stand out in red. */
export function RoleTag({ role, className }: RoleTagProps) {
  return <Text className={['role-tag', `role-tag--${role}`, className].filter(Boolean).join(' ')}>{ROLE_LABEL[role]}</Text>
}
