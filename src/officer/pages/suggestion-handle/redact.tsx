import { useState } from 'react'
import { Button, Input, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DeskItem } from '../../../../types/suggestion'
import { Card } from '../../../components/card'
import { confirm } from '../../../components/confirm'
import { useMutation } from '../../../hooks/use-action'
import { publishLabel } from '../../../lib/suggestion-text'

/** 公布前隐去人名: for a suggestion whose batch has not gone out yet; the server rewrites the text and keeps no original. */
export function RedactCard({ item, onDone }: { item: DeskItem & { publishesAt: string }; onDone: () => void }) {
  const [text, setText] = useState('')
  const hide = useMutation('suggestion', 'redact')
  // 、，, and spaces all separate names: typed the way a teacher lists them
  const names = text
    .split(/[\s,，、;；]+/)
    .map((n) => n.trim())
    .filter(Boolean)
  const send = async () => {
    const ok = await confirm({ title: '隐去人名', content: `建议中的「${names.join('、')}」将全部改为 ××，原文不保留，无法恢复。公开栏会注明隐去了几处。`, confirmText: '隐去' })
    if (!ok) return
    const res = await hide.run({ number: item.number, names })
    if (!res.ok) return
    setText('')
    Taro.showToast({ title: res.data.hidden ? `已隐去 ${res.data.hidden} 处` : '这些人名已经隐去', icon: 'none' })
    onDone()
  }
  return (
    <Card title='公布前隐去人名'>
      <Text className='hint handle__redact-hint'>{publishLabel(item.publishesAt)}。建议里点名的同事，可以在公布前把名字换成 ××；原文不保留，公开栏注明「已隐去人名」。</Text>
      <Input className='input handle__input' value={text} placeholder='照原文填写人名，多个用顿号隔开' onInput={(e) => setText(e.detail.value)} />
      {hide.error && <Text className='error-text handle__error'>{hide.error.message}</Text>}
      <Button className='btn btn--ghost' disabled={!names.length || hide.running} onClick={send}>
        {hide.running ? '处理中…' : '隐去这些人名'}
      </Button>
    </Card>
  )
}
