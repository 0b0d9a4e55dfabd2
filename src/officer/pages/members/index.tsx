import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Role } from '../../../../types/common'
import type { MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { RoleTag } from '../../../components/role-tag'
import { Tag } from '../../../components/tag'
import { useAction, useMutation } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { groupBy } from '../../../lib/group-by'
import { GENDER_LABEL, ROLE_LABEL } from '../../../lib/labels'
import './index.scss'

const ROLES: Role[] = ['member', 'officer', 'chair']

/** 成员名单 (officer+): the roster by unit. The chair also sees unused invite codes and sets roles. */
export default function Members() {
  const [q, setQ] = useState('')
  const me = useMe()
  const list = useAction('member', 'list', q.trim() ? { q: q.trim() } : {}, [q])
  const setRole = useMutation('member', 'setRole')
  const isChair = me.data?.role === 'chair'

  const chooseRole = async (m: MemberListItem) => {
    if (!isChair) return
    const choice = await Taro.showActionSheet({ itemList: ROLES.map((r) => ROLE_LABEL[r]) }).catch(() => undefined)
    if (!choice || ROLES[choice.tapIndex] === m.role) return
    const res = await setRole.run({ memberId: m.id, role: ROLES[choice.tapIndex] })
    Taro.showToast({ title: res.ok ? '已更新' : res.error.message, icon: res.ok ? 'success' : 'none' })
    if (res.ok) void list.reload()
  }

  const items = list.data?.items ?? []
  const unbound = items.filter((m) => !m.bound).length

  return (
    <View className='page members'>
      <Input className='input members__search' value={q} placeholder='搜索姓名或部门' maxlength={20} onInput={(e) => setQ(e.detail.value)} />
      <Text className='hint members__summary'>
        共 {items.length} 人{unbound ? `，${unbound} 人未绑定` : ''}
        {isChair ? '。点一位会员可设置角色' : ''}
      </Text>
      <LoadState state={list}>
        {items.length === 0 && <EmptyState icon='人' title={q ? '没有找到' : '还没有会员'} description={q ? '换个姓名或部门试试' : '主席可以在“导入名单”里粘贴名单'} />}
        {groupBy(items, (m) => m.unit).map((g) => (
          <Card key={g.key} title={g.key} extra={`${g.items.length} 人`}>
            {g.items.map((m) => (
              <ListItem
                key={m.id}
                title={m.name}
                note={[GENDER_LABEL[m.gender], m.bound ? '已绑定' : '未绑定'].join(' · ')}
                extra={
                  <View className='members__extra'>
                    {m.inviteCode && <Tag className='members__code'>{m.inviteCode}</Tag>}
                    <RoleTag role={m.role} />
                  </View>
                }
                arrow={isChair}
                onClick={isChair ? () => chooseRole(m) : undefined}
              />
            ))}
          </Card>
        ))}
      </LoadState>
    </View>
  )
}
