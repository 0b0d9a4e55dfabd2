import type { CertificateInput, CertificateOutput, Standing } from '../../../types/competition'
import { isAtLeast } from '../../_shared/auth'
import type { Ctx } from '../../_shared/ctx'
import { AppError } from '../../_shared/errors'
import { saveExport } from '../../_shared/exports'
import { loadMember } from '../../_shared/members'
import { certificatesPdf, dateText, drawCertificate, unionName, type CertificateSpec } from '../../_shared/image'
import { loadCompetition } from '../data/competitions'
import { loadEvent, loadEvents } from '../data/events'
import type { CompetitionDoc, EventDoc } from '../data/docs'
import { eventStandings } from '../lib/placings'

/**
 * 奖状 in one bulk file: each takes ~0.12 s to draw here (a 30-page PDF in 3.6 s, 80 KB a page), so
 * 60 fit the function's 30 s timeout with room for a slower cloud CPU.
 */
export const MAX_CERTIFICATES = 60

const PLACE_WORDS = ['', '第一名', '第二名', '第三名', '第四名', '第五名', '第六名', '第七名', '第八名']

/** The prize if the event gives one, else the place in words. */
const prizeText = (s: Standing) => s.prize ?? PLACE_WORDS[s.place] ?? `第${s.place}名`

function specOf(s: Standing, ev: EventDoc, comp: CompetitionDoc, union: string): CertificateSpec {
  // a team's winner is its unit; a person is named with their unit
  const name = ev.team ? s.unit : s.name
  return {
    union,
    competition: comp.title,
    event: ev.category === '混合' ? ev.name : `${ev.category}${ev.name}`,
    prize: prizeText(s),
    name,
    unit: ev.team ? undefined : s.unit,
    date: dateText(ev.published?.at ?? new Date(0))
  }
}

/** Prize winners of a published event: who gets a 奖状. */
const winnersOf = (ev: EventDoc, comp: CompetitionDoc) => (ev.published ? eventStandings(ev, comp).filter((s) => s.prize) : [])

/**
 * 奖状: a winner saves their own (a PNG), the chair any one, or with all every prize winner of an
 * event or a competition in one PDF to print.
 */
export async function certificate(input: CertificateInput, ctx: Ctx): Promise<CertificateOutput> {
  const chair = isAtLeast(ctx.role, 'chair')
  if (input.all) {
    if (!chair) throw new AppError('FORBIDDEN', '只有主席可以打印全部奖状')
    return printAll(input, ctx)
  }
  const ev = await loadEvent(ctx, input.eventId as string, { forMembers: true })
  if (!ev.published) throw new AppError('CONFLICT', '该项目成绩尚未公布，公布后才能生成奖状')
  const comp = await loadCompetition(ctx, ev.competitionId)
  const winners = winnersOf(ev, comp)
  const own = ctx.member
  const memberId = input.memberId ?? (input.unit ? undefined : own?._id)
  if (!chair) {
    if (memberId && memberId !== own?._id) throw new AppError('FORBIDDEN', '只能保存自己的奖状；要其他人的，请找主席')
    if (input.unit && input.unit !== own?.unit) throw new AppError('FORBIDDEN', '只能保存本部门的奖状')
  }
  const who = memberId ? (memberId === own?._id ? own : await loadMember(ctx.db, memberId)) : null
  // a result entered by name (a member with no phone) has no memberId: it is theirs by name and unit
  const theirs = (s: Standing) => (s.memberId ? s.memberId === who?._id : s.name === who?.name && s.unit === who?.unit)
  const hit = ev.team ? winners.find((s) => s.unit === (input.unit ?? own?.unit)) : winners.find((s) => (who ? theirs(s) : s.unit === input.unit))
  if (!hit) throw new AppError('NOT_FOUND', memberId === own?._id && !input.unit ? `你在「${ev.name}」没有获奖名次，没有奖状可保存` : `「${ev.name}」的获奖名单里没有这一位，没有奖状`)
  const spec = specOf(hit, ev, comp, unionName(ctx.env))
  const png = await drawCertificate(spec)
  const saved = await saveExport(ctx, `奖状-${spec.event}-${spec.name}.png`, png)
  return { ...saved, format: 'png', count: 1 }
}

async function printAll(input: CertificateInput, ctx: Ctx): Promise<CertificateOutput> {
  const first = input.eventId ? await loadEvent(ctx, input.eventId) : null
  const comp = await loadCompetition(ctx, first?.competitionId ?? (input.competitionId as string))
  const events = first ? [first] : await loadEvents(ctx, comp._id)
  const union = unionName(ctx.env)
  const specs = events.flatMap((ev) => winnersOf(ev, comp).map((s) => specOf(s, ev, comp, union)))
  if (specs.length === 0) throw new AppError('CONFLICT', first ? `「${first.name}」成绩尚未公布或没有获奖者，暂无奖状可打印` : '还没有公布成绩的项目，暂无奖状可打印')
  if (specs.length > MAX_CERTIFICATES) throw new AppError('BAD_REQUEST', `共 ${specs.length} 张奖状，一次最多 ${MAX_CERTIFICATES} 张：请按项目分别打印`)
  const title = first ? `${comp.title}-${first.name}-奖状` : `${comp.title}-全部奖状`
  const pdf = await certificatesPdf(specs, title)
  const saved = await saveExport(ctx, `${title}.pdf`, pdf)
  return { ...saved, format: 'pdf', count: specs.length }
}
