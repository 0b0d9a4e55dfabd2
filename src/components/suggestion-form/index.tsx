import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import type { SubmitOutput, SuggestionCategory } from '../../../types/suggestion'
import { useMutation } from '../../hooks/use-action'
import { SUGGESTION_CATEGORIES } from '../../lib/suggestion-text'
import { ChipGroup } from '../chip-group'
import './index.scss'

export interface SuggestionFormProps {
  onSubmitted: (out: SubmitOutput) => void
}

/** 写建议: a category and up to 2,000 characters; no name is sent, the answer is a number. */
export function SuggestionForm({ onSubmitted }: SuggestionFormProps) {
  const [category, setCategory] = useState<SuggestionCategory>('教学')
  const [content, setContent] = useState('')
  const submit = useMutation('suggestion', 'submit')
  const send = async () => {
    const res = await submit.run({ content, category })
    if (!res.ok) return
    setContent('')
    onSubmitted(res.data)
  }
  return (
    <View className='suggestion-form'>
      <ChipGroup options={SUGGESTION_CATEGORIES.map((c) => ({ value: c, label: c }))} value={[category]} onChange={([c]) => setCategory(c)} />
      <Textarea
        className='textarea suggestion-form__text'
        value={content}
        maxlength={2000}
        placeholder='写下你的建议或意见。不记名，只有号码；督导室按号码公开答复。'
        onInput={(e) => setContent(e.detail.value)}
      />
      <View className='suggestion-form__foot'>
        <Text className='hint'>{content.length}/2000 · 服务器不记录是谁提交的</Text>
      </View>
      {submit.error && <Text className='error-text suggestion-form__error'>{submit.error.message}</Text>}
      <Button className='btn suggestion-form__submit' disabled={!content.trim() || submit.running} onClick={send}>
        {submit.running ? '提交中…' : '匿名提交'}
      </Button>
    </View>
  )
}
