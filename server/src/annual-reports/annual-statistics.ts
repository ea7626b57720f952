import type { MonthRow, Summary } from '../metrics/metrics.service';

/** What the report shows: the year's metrics (the same objects GET /api/metrics/summary answers), its months, refusal bases. */
export interface AnnualStatistics {
  summary: Summary;
  months: MonthRow[];
  /** requests decided in the year, refused wholly or partly, by UU KIP Pasal 17 letter (from the request register) */
  refusalBases: Record<string, number>;
  /** disputes at the Komisi Informasi filed in the year, with their outcome and any court action (absent in reports frozen before it was kept) */
  disputeCases?: DisputeCase[];
  /** gugatan ke pengadilan (UU KIP Pasal 47–48): the disputes above taken to court */
  lawsuits?: number;
  onTimeTargetPercent: number;
}

export interface DisputeCase {
  objectionNumber: string;
  requestNumber: string | null;
  kiRegistrationNumber: string | null;
  filedDate: string;
  stage: string | null;
  outcome: string | null;
  courtAction: string | null;
}
