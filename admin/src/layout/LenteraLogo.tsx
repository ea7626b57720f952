import { SvgIcon, type SvgIconProps } from '@mui/material';

/** A lamp (lentera): the project's mark. */
export const LenteraLogo = (props: SvgIconProps) => (
  <SvgIcon viewBox="0 0 24 24" {...props}>
    <path d="M12 2c-2.4 3-4.6 5.3-4.6 9a4.6 4.6 0 0 0 9.2 0C16.6 7.3 14.4 5 12 2z" fill="currentColor" />
    <path d="M12 8.2c-1.1 1.5-2.2 2.6-2.2 4.1a2.2 2.2 0 0 0 4.4 0c0-1.5-1.1-2.6-2.2-4.1z" fill="#fff4d6" />
    <rect x="8" y="18.5" width="8" height="2" rx="1" fill="currentColor" />
  </SvgIcon>
);
