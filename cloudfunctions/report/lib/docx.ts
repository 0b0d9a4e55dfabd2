import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import type { Block } from './draft'

/** Page width in points a chart is fitted to (A4 less Word's default margins, about 15.9 cm). */
const IMAGE_WIDTH = 560

function paragraphOf(b: Block): Paragraph[] {
  if ('heading' in b) return [new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.heading, bold: true, size: 32 })] })]
  if ('text' in b) return [new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 420 }, children: [new TextRun(b.text)] })]
  const height = Math.round((b.height / b.width) * IMAGE_WIDTH)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new ImageRun({ type: 'png', data: b.image, transformation: { width: IMAGE_WIDTH, height }, altText: { name: b.caption, title: b.caption, description: b.caption } })]
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: b.caption, size: 24 })] })
  ]
}

/** The draft as a .docx WPS and Word open for editing: a title, the outline's headings, plain paragraphs, the charts as pictures. */
export async function docxOf(title: string, blocks: Block[]): Promise<Buffer> {
  const font = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' }
  const doc = new Document({
    creator: '工会助手',
    title,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        children: [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, size: 40 })] }), ...blocks.flatMap(paragraphOf)]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
