import { useEffect, useRef, useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import type { AppErrorBody } from '../../../types/common'
import type { SubmitOutput, SuggestionCategory } from '../../../types/suggestion'
import { WEEKLY_TOKENS } from '../../../types/suggestion'
import { dayLabel, SUGGESTION_CATEGORIES } from '../../lib/suggestion-text'
import { ChipGroup } from '../chip-group'
import { ensureTokens, submitAnonymously, tokensLeft, type TokenState } from './tokens'
import './index.scss'

export interface SuggestionFormProps {
  onSubmitted: (out: SubmitOutput) => void
}

/**
 * 写建议: a category and up to 2,000 characters; no name is sent, the answer is a number. The
 * phone takes this week's 提交券 as the form opens (writing or not) and sends the suggestion
 * with one on the anonymous path, so the server cannot tell who wrote it.
 */
export function SuggestionForm({ onSubmitted }: SuggestionFormProps) {
  const [category, setCategory] = useState<SuggestionCategory>('教学')
  const [content, setContent] = useState('')
  const [tokens, setTokens] = useState<TokenState>()
  const [error, setError] = useState<AppErrorBody>()
  const [running, setRunning] = useState(false)
  const busy = useRef(false)

  useEffect(() => {
    let live = true
    void ensureTokens().then((r) => {
      if (!live) return
      if (r.ok) setTokens(r.data)
      else setError(r.error)
    })
    return () => {
      live = false
    }
  }, [])

  const send = async () => {
    if (busy.current) return
    busy.current = true
    setRunning(true)
    try {
      const res = await submitAnonymously({ content, category })
      setError(res.ok ? undefined : res.error)
      if (tokens) setTokens({ ...tokens, left: tokensLeft() })
      if (!res.ok) return
      setContent('')
      onSubmitted(res.data)
    } finally {
      busy.current = false
      setRunning(false)
    }
  }

  const out = tokens !== undefined && tokens.left === 0
  return (
    <View className='suggestion-form'>
      <ChipGroup options={SUGGESTION_CATEGORIES.map((c) => ({ value: c, label: c }))} value={[category]} onChange={([c]) => setCategory(c)} />
      <Textarea
        className='textarea suggestion-form__text'
        value={content}
        maxlength={2000}
        placeholder='写下你的建议或意见。不记名，只有号码；每天 17:00 统一公布，督导室按号码公开答复。'
        onInput={(e) => setContent(e.detail.value)}
      />
      <View className='suggestion-form__foot'>
        <Text className='hint'>
          {content.length}/2000 · 匿名提交，服务器不知道是谁写的
          {tokens && !out ? ` · 本周还可提交 ${tokens.left} 条` : ''}
          {!tokens && !error ? ' · 正在准备提交券…' : ''}
        </Text>
      </View>
      {out && (
        <Text className='suggestion-form__limit'>
          本周的 {WEEKLY_TOKENS} 条已经用完（每人每周 {WEEKLY_TOKENS} 条；换过手机的话，没用完的留在原来的手机上），{dayLabel(tokens.renewsOn)}（下周一）起可以再提交。
        </Text>
      )}
      {error && <Text className='error-text suggestion-form__error'>{error.message}</Text>}
      <Button className='btn suggestion-form__submit' disabled={!content.trim() || running || !tokens || out} onClick={send}>
        {running ? '提交中…' : '匿名提交'}
      </Button>
    </View>
  )
}
