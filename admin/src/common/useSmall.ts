import { useMediaQuery, type Theme } from '@mui/material';

/** A phone-sized screen (below MUI's `sm`, 600 px): long dialogs take the whole screen there. */
export function useSmall(): boolean {
  return useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
}
