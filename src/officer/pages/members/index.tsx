import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ListMembersInput, MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { EmptyState } from '../../../components/empty-state'
import { ListItem } from '../../../components/list-item'
import { LoadState } from '../../../components/load-state'
import { RoleTag } from '../../../components/role-tag'
import { Tabs } from '../../../components/tabs'
import { Tag } from '../../../components/tag'
import { useAction } from '../../../hooks/use-action'
import { useMe } from '../../../hooks/use-me'
import { groupBy } from '../../../lib/group-by'
import { GENDER_LABEL } from '../../../lib/labels'
import { BulkTag } from './bulk-tag'
import { MemberPanel } from './member-panel'
import './index.scss'

type Status = NonNullable<ListMembersInput['status']>
const STATUSES: { value: Status; label: string }[] = [
  { value: 'active', label: '在册' },
  { value: 'inactive', label: '已停用' },
  { value: 'all', label: '全部' }
]

/**
 * 成员名单 (officer+): the roster by unit, searchable by name. The chair opens a member to correct
 * their details, reset an invite code, unbind a lost phone, or deactivate and reactivate them.
 */
export default function Members() {
  const [q, setQ] = useState('')
  const [status, setStatus] = useState<Status>('active')
  const [tag, setTag] = useState('')
  // the member open in the panel, as its last answer left them: a member just deactivated leaves the 在册 list but stays open
  const [open, setOpen] = useState<MemberListItem>()
  const me = useMe()
  const list = useAction('member', 'list', { status, ...(q.trim() ? { q: q.trim() } : {}), ...(tag ? { tag } : {}) }, [q, status, tag])
  // the tags worth filtering by: those the whole roster carries (loaded once, not narrowed by the filter)
  const all = useAction('member', 'list', { status: 'all' })
  const tagOptions = [{ value: '', label: '不限标签' }, ...[...new Set((all.data?.items ?? []).flatMap((m) => m.tags ?? []))].map((t) => ({ value: t, label: t }))]
  const isChair = me.data?.role === 'chair'
  const items = list.data?.items ?? []

  const show = (m?: MemberListItem) => {
    setOpen(m)
    // the list was scrolled to the member; their panel starts at its top
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const changed = (next: MemberListItem) => {
    setOpen(next)
    void list.reload()
    void all.reload()
  }
  if (isChair && open) return <MemberPanel member={open} onChanged={changed} onClose={() => show(undefined)} />

  const unbound = items.filter((m) => !m.bound).length
  return (
    <View className='page members'>
      <Input className='input members__search' value={q} placeholder='搜索姓名或部门' maxlength={20} onInput={(e) => setQ(e.detail.value)} />
      {isChair && <Tabs options={STATUSES} value={status} onChange={setStatus} className='members__tabs' />}
      {tagOptions.length > 1 && <ChipGroup className='members__tag-filter' options={tagOptions} value={[tag]} onChange={([t]) => setTag(t)} />}
      {isChair && (
        <BulkTag
          onDone={() => {
            void list.reload()
            void all.reload()
          }}
        />
      )}
      <Text className='hint members__summary'>
        共 {items.length} 人{unbound ? `，${unbound} 人未绑定` : ''}
        {isChair ? '。点一位会员可修改资料、邀请码、绑定和状态' : ''}
      </Text>
      <LoadState state={list}>
        {items.length === 0 && (
          <EmptyState
            icon='人'
            title={q ? '没有找到' : status === 'inactive' ? '没有停用的会员' : '还没有会员'}
            description={q ? '换个姓名或部门试试' : status === 'inactive' ? '调离、退会的会员停用后列在这里' : '主席可以在“导入名单”里粘贴名单'}
          />
        )}
        {groupBy(items, (m) => m.unit).map((g) => (
          <Card key={g.key} title={g.key} extra={`${g.items.length} 人`}>
            {g.items.map((m) => (
              <ListItem key={m.id} title={m.name} note={noteOf(m)} extra={<Extra m={m} />} arrow={isChair} onClick={isChair ? () => show(m) : undefined} />
            ))}
          </Card>
        ))}
      </LoadState>
    </View>
  )
}

const noteOf = (m: MemberListItem) => [GENDER_LABEL[m.gender], m.bound ? '已绑定' : '未绑定', m.inactive ? `停用：${m.inactive.reason}` : '', ...(m.tags ?? [])].filter(Boolean).join(' · ')

function Extra({ m }: { m: MemberListItem }) {
  return (
    <View className='members__extra'>
      {m.inactive && (
        <Tag tone='warn' className='members__inactive'>
          已停用
        </Tag>
      )}
      {m.inviteCode && !m.inactive && <Tag className='members__code'>{m.inviteCode}</Tag>}
      <RoleTag role={m.role} />
    </View>
  )
}
