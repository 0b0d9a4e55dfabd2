import { useState } from 'react'
import { Button, Input, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Gender, MemberListItem, UpdateMemberInput } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { confirm } from '../../../components/confirm'
import { Field } from '../../../components/field'
import { useMutation } from '../../../hooks/use-action'
import { BirthdayField, type BirthdayValue } from '../../../pages/mine/birthday-field'

const GENDERS = [
  { value: 'F' as const, label: '女' },
  { value: 'M' as const, label: '男' }
]

export interface ProfileCardProps {
  member: MemberListItem
  onChanged: (next: MemberListItem) => void
}

/** The chair corrects a member's name, unit, gender, birthday and phone; the server checks each field. */
export function ProfileCard({ member, onChanged }: ProfileCardProps) {
  const [name, setName] = useState(member.name)
  const [unit, setUnit] = useState(member.unit)
  const [gender, setGender] = useState<Gender>(member.gender)
  const [phone, setPhone] = useState(member.phone ?? '')
  const [birthday, setBirthday] = useState<BirthdayValue | undefined>({})
  const save = useMutation('member', 'update')

  const changes: Omit<UpdateMemberInput, 'memberId'> = {
    ...(name.trim() !== member.name ? { name: name.trim() } : {}),
    ...(unit.trim() !== member.unit ? { unit: unit.trim() } : {}),
    ...(gender !== member.gender ? { gender } : {}),
    ...(phone.trim() !== (member.phone ?? '') ? { phone: phone.trim() || null } : {}),
    ...birthday
  }
  const changed = Object.keys(changes).length > 0

  const send = async () => {
    if (!(await confirm({ title: `保存${member.name}的资料？`, content: '改错了可以再改回来。', confirmText: '保存' }))) return
    const res = await save.run({ memberId: member.id, ...changes })
    if (!res.ok) return
    Taro.showToast({ title: '资料已保存', icon: 'success' })
    setBirthday({})
    onChanged({ ...res.data.member, ...(member.inviteCode ? { inviteCode: member.inviteCode } : {}) })
  }

  return (
    <Card title='资料'>
      <Field label='姓名'>
        <Input className='input' value={name} maxlength={20} onInput={(e) => setName(e.detail.value)} />
      </Field>
      <Field label='部门'>
        <Input className='input' value={unit} maxlength={20} onInput={(e) => setUnit(e.detail.value)} />
      </Field>
      <Field label='性别'>
        <ChipGroup options={GENDERS} value={[gender]} onChange={([g]) => setGender(g)} />
      </Field>
      <BirthdayField key={`${member.birthday}|${JSON.stringify(member.lunarBirthday)}`} birthday={member.birthday} lunarBirthday={member.lunarBirthday} onChange={setBirthday} />
      <Field label='手机号' hint='留空表示不留手机号'>
        <Input className='input' type='number' value={phone} placeholder='11 位手机号' maxlength={11} onInput={(e) => setPhone(e.detail.value)} />
      </Field>
      {save.error && <Text className='error-text members__error'>{save.error.message}</Text>}
      <Button className='btn members__save' disabled={save.running || !changed || !birthday} onClick={send}>
        {save.running ? '保存中…' : changed ? '保存修改' : '没有修改'}
      </Button>
    </Card>
  )
}
