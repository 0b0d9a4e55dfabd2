import { Button, Text } from '@tarojs/components'
import { useState } from 'react'
import { callAction } from '../../services/cloud'
import { Card } from '../card'
import './index.scss'

export interface SetupCardProps {
  /** Called once the environment is set up, to load the page again. */
  onDone: () => void
}

/** Shown while the cloud environment has no collections yet: the bootstrap chair sets it up here. */
export function SetupCard({ onDone }: SetupCardProps) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState('')
  const run = async () => {
    setBusy(true)
    setProblem('')
    const res = await callAction('member', 'setup')
    setBusy(false)
    if (res.ok) onDone()
    else setProblem(res.error.message)
  }
  return (
    <Card className='setup-card'>
      <Text className='setup-card__title'>云环境还没有初始化</Text>
      <Text className='hint'>第一次使用时，由工会主席点一次「初始化」，建好存放名单、通知和报名的数据表。重复点也没关系。</Text>
      {problem && <Text className='setup-card__problem'>{problem}</Text>}
      <Button className='btn setup-card__button' disabled={busy} onClick={run}>
        {busy ? '正在初始化…' : '初始化'}
      </Button>
    </Card>
  )
}
