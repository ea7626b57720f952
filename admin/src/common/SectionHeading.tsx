import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const SectionHeading = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography
      variant="overline"
      component="h2"
      sx={{ display: 'block', px: 2, pt: 2, color: 'primary.main', fontWeight: 600, letterSpacing: 1 }}
    >
      {translate(text)}
    </Typography>
  );
};
