import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../api/types';
import { changeRows } from './changes';

const REDACTED = /^(\*{3,}|\[(redacted|disembunyikan|hidden)\]|<redacted>)$/i;

function useFormatValue() {
  const translate = useTranslate();
  return (value: unknown, field: string): string => {
    if (value === undefined || value === null || value === '') return translate('lentera.audit.empty_value');
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    if (typeof value === 'string' && REDACTED.test(value)) return translate('lentera.audit.redacted');
    if (Array.isArray(value)) {
      if (field === 'roles')
        return value.map((role) => translate(`lentera.roles.${role}`, { _: String(role) })).join(', ');
      return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
    }
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}

/** `changes` of an audit entry as a table of field, before → after. */
export const ChangesTable = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const format = useFormatValue();
  const rows = changeRows(record?.changes);
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('lentera.audit.no_changes')}
      </Typography>
    );
  }
  const entity = record?.entityType ? `resources.${record.entityType}s.fields` : '';
  const fieldLabel = (field: string) =>
    translate(`${entity}.${field}`, { _: translate(`resources.${record?.entityType}.fields.${field}`, { _: field }) });
  return (
    <Box sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('lentera.audit.field')}</TableCell>
            <TableCell>{translate('lentera.audit.old_value')}</TableCell>
            <TableCell padding="none" />
            <TableCell>{translate('lentera.audit.new_value')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.field}>
              <TableCell sx={{ fontWeight: 500, whiteSpace: 'nowrap' }} title={row.field}>
                {fieldLabel(row.field)}
              </TableCell>
              <TableCell sx={{ color: 'text.secondary', wordBreak: 'break-word' }}>
                {row.hasBefore ? format(row.before, row.field) : '—'}
              </TableCell>
              <TableCell padding="none" sx={{ color: 'text.disabled' }}>
                <ArrowForwardIcon fontSize="small" sx={{ verticalAlign: 'middle' }} />
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{format(row.after, row.field)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
