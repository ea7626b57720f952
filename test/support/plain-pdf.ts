import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PdfRenderOptions } from '../../server/src/documents/pdf.service';

/**
 * A PDF renderer for tests about something other than the page: a one-page PDF (pdf-lib) naming how long the HTML was,
 * in place of Chromium. The permission matrix sends about 600 cells to document routes, and rendering each in Chromium
 * was half of its time; what it checks is who may ask and what the answer's status is, while the documents
 * themselves — letterhead, wording, page breaks, hostile text — are checked against the real renderer by the
 * documents, pdf-hostile, pdf-signing and report tests. The bytes still go through everything after the renderer
 * (signing, the register, storage, the verification code).
 */
export class PlainPdfService {
  renders = 0;
  readonly budgetMs = 60_000;

  async render(html: string, options: PdfRenderOptions = {}): Promise<Buffer> {
    this.renders++;
    const doc = await PDFDocument.create();
    const page = doc.addPage(options.landscape ? [842, 595] : [595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText(`Lentera test document (${html.length} characters of HTML)`, { x: 50, y: 780, size: 11, font });
    return Buffer.from(await doc.save());
  }

  status() {
    return Promise.resolve({ mode: 'local' as const });
  }

  async onModuleDestroy(): Promise<void> {}
}
