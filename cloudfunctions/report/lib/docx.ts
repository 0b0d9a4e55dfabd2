import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { Block } from './draft'

/** The draft as a .docx WPS and Word open for editing: a title, the outline's headings, plain paragraphs. */
export async function docxOf(title: string, blocks: Block[]): Promise<Buffer> {
  const font = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' }
  const doc = new Document({
    creator: '工会助手',
    title,
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, size: 40 })] }),
          ...blocks.map((b) =>
            'heading' in b
              ? new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: b.heading, bold: true, size: 32 })] })
              : new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 420 }, children: [new TextRun(b.text)] })
          )
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}
