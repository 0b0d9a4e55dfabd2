import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import { KNOWN_TAGS, type TagByNamesOutput } from '../../../../types/member'
import { Card } from '../../../components/card'
import { ChipGroup } from '../../../components/chip-group'
import { useMutation } from '../../../hooks/use-action'

export interface BulkTagProps {
  /** After tags changed, so the list shows them. */
  onDone: () => void
}

/** What happened, in one line per outcome: who got the tag, who was not found, which names several members share. */
export function bulkSummary(r: TagByNamesOutput, tag: string): string[] {
  const lines = [`已为 ${r.tagged.length} 人加上「${tag}」${r.tagged.length ? `：${r.tagged.map((m) => m.name).join('、')}` : ''}`]
  if (r.unknown.length) lines.push(`名单里没有：${r.unknown.join('、')}（请核对姓名）`)
  if (r.ambiguous.length) lines.push(`重名，请在名单里逐个设置：${r.ambiguous.join('、')}`)
  return lines
}

/** 批量加标签 (chair): paste a list of names (one a line, or separated by 、，空格) and pick the tag. */
export function BulkTag({ onDone }: BulkTagProps) {
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [tag, setTag] = useState('教代会代表')
  const [result, setResult] = useState<string[]>()
  const run = useMutation('member', 'tagByNames')
  const names = (text ?? '').split(/[\s,，、;；]+/).filter(Boolean)

  const send = async () => {
    const res = await run.run({ names, tag })
    if (!res.ok) return
    setResult(bulkSummary(res.data, tag))
    if (res.data.tagged.length) onDone()
  }

  if (!open)
    return (
      <Button className='btn btn--ghost members__bulk-open' onClick={() => setOpen(true)}>
        批量加标签（粘贴名单）
      </Button>
    )
  return (
    <Card
      title='批量加标签'
      extra={
        <Text className='link' onClick={() => setOpen(false)}>
          收起
        </Text>
      }
    >
      <ChipGroup options={KNOWN_TAGS.map((t) => ({ value: t, label: t }))} value={[tag]} onChange={([t]) => setTag(t)} />
      <Textarea className='textarea members__bulk-names' value={text} maxlength={5000} placeholder='粘贴姓名，每行一个，或用顿号、逗号隔开' onInput={(e) => setText(e.detail.value)} />
      {run.error && <Text className='error-text members__error'>{run.error.message}</Text>}
      <Button className='btn' disabled={!names.length || run.running} onClick={send}>
        {run.running ? '正在设置…' : names.length ? `给这 ${names.length} 人加上「${tag}」` : '先粘贴名单'}
      </Button>
      {result && (
        <View className='members__bulk-result'>
          {result.map((l) => (
            <Text key={l} className='members__bulk-line'>
              {l}
            </Text>
          ))}
        </View>
      )}
    </Card>
  )
}
