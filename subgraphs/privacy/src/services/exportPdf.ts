import PDFDocument from 'pdfkit';
import { FONT_FILES, THAI_RUN } from './exportFonts.ts';
import type { ReadableExport } from './exportReadable.ts';

/** Writes `text` in `weight`, switching to the Thai face for runs of Thai script. */
function write(pdf: PDFKit.PDFDocument, text: string, weight: 'regular' | 'bold', options: PDFKit.Mixins.TextOptions): void {
  const runs = text.split(THAI_RUN).filter((run) => run.length);
  if (!runs.length) runs.push(' ');
  runs.forEach((run, i) => {
    pdf.font(THAI_RUN.test(run) ? `thai-${weight}` : weight).text(run, { ...options, continued: i < runs.length - 1 });
  });
}

/**
 * The readable export as a PDF the customer can keep or print: A4, tagged with its language and
 * title, the same sections, items and dates as the page, its fonts embedded (subset to the glyphs
 * used). Built in memory, compressed.
 */
export function exportPdf(readable: ReadableExport, generatedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: readable.locale,
    displayTitle: true,
    compress: true,
    info: { Title: readable.title, Subject: readable.subtitle, Creator: 'Living Profile', CreationDate: generatedAt, ModDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const [name, file] of Object.entries(FONT_FILES)) pdf.registerFont(name, file);
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

  write(pdf.fontSize(20), readable.title, 'bold', { width });
  write(pdf.moveDown(0.3).fontSize(10).fillColor('#333333'), readable.subtitle, 'regular', { width });
  for (const section of readable.sections) {
    write(pdf.moveDown(1.2).fontSize(14).fillColor('#000000'), section.title, 'bold', { width });
    write(pdf.fontSize(10).fillColor('#333333'), section.intro, 'regular', { width });
    pdf.moveDown(0.4);
    if (!section.items.length) write(pdf.fillColor('#555555'), section.empty, 'regular', { width });
    for (const item of section.items) {
      write(pdf.fontSize(10.5).fillColor('#000000'), item.label, 'bold', { width });
      write(pdf, item.value, 'regular', { width });
      if (item.detail) write(pdf.fontSize(9).fillColor('#555555'), item.detail, 'regular', { width });
      pdf.moveDown(0.4);
    }
  }
  pdf.end();
  return done;
}
