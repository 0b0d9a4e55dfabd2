import type { Category, CompEvent, EventKind, EventStatus } from '../../types/competition'

/** 男子100米, 拔河 (混合 reads as nothing). */
export const eventLabel = (e: { name: string; category: Category }) => (e.category === '混合' ? e.name : `${e.category}${e.name}`)

export const KIND_LABEL: Record<EventKind, string> = { timed: '计时', measured: '测量', judged: '评分' }

export const STATUS_LABEL: Record<EventStatus, string> = { empty: '未录入', pending: '待审核', published: '已公布' }

/** Shared points read to two decimals at most: 6, 5.5, 5.33. */
export const pointsText = (p: number) => String(Math.round(p * 100) / 100)

/** What a result box asks for, by kind. */
export function valueHint(e: Pick<CompEvent, 'kind' | 'measure' | 'maxScore' | 'judges' | 'dropHighLow'>): string {
  if (e.kind === 'timed') return '秒数如 12.34，或 分:秒 如 1:02.50'
  if (e.kind === 'measured') return e.measure === 'count' ? '次数（整数）' : '距离，单位米，如 2.35'
  const judges = e.judges ? `${e.judges} 位评委` : '每位评委'
  return `${judges}的打分，空格分隔，满分 ${e.maxScore}${e.dropHighLow ? '，去掉最高分和最低分' : ''}`
}

/** Judges' scores typed as "92 93.5 90" or "92，93.5，90"; anything not a number is kept as NaN so the server names it. */
export const parseScores = (text: string): number[] =>
  text
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .map((s) => Number(s))
