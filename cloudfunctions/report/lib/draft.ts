import { PLAN_KIND_LABELS, type Figure, type MonthRow, type PlanOutput, type Section, type UnitRow } from '../../../types/report'

/** One block of the drafted 工作总结: a heading, a paragraph of plain sentences, or a chart drawn as a PNG. */
export type Block = { heading: string } | { text: string } | { image: Buffer; width: number; height: number; caption: string }

/** What the sentences call the period: the year's 工作总结 or a month's 月报. */
export interface Wording {
  /** 全年 / 本月 */
  span: string
  /** 年末 / 月末 */
  end: string
}
export const YEAR_WORDING: Wording = { span: '全年', end: '年末' }
export const MONTH_WORDING: Wording = { span: '本月', end: '月末' }

const find = (sections: Section[], key: string): Figure | undefined => sections.flatMap((s) => s.figures).find((f) => f.key === key)

/**
 * The 工作总结 as the chair would write it, every number filled in from the figures; a figure the
 * app does not know (no ballot closed: no turnout) leaves its clause out rather than writing 0.
 */
export interface DraftInput {
  year: number
  sections: Section[]
  months: MonthRow[]
  units: UnitRow[]
  plan: PlanOutput
  /** charts drawn for the 文体活动 and 送温暖 parts, placed after their sentences */
  charts?: { culture?: Block[]; care?: Block[] }
}

export function draftBlocks({ year, sections, months, units, plan, charts = {} }: DraftInput, w: Wording = YEAR_WORDING): Block[] {
  const n = (key: string) => find(sections, key)?.value ?? 0
  const has = (key: string) => find(sections, key) !== undefined
  const out: Block[] = [{ text: `（草稿：由工会助手根据系统记录生成，各项数字可与同时导出的台账核对，请修改后使用。）` }]

  out.push({ heading: sections[0].title })
  if (has('proposals'))
    out.push({
      text:
        `${w.span}召开教代会 ${n('congress-meetings')} 次，收到提案 ${n('proposals')} 件，立案 ${n('proposals-accepted')} 件，已答复 ${n('proposals-answered')} 件（其中按期答复 ${n('proposals-on-time')} 件）；` +
        `提案人评价满意 ${n('proposals-satisfied')} 件、基本满意 ${n('proposals-basically')} 件、不满意 ${n('proposals-unsatisfied')} 件${has('proposals-satisfaction') ? `，满意率 ${n('proposals-satisfaction')}%` : ''}。`
    })
  out.push({
    text:
      `${w.span}发布校务公开 ${n('affairs')} 条、财务公开 ${n('finance')} 条。` +
      `通过号码有奖征集收到会员建议 ${n('suggestions')} 条，已答复 ${n('suggestions-answered')} 条（其中按期答复 ${n('suggestions-on-time')} 条），采纳 ${n('suggestions-adopted')} 条，已落实 ${n('suggestions-done')} 条。` +
      `组织投票与民主评议 ${n('ballots')} 次${has('turnout') ? `，投票率 ${n('turnout')}%` : ''}。`
  })

  out.push({ heading: sections[1].title })
  out.push({
    text: `${w.span}共组织文体活动 ${n('activities')} 次，报名 ${n('signups')} 人次，参加 ${n('attended')} 人次，${n('participants')} 名会员参与${has('participation') ? `，参与率 ${n('participation')}%` : ''}；组织比赛 ${n('competitions')} 场，参赛 ${n('entrants')} 人（队）次。`
  })
  const busy = months.filter((m) => m.activities || m.signups || m.attended)
  if (busy.length > 1 || (busy.length && months.length > 1))
    out.push({ text: `各月情况：${busy.map((m) => `${Number(m.month.slice(5))} 月活动 ${m.activities} 次、报名 ${m.signups} 人次、参加 ${m.attended} 人次`).join('；')}。` })

  const rated = units.filter((u) => u.rate !== undefined && u.participants)
  if (rated.length) out.push({ text: `各部门参与情况：${rated.map((u) => `${u.unit} ${u.participants}/${u.members} 人、${u.signups} 人次，参与率 ${u.rate}%`).join('；')}。` })
  out.push(...(charts.culture ?? []))

  out.push({ heading: sections[2].title })
  const byOccasion = sections[2].figures.filter((f) => /^care-[a-z]+$/.test(f.key) && f.key !== 'care-amount')
  const parts = byOccasion.map((f) => `${f.label.replace(/慰问$/, '')} ${f.value} 人次 ${n(`${f.key}-amount`)} 元`)
  out.push({
    text: `${w.span}慰问会员 ${n('care')} 人次，发放慰问金 ${n('care-amount')} 元${parts.length ? `，其中${parts.join('、')}` : ''}。为会员送出生日与节日祝福 ${n('greetings')} 人次。`
  })

  out.push(...(charts.care ?? []))

  out.push({ heading: sections[3].title })
  out.push({
    text: `${w.end}在册会员 ${n('members')} 人，${w.span}新入会 ${n('members-new')} 人，离会 ${n('members-left')} 人；目前已有 ${n('members-bound')} 人绑定微信使用工会助手${has('delegates') ? `，教代会代表 ${n('delegates')} 人` : ''}。${w.span}发布通知 ${n('notices')} 条、表彰 ${n('honours')} 条。`
  })

  if (plan.items.length) {
    out.push({ heading: '五、工作计划完成情况' })
    out.push({ text: `${w === YEAR_WORDING ? `${year} 年` : '本月'}工作计划共 ${plan.items.length} 项，已完成 ${plan.done} 项。` })
    for (const it of plan.items)
      out.push({
        text: `${it.month} 月 ${it.title}（${PLAN_KIND_LABELS[it.kind]}）：${it.done ? `已完成，${Number(it.done.date.slice(5, 7))} 月 ${Number(it.done.date.slice(8, 10))} 日「${it.done.title}」` : '未见记录'}`
      })
  }
  return out
}
