import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ReadableExport } from './exportReadable.ts';

// DejaVu Sans (embedded, subset to the glyphs used): Latin, Greek, Cyrillic and more, so that a
// name or address is printed as it is written, not as boxes. No font is fetched at run time.
const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * The readable export as a PDF the customer can keep or print: A4, tagged with its language and
 * title, the same sections, items and dates as the page. Built in memory, compressed.
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
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

  pdf.font('bold').fontSize(20).text(readable.title, { width });
  pdf.moveDown(0.3).font('regular').fontSize(10).fillColor('#333333').text(readable.subtitle, { width });
  for (const section of readable.sections) {
    pdf.moveDown(1.2).font('bold').fontSize(14).fillColor('#000000').text(section.title, { width });
    pdf.font('regular').fontSize(10).fillColor('#333333').text(section.intro, { width }).moveDown(0.4);
    if (!section.items.length) pdf.fillColor('#555555').text(section.empty, { width });
    for (const item of section.items) {
      pdf.font('bold').fontSize(10.5).fillColor('#000000').text(item.label, { width, continued: false });
      pdf.font('regular').text(item.value, { width });
      if (item.detail) pdf.fontSize(9).fillColor('#555555').text(item.detail, { width });
      pdf.moveDown(0.4);
    }
  }
  pdf.end();
  return done;
}
