import SummarizeIcon from '@mui/icons-material/Summarize';
import { lazy } from 'react';
import { i18nProvider } from '../i18n';
import { monthName } from './actions';
import { MonthlyReportList } from './MonthlyReportList';
import type { MonthlyReport } from './types';

const MonthlyReportShow = lazy(() => import('./MonthlyReportShow'));

export default {
  list: MonthlyReportList,
  show: MonthlyReportShow,
  icon: SummarizeIcon,
  // the page title names the month ("Laporan bulanan November 2026"), not the row's id
  recordRepresentation: (record: MonthlyReport) => monthName(record.monthKey, i18nProvider.getLocale()),
};
