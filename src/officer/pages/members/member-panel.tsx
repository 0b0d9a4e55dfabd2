import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Role } from '../../../../types/common'
import type { MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ListItem } from '../../../components/list-item'
import { RoleTag } from '../../../components/role-tag'
import { Tag } from '../../../components/tag'
import { useMutation } from '../../../hooks/use-action'
import { ROLE_LABEL } from '../../../lib/labels'
import { AccountCard } from './account-card'
import { ProfileCard } from './profile-card'
import { StatusCard } from './status-card'
import { TagsCard } from './tags-card'

const ROLES: Role[] = ['member', 'officer', 'chair']

export interface MemberPanelProps {
  member: MemberListItem
  /** The member as the last action left them. */
  onChanged: (next: MemberListItem) => void
  onClose: () => void
}

/** One member, for the chair: their details, role, invite code and phone, and whether they are still in the union. */
export function MemberPanel({ member, onChanged, onClose }: MemberPanelProps) {
  const setRole = useMutation('member', 'setRole')

  const chooseRole = async () => {
    const choice = await Taro.showActionSheet({ itemList: ROLES.map((r) => ROLE_LABEL[r]) }).catch(() => undefined)
    if (!choice || ROLES[choice.tapIndex] === member.role) return
    const res = await setRole.run({ memberId: member.id, role: ROLES[choice.tapIndex] })
    Taro.showToast({ title: res.ok ? `已设为${ROLE_LABEL[ROLES[choice.tapIndex]]}` : res.error.message, icon: res.ok ? 'success' : 'none' })
    if (res.ok) onChanged({ ...res.data.member, ...(member.inviteCode ? { inviteCode: member.inviteCode } : {}) })
  }

  return (
    <View className='page members'>
      <Text className='link members__back' onClick={onClose}>
        ‹ 返回名单
      </Text>
      <View className='members__head'>
        <Text className='members__name'>{member.name}</Text>
        <Text className='hint'>{member.unit}</Text>
        <RoleTag role={member.role} />
        {member.inactive && (
          <Tag tone='warn' solid>
            已停用
          </Tag>
        )}
      </View>
      <ProfileCard member={member} onChanged={onChanged} />
      <Card title='角色'>
        <ListItem className='members__role' title={ROLE_LABEL[member.role]} note='委员可以发起活动、录成绩；主席可以做全部管理' arrow onClick={chooseRole} />
      </Card>
      <TagsCard key={member.id} member={member} onChanged={onChanged} />
      <AccountCard member={member} onChanged={onChanged} />
      <StatusCard member={member} onChanged={onChanged} />
    </View>
  )
}
