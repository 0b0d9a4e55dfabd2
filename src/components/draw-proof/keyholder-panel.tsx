import type { DrawInfo } from '../../../types/suggestion'
import { useAction, useMutation } from '../../hooks/use-action'
import { drawScope } from '../../lib/draw-secret'
import { KeyholderCard } from './keyholder-card'

export interface KeyholderPanelProps {
  month: string
  /** Called with the month's draw after this keyholder's commit or reveal. */
  onDraw: (draw: DrawInfo) => void
}

/** The month's lucky draw: the keyholder's own key, locked while the month is open and revealed after. */
export function KeyholderPanel({ month, onDraw }: KeyholderPanelProps) {
  const state = useAction('suggestion', 'keyholding', { month }, [month])
  const commit = useMutation('suggestion', 'commitDraw')
  const reveal = useMutation('suggestion', 'reveal')
  const after = async (res: { ok: true; data: DrawInfo } | { ok: false }) => {
    if (res.ok) onDraw(res.data)
    void state.reload()
    return res.ok
  }
  return (
    <KeyholderCard
      what='本月抽奖'
      scope={drawScope.month(month)}
      state={state.data}
      commit={async (commitment) => after(await commit.run({ month, commitment }))}
      reveal={async (secret) => after(await reveal.run({ month, secret }))}
      running={commit.running || reveal.running}
      error={(commit.error ?? reveal.error)?.message}
    />
  )
}
