import SummarizeIcon from '@mui/icons-material/Summarize';
import { lazy } from 'react';
import { MonthlyReportList } from './MonthlyReportList';

const MonthlyReportShow = lazy(() => import('./MonthlyReportShow'));

export default {
  list: MonthlyReportList,
  show: MonthlyReportShow,
  icon: SummarizeIcon,
};
