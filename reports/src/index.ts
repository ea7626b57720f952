export { html, raw, joinHtml, escapeHtml, isSafeHtml, SafeHtml, type HtmlValue } from './html.js';
export {
  PdfRenderer,
  PdfRenderTimeoutError,
  resolveChromiumPath,
  CHROMIUM_ARGS,
  CHROMIUM_CANDIDATES,
  PAGE_MARGIN,
  type RenderOptions,
  type PdfRendererOptions,
} from './renderer.js';
export {
  formatDateId,
  formatDateTimeId,
  romanMonth,
  formatNip,
  timeZoneLabelId,
  MONTHS_ID,
  WEEKDAYS_ID,
  DEFAULT_TIME_ZONE,
  type DateInput,
  type DateFormatOptions,
} from './format.js';
export { letterhead, letterheadCss, emblemSvg, type LetterheadOffice } from './components/letterhead.js';
export { signatureBlocks, signatureCss, type Signer } from './components/signature.js';
export { verificationBox, verificationCss, qrDataUrl, type VerificationInfo } from './components/verification.js';
export { dataTable, tableCss, type TableColumn, type DataTableOptions } from './components/table.js';
export { documentPage, baseCss, type DocumentPageInput } from './layout.js';
export {
  officeUserListHtml,
  type OfficeUserListData,
  type OfficeUserListUser,
} from './documents/office-user-list.js';
