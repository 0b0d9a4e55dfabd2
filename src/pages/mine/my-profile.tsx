import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Member } from '../../../types/member'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { useMutation } from '../../hooks/use-action'
import { BirthdayField, lunarText, type BirthdayValue } from './birthday-field'

export interface MyProfileProps {
  member: Member
  /** After a save: reload who I am. */
  onSaved: () => void
}

const birthdayLabel = (m: Member) => (m.lunarBirthday ? `农历${lunarText(m.lunarBirthday)}` : (m.birthday ?? '未填写'))

/** 我的资料: my birthday (solar or lunar) and phone, the two things a member keeps up themself. */
export function MyProfile({ member, onSaved }: MyProfileProps) {
  const [editing, setEditing] = useState(false)
  const [birthday, setBirthday] = useState<BirthdayValue | undefined>({})
  const [phone, setPhone] = useState(member.phone ?? '')
  const save = useMutation('member', 'update')

  const open = () => {
    setBirthday({})
    setPhone(member.phone ?? '')
    setEditing(true)
  }
  const send = async () => {
    const typed = phone.trim()
    const res = await save.run({ ...birthday, ...(typed !== (member.phone ?? '') ? { phone: typed || null } : {}) })
    if (!res.ok) return
    setEditing(false)
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved()
  }

  if (!editing) {
    return (
      <Card
        title='我的资料'
        extra={
          <Text className='link' onClick={open}>
            修改
          </Text>
        }
      >
        <View className='mine__fact'>
          <Text className='hint'>生日</Text>
          <Text>{birthdayLabel(member)}</Text>
        </View>
        <View className='mine__fact'>
          <Text className='hint'>手机号</Text>
          <Text>{member.phone ?? '未填写'}</Text>
        </View>
        <Text className='hint'>姓名、部门由工会主席维护，如有错误请告诉主席。</Text>
      </Card>
    )
  }
  return (
    <Card title='修改我的资料'>
      <BirthdayField birthday={member.birthday} lunarBirthday={member.lunarBirthday} onChange={setBirthday} />
      <Field label='手机号' hint='留空表示不留手机号'>
        <Input className='input' type='number' value={phone} placeholder='11 位手机号' maxlength={11} onInput={(e) => setPhone(e.detail.value)} />
      </Field>
      {save.error && <Text className='error-text mine__error'>{save.error.message}</Text>}
      <View className='mine__actions'>
        <Button className='btn btn--ghost' onClick={() => setEditing(false)}>
          取消
        </Button>
        <Button className='btn' disabled={save.running || !birthday} onClick={send}>
          {save.running ? '保存中…' : '保存'}
        </Button>
      </View>
    </Card>
  )
}
