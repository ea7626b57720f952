import { Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, SimpleShowLayout, TopToolbar, useTranslate } from 'react-admin';

/** The title of a card or of a group on a page: small capitals in the primary colour, an h2 for screen readers. */
export const Heading = ({ text, sx }: { text: string; sx?: SxProps<Theme> }) => {
  const translate = useTranslate();
  return (
    <Typography
      variant="overline"
      component="h2"
      sx={[{ color: 'primary.main', fontWeight: 600, letterSpacing: 1 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      {translate(text)}
    </Typography>
  );
};

export const SectionHeading = ({ text }: { text: string }) => (
  <Heading text={text} sx={{ display: 'block', px: 2, pt: 2 }} />
);

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
