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
export { dataTable, tableCss, breakAfterSlashes, type TableColumn, type DataTableOptions } from './components/table.js';
export { documentPage, documentEnd, baseCss, DRAFT_NOTE, DRAFT_NUMBER, type DocumentPageInput } from './layout.js';
export {
  SERIF_FONTS,
  SANS_FONTS,
  MONO_FONTS,
  GlyphCoverage,
  fontCoverage,
  printableText,
  missingGlyphMark,
} from './fonts.js';
export { officeUserListHtml, type OfficeUserListData, type OfficeUserListUser } from './documents/office-user-list.js';
export {
  REQUESTER_TYPE_LABELS,
  CHANNEL_LABELS,
  OBTAIN_LABELS,
  DELIVERY_LABELS,
  FORM_LABELS,
  DECISION_TEXT,
  SOP_STEP_LABELS,
  PASAL_17,
  shortExemption,
  exemptionBasis,
  maskNikLast4,
  maskNikEnds,
  formatRupiah,
  terbilang,
  countWords,
  deadlineSentence,
  type RequestDocRequest,
  type RequestDocRequester,
  type DeadlineInfo,
} from './documents/request-common.js';
export { requestReceiptHtml, type RequestReceiptData } from './documents/request-receipt.js';
export { writtenNoticeHtml, type WrittenNoticeData, type WrittenNoticeDecision } from './documents/written-notice.js';
export { extensionNoticeHtml, type ExtensionNoticeData } from './documents/extension-notice.js';
export { refusalDecreeHtml, type RefusalDecreeData } from './documents/refusal-decree.js';
export {
  verificationPageHtml,
  type VerificationPageData,
  type VerificationPageDocument,
  type VerificationPageSigner,
} from './pages/verification-page.js';
export {
  publicPageHtml,
  officeNotFoundPageHtml,
  bilingual,
  type Bilingual,
  type PublicPageInput,
  type PublicPageOffice,
} from './pages/public-layout.js';
export {
  requestFormPageHtml,
  requestSubmittedPageHtml,
  FORM_FIELDS,
  FIELDS_BY_TYPE,
  REQUIRED_BY_TYPE,
  type FormField,
  type FormLabel,
  type FormOffice,
  type FormRequesterType,
  trackingPageHtml,
  type RequestFormPageData,
  type RequestSubmittedPageData,
  type TrackedRequest,
  type TrackingPageData,
} from './pages/request-pages.js';
export {
  portalSignInPageHtml,
  portalCodePageHtml,
  portalListPageHtml,
  portalRequestPageHtml,
  portalMessagePageHtml,
  type PortalNotice,
  type PortalObjection,
  type PortalRequestDetail,
  type PortalRequestSummary,
} from './pages/portal-pages.js';
export { dipPageHtml, type DipPageData } from './pages/dip-page.js';
export {
  annualReportsPageHtml,
  type AnnualReportsPageData,
  type PublishedAnnualReport,
} from './pages/annual-reports-page.js';
export {
  requestRegisterHtml,
  registerSummary,
  electionText,
  heldText,
  formText,
  decisionText,
  refusalText,
  type RequestRegisterData,
  type RequestRegisterRow,
} from './documents/request-register.js';
export {
  dailyServiceSheetHtml,
  type DailySheetData,
  type DailySheetRow,
  type DailySheetStep,
} from './documents/daily-service-sheet.js';
export {
  objectionResponseHtml,
  objectionGroundsList,
  OBJECTION_DECISION_TEXT,
  type ObjectionResponseData,
  type ObjectionResponseDecision,
  type ObjectionDocObjection,
  type ObjectionDocRequester,
  type ObjectionDocRequest,
  type ObjectionGroundText,
} from './documents/objection-response.js';
export {
  objectionRegisterHtml,
  objectionRegisterSummary,
  objectionDecisionText,
  groundsText,
  disputeText,
  disputeCount,
  DISPUTE_STAGE_TEXT,
  type ObjectionRegisterData,
  type ObjectionRegisterRow,
} from './documents/objection-register.js';
export { dipListHtml, DIP_CATEGORY_LABELS, type DipListData, type DipListEntry } from './documents/dip-list.js';
export { barChartSvg, type BarSeries } from './components/chart.js';
export {
  monthlyReportHtml,
  type MonthlyReportData,
  type MonthlyReportDay,
  type MonthlyReportFigures,
  type LabelledCount,
  type RegimeFigures,
  type ReportTimeliness,
} from './documents/monthly-report.js';
export {
  annualReportHtml,
  type AnnualReportData,
  type AnnualReportFigures,
  type AnnualReportMonth,
  type AnnualReportSection,
  type AnnualReportLiaison,
  type AnnualDisputeCase,
} from './documents/annual-report.js';
export { beritaAcaraHtml, type BeritaAcaraData, type BeritaAcaraAttendee } from './documents/berita-acara.js';
export * from './legal/catalogue.js';
