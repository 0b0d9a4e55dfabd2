import { useEffect, useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { GreetingPreviewCardOutput, Occasion } from '../../../../types/greeting'
import { Card } from '../../../components/card'
import { EmptyState } from '../../../components/empty-state'
import { LoadState } from '../../../components/load-state'
import { useAction, useMutation } from '../../../hooks/use-action'
import './index.scss'

const PLACEHOLDERS = [
  { key: '{name}', label: '姓名' },
  { key: '{occasion}', label: '节日名' },
  { key: '{years}', label: '入会年数' }
]

/** 编辑祝福语 (chair): one occasion's text, previewed as a member's card before saving. */
export default function GreetingTemplate() {
  // from the page's address, as sent: the server refuses an occasion it does not know (未知的节日)
  const occasion = (useRouter().params.occasion ?? '') as Occasion
  const list = useAction('greeting', 'templates')
  const template = list.data?.items.find((t) => t.occasion === occasion)
  const [text, setText] = useState<string>()
  const preview = useMutation('greeting', 'previewCard')
  const save = useMutation('greeting', 'setTemplate')
  const [card, setCard] = useState<GreetingPreviewCardOutput>()
  const draft = text ?? template?.text ?? ''

  useEffect(() => {
    if (template && text === undefined) setText(template.text)
  }, [template, text])

  // the server's message names what is wrong (an unknown placeholder, an empty text): shown under the text
  const [problem, setProblem] = useState<string>()

  const showPreview = async () => {
    const res = await preview.run({ occasion, text: draft })
    setProblem(res.ok ? undefined : res.error.message)
    setCard(res.ok ? res.data : undefined)
  }

  const submit = async () => {
    const res = await save.run({ occasion, text: draft })
    if (!res.ok) return setProblem(res.error.message)
    // 祝福模板 reloads when shown again, with the new text
    Taro.navigateBack()
  }

  return (
    <View className='page gtpl-edit'>
      <LoadState state={list}>
        {template && (
          <>
            <Card title={`${template.label} · ${template.title}`}>
              <Textarea className='textarea gtpl-edit__input' value={draft} autoHeight maxlength={300} placeholder='写给会员的祝福语' onInput={(e) => setText(e.detail.value)} />
              <View className='gtpl-edit__chips'>
                {PLACEHOLDERS.map((p) => (
                  <Text key={p.key} className='gtpl-edit__chip' onClick={() => setText(draft + p.key)}>
                    {p.label} {p.key}
                  </Text>
                ))}
              </View>
              {problem && <Text className='gtpl-edit__problem'>{problem}</Text>}
              <Text className='hint'>{draft.length} / 300 字。已发出的贺卡不受影响。</Text>
            </Card>
            {card && (
              <View className='gtpl-edit__card'>
                <Text className='gtpl-edit__card-title'>{card.title}</Text>
                <Text className='gtpl-edit__card-text'>{card.text}</Text>
                <Text className='gtpl-edit__card-sign'>—— 学校工会 敬贺</Text>
              </View>
            )}
            <View className='gtpl-edit__actions'>
              <Button className='btn btn--ghost' disabled={preview.running} onClick={showPreview}>
                预览
              </Button>
              <Button className='btn' disabled={save.running} onClick={submit}>
                保存
              </Button>
            </View>
          </>
        )}
        {list.data && !template && <EmptyState title='没有这个祝福场合' description='请从祝福模板列表里选择要修改的祝福语' actionText='返回' onAction={() => Taro.navigateBack()} />}
      </LoadState>
    </View>
  )
}
