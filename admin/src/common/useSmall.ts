import { useMediaQuery, type Breakpoint, type Theme } from '@mui/material';

/**
 * A phone-sized screen (below MUI's `sm`, 600 px): long dialogs take the whole screen there, and lists show cards
 * instead of tables. `below` moves the limit (`md`: a tablet too).
 */
export function useSmall(below: Breakpoint = 'sm'): boolean {
  return useMediaQuery<Theme>((theme) => theme.breakpoints.down(below));
}
