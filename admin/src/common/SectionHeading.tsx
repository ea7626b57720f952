import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, SimpleShowLayout, TopToolbar, useTranslate } from 'react-admin';

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

/** A titled group of a record's fields on its Show page (an office's identity, a user's access). */
export const ShowSection = ({ text, children }: { text: string; children: ReactNode }) => (
  <>
    <SectionHeading text={text} />
    <SimpleShowLayout>{children}</SimpleShowLayout>
  </>
);

/** A Show page's toolbar: the page's own buttons, then Edit. */
export const EditActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <EditButton />
  </TopToolbar>
);
