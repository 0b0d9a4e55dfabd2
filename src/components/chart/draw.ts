import { Axis, Canvas, Chart, Interval, jsx as f2jsx } from '@antv/f2'
import Taro from '@tarojs/taro'
import { colors } from '../../lib/theme'
import type { ChartRow } from './types'

type Element = { props: ConstructorParameters<typeof Canvas>[0] }
/** F2's element factory, called as its JSX would: its types want F2's own JSX namespace, which this React file has not. */
const jsx = f2jsx as unknown as (type: unknown, props: Record<string, unknown>) => Element

/** The 2d context of the canvas with this id, sized for the screen, or null where none can be had (a test's DOM). */
async function contextOf(id: string): Promise<{ context: CanvasRenderingContext2D; width: number; height: number; pixelRatio: number } | null> {
  const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2
  if (process.env.TARO_ENV === 'h5') {
    const el = document.querySelector<HTMLCanvasElement>(`#${id} canvas, canvas#${id}`)
    const box = el?.getBoundingClientRect()
    // no layout, nothing to draw on (jsdom lays nothing out)
    if (!el || !box || !box.width) return null
    el.width = box.width * pixelRatio
    el.height = box.height * pixelRatio
    const context = el.getContext('2d')
    return context ? { context, width: box.width, height: box.height, pixelRatio } : null
  }
  const res = await new Promise<{ node?: HTMLCanvasElement; width: number; height: number }[] | null>((resolve) =>
    Taro.createSelectorQuery().select(`#${id}`).fields({ node: true, size: true }).exec(resolve)
  )
  const hit = res?.[0]
  const context = hit?.node?.getContext?.('2d') as CanvasRenderingContext2D | null | undefined
  if (!hit?.node || !context || !hit.width) return null
  hit.node.width = hit.width * pixelRatio
  hit.node.height = hit.height * pixelRatio
  return { context, width: hit.width, height: hit.height, pixelRatio }
}

/** Draws the rows as horizontal bars with F2 on the canvas with this id; false when there is no canvas to draw on. */
export async function drawBars(id: string, rows: ChartRow[], max?: number): Promise<boolean> {
  const got = await contextOf(id)
  if (!got) return false
  // a transposed axis runs bottom-up: reversed, the first row is the top bar, as in the table
  const data = rows.map((r) => ({ label: r.label, value: r.value })).reverse()
  const chart = jsx(Chart, {
    data,
    coord: { transposed: true },
    scale: { value: { min: 0, ...(max ? { max } : {}), nice: !max }, label: { type: 'cat' } },
    children: [
      jsx(Axis, { field: 'label', style: { label: { fontSize: 13, fill: colors.muted } } }),
      jsx(Axis, { field: 'value', visible: false }),
      jsx(Interval, { x: 'label', y: 'value', color: colors.red })
    ]
  })
  const { props } = jsx(Canvas, { context: got.context, pixelRatio: got.pixelRatio, width: got.width, height: got.height, animate: false, children: chart })
  await new Canvas(props).render()
  return true
}
