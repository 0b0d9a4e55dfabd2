import { useState } from 'react'
import { Button, Input, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HIDDEN_TAGS, KNOWN_TAGS, type MemberListItem } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { useMutation } from '../../../hooks/use-action'

export interface TagsCardProps {
  member: MemberListItem
  onChanged: (next: MemberListItem) => void
}

/** 标签 (chair): 教代会代表, 慰问员… narrow notices, activities and ballots; a hidden tag (困难职工) only the chair sees. */
export function TagsCard({ member, onChanged }: TagsCardProps) {
  const [tags, setTags] = useState<string[]>(member.tags ?? [])
  const [own, setOwn] = useState('')
  const save = useMutation('member', 'tag')
  const options = [...new Set([...KNOWN_TAGS, ...tags])].map((t) => ({ value: t, label: HIDDEN_TAGS.includes(t) ? `${t}（仅主席可见）` : t }))
  const changed = [...tags].sort().join() !== [...(member.tags ?? [])].sort().join()

  const send = async () => {
    const res = await save.run({ memberId: member.id, tags })
    if (!res.ok) return
    Taro.showToast({ title: '标签已保存', icon: 'none' })
    onChanged(member.inviteCode ? { ...res.data.member, inviteCode: member.inviteCode } : res.data.member)
  }
  const addOwn = () => {
    const t = own.trim()
    if (t && !tags.includes(t)) setTags([...tags, t])
    setOwn('')
  }

  return (
    <Card title='标签'>
      <Text className='hint'>标签用来按身份发通知、限定活动和投票范围；困难职工等隐藏标签只有主席看得到。</Text>
      <ChipGroup className='members__tags' options={options} value={tags} multiple onChange={setTags} />
      <Input className='input members__own-tag' value={own} maxlength={10} placeholder='自定义标签，填好后点“添加”' onInput={(e) => setOwn(e.detail.value)} onConfirm={addOwn} />
      {own.trim() && (
        <Button className='btn btn--ghost btn--small' onClick={addOwn}>
          添加
        </Button>
      )}
      {save.error && <Text className='error-text members__error'>{save.error.message}</Text>}
      <Button className='btn members__save-tags' disabled={!changed || save.running} onClick={send}>
        {save.running ? '保存中…' : '保存标签'}
      </Button>
    </Card>
  )
}
