import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazy } from 'react';
import { AnnualReportList } from './AnnualReportList';
import type { AnnualReport } from './types';

const AnnualReportShow = lazy(() => import('./AnnualReportShow'));

export default {
  list: AnnualReportList,
  show: AnnualReportShow,
  icon: AssessmentIcon,
  // the page title names the year and edition ("Laporan tahunan 2025 (versi 2)"), not the row's id
  recordRepresentation: (record: AnnualReport) =>
    record.version > 1 ? `${record.year} (v${record.version})` : String(record.year),
};
