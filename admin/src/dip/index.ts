import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { lazy } from 'react';
import { DipEntryList } from './DipEntryList';
import { DipVersionList } from './DipVersionList';
import type { DipEntry, DipVersion } from './types';

// The form, the detail pages and their dialogs load on first use (as the request screens do).
const DipEntryShow = lazy(() => import('./DipEntryShow').then((m) => ({ default: m.DipEntryShow })));
const DipEntryCreate = lazy(() => import('./DipEntryForm').then((m) => ({ default: m.DipEntryCreate })));
const DipEntryEdit = lazy(() => import('./DipEntryForm').then((m) => ({ default: m.DipEntryEdit })));
const DipVersionShow = lazy(() => import('./DipVersionShow').then((m) => ({ default: m.DipVersionShow })));

// Daftar Informasi Publik (SOP 3): the units' entries and the PPID's classification…
export const dipEntries = {
  list: DipEntryList,
  show: DipEntryShow,
  create: DipEntryCreate,
  edit: DipEntryEdit,
  icon: ListAltIcon,
  recordRepresentation: (record: DipEntry) => record.title,
};

// …and the versions established by decree (SK PPID), each with its diff, published once.
export const dipVersions = {
  list: DipVersionList,
  show: DipVersionShow,
  icon: HistoryEduIcon,
  recordRepresentation: (record: DipVersion) => `${record.versionNo} — ${record.decreeNumber}`,
};
