import { Box, Paper, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Office } from '../api/types';
import { Heading } from '../common/SectionHeading';

/** How the office's kop surat will head its letters and reports (the PDF renderer has the final say). */
export const LetterheadPreview = () => {
  const office = useRecordContext<Office>();
  const translate = useTranslate();
  if (!office) return null;
  const contact = [office.phone && `Telp. ${office.phone}`, office.email, office.website].filter(Boolean);
  const place = [office.address, [office.city, office.postalCode].filter(Boolean).join(' ')].filter(Boolean);
  const empty = !office.letterheadLine1 && !office.letterheadLine2;
  return (
    <Box sx={{ p: 2 }}>
      <Heading text="lentera.offices.letterhead_preview" />
      <Paper
        variant="outlined"
        sx={{ mt: 1, px: 3, pt: 2.5, pb: 0, bgcolor: '#fffdf8', fontFamily: '"Times New Roman", Times, serif' }}
      >
        {empty ? (
          <Typography color="text.secondary" sx={{ pb: 2 }}>
            {translate('lentera.offices.letterhead_empty')}
          </Typography>
        ) : (
          <Box sx={{ textAlign: 'center', pb: 1, borderBottom: '4px double #222', fontFamily: 'inherit' }}>
            {office.letterheadLine1 && (
              <Typography
                sx={{
                  fontFamily: 'inherit',
                  fontWeight: 700,
                  fontSize: 18,
                  textTransform: 'uppercase',
                  lineHeight: 1.2,
                }}
              >
                {office.letterheadLine1}
              </Typography>
            )}
            {office.letterheadLine2 && (
              <Typography
                sx={{
                  fontFamily: 'inherit',
                  fontWeight: 700,
                  fontSize: 16,
                  textTransform: 'uppercase',
                  lineHeight: 1.3,
                }}
              >
                {office.letterheadLine2}
              </Typography>
            )}
            {place.length > 0 && (
              <Typography sx={{ fontFamily: 'inherit', fontSize: 13, mt: 0.5 }}>{place.join(', ')}</Typography>
            )}
            {contact.length > 0 && (
              <Typography sx={{ fontFamily: 'inherit', fontSize: 12 }}>{contact.join(' · ')}</Typography>
            )}
          </Box>
        )}
        <Box sx={{ height: 16 }} />
      </Paper>
    </Box>
  );
};
