import { useEffect, useState } from 'react'
import { Button, Text, Textarea } from '@tarojs/components'
import type { AppErrorBody } from '../../../../types/common'
import { OBJECTION_CATEGORY } from '../../../../types/suggestion'
import type { Objection } from '../../../../types/ballot'
import { Card } from '../../../components/card'
import { ensureTokens, submitAnonymously } from '../../../components/suggestion-form/tokens'

/**
 * 公示异议: sent to the 督导室 through the suggestion box's anonymous path (a 提交券 signed blind,
 * spent without a WeChat identity), so an objection is as anonymous as a suggestion.
 */
export function ObjectionForm({ title, objection }: { title: string; objection: Objection }) {
  const [content, setContent] = useState('')
  const [error, setError] = useState<AppErrorBody>()
  const [sent, setSent] = useState<string>()
  const [running, setRunning] = useState(false)
  useEffect(() => void ensureTokens(), [])
  const send = async () => {
    setRunning(true)
    const took = await ensureTokens()
    if (!took.ok) {
      setRunning(false)
      return setError(took.error)
    }
    const res = await submitAnonymously({ content: `对「${title}」公示的异议：${content.trim()}`, category: OBJECTION_CATEGORY })
    setRunning(false)
    setError(res.ok ? undefined : res.error)
    if (res.ok) setSent(res.data.number)
  }
  return (
    <Card title='对公示有异议？'>
      <Text className='hint'>{`公示期 ${objection.from} 至 ${objection.until}。异议匿名转交督导室核实，不带你的姓名。`}</Text>
      {sent ? (
        <Text className='ballot-results__sent'>{`已匿名提交，编号 ${sent}。可在「建议」里按编号查看处理情况。`}</Text>
      ) : (
        <>
          <Textarea className='ballot-results__textarea' value={content} maxlength={1000} placeholder='请写明异议的事实和理由' onInput={(e) => setContent(e.detail.value)} />
          {error && <Text className='error-text'>{error.message}</Text>}
          <Button className='btn' disabled={running || content.trim().length < 5} onClick={send}>
            {running ? '正在提交…' : '匿名提交异议'}
          </Button>
        </>
      )}
    </Card>
  )
}
