import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazy } from 'react';
import { AnnualReportList } from './AnnualReportList';

const AnnualReportShow = lazy(() => import('./AnnualReportShow'));

export default {
  list: AnnualReportList,
  show: AnnualReportShow,
  icon: AssessmentIcon,
};
