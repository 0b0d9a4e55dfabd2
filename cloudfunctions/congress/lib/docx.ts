import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { DECISION_LABELS, RATING_LABELS, type CongressStatsOutput } from '../../../types/congress'
import { unionDate } from '../../_shared/clock'
import type { ProposalDoc } from '../data/docs'

const font = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' }

/** One labelled line of the page: 案由：…, with the label in bold as committees print it. */
const line = (label: string, text: string) => new Paragraph({ spacing: { before: 120, line: 400 }, children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(text || '—')] })

function decisionText(p: ProposalDoc): string {
  if (!p.decision) return p.status === 'seeking' ? '尚在征集附议' : '尚未审查'
  const merged = p.decision.mergedInto ? `（并入第 ${p.decision.mergedInto} 号提案）` : ''
  return `${DECISION_LABELS[p.decision.decision]}${merged}。${p.decision.reason}`
}

/** An accepted proposal without its department or due date says 待定; one not accepted has none (—). */
function departmentText(p: ProposalDoc): string {
  const d = p.decision
  if (d?.decision !== 'accepted') return ''
  return `${d.department ?? '待定'}（${d.dueAt ? `${unionDate(d.dueAt)} 前答复` : '答复期限待定'}）`
}

/** The figures line, in stats' words: 共收到提案 3 件，立案 1 件，已答复 1 件（按期 1 件）；满意 0 件，基本满意 1 件，不满意 0 件. */
const statsText = (s: CongressStatsOutput) =>
  `共收到提案 ${s.proposals} 件，立案 ${s.accepted} 件，已答复 ${s.answered} 件（按期 ${s.answeredOnTime} 件）；满意 ${s.satisfied} 件，基本满意 ${s.basically} 件，不满意 ${s.unsatisfied} 件`

function pageOf(p: ProposalDoc): Paragraph[] {
  const rating = p.rating ? `${RATING_LABELS[p.rating.rating]}${p.rating.comment ? `（${p.rating.comment}）` : ''}` : '尚未评价'
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, alignment: AlignmentType.CENTER, children: [new TextRun({ text: `第 ${p.number} 号提案`, bold: true, size: 32 })] }),
    line('案由', p.title),
    line('提案人', `${p.proposer.name}（${p.proposer.unit}）`),
    line('附议人', p.seconders.map((s) => s.name).join('、')),
    ...(p.fromSuggestion ? [line('来自建议箱', `${p.fromSuggestion.number} 号建议：${p.fromSuggestion.content}`)] : []),
    line('理由', p.reason),
    line('措施', p.measures),
    line('立案意见', decisionText(p)),
    line('承办部门', departmentText(p)),
    line('答复', p.answers.map((a, i) => `${p.answers.length > 1 ? `第 ${i + 1} 次：` : ''}${a.answer}`).join('\n')),
    line('满意度', rating)
  ]
}

/** 提案汇编: the title and the meeting's figures (stats), then one proposal a page. */
export async function compilationDocx(title: string, proposals: ProposalDoc[], stats: CongressStatsOutput): Promise<Buffer> {
  const doc = new Document({
    creator: '工会助手',
    title,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, size: 40 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(statsText(stats))] }),
          ...proposals.flatMap((p) => pageOf(p))
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
