import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** KPU maroon on a warm neutral ground: calm, readable, official. */
export const MAROON = '#7a1c1c';
const MAROON_DARK = '#561212';
const BORDER = '#e4dcd8';

const fontFamily = 'Roboto, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

export const lenteraTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: MAROON, dark: MAROON_DARK, light: '#a34a4a', contrastText: '#ffffff' },
    secondary: { main: '#37474f', contrastText: '#ffffff' },
    // dark enough for white chip text (WCAG AA 4.5:1; axe found MUI's defaults below it)
    warning: { main: '#8a5a00', contrastText: '#ffffff' },
    info: { main: '#01579b', contrastText: '#ffffff' },
    background: { default: '#f6f4f2', paper: '#ffffff' },
    text: { primary: '#1f2328', secondary: '#5b6169' },
    divider: BORDER,
  },
  shape: { borderRadius: 6 },
  typography: {
    ...defaultLightTheme.typography,
    fontFamily,
    h5: { fontWeight: 600 },
    h6: { fontWeight: 500 },
  },
  sidebar: { width: 240, closedWidth: 55 },
  components: {
    ...defaultLightTheme.components,
    MuiAppBar: {
      styleOverrides: {
        colorPrimary: { backgroundColor: MAROON, borderBottom: `3px solid #c9a227` },
      },
    },
    MuiPaper: {
      styleOverrides: {
        elevation1: { boxShadow: 'none', border: `1px solid ${BORDER}` },
      },
    },
    MuiTableCell: {
      styleOverrides: {
        root: {
          '&.MuiTableCell-paddingCheckbox': { padding: '0 8px 0 8px' },
        },
        head: {
          fontWeight: 600,
          backgroundColor: '#f4eeeb',
          color: '#3b2a2a',
        },
      },
    },
    MuiTableRow: {
      styleOverrides: {
        root: { '&:last-child td': { borderBottom: 0 } },
      },
    },
    MuiChip: {
      defaultProps: { size: 'small' },
    },
    // react-admin's loading spinners and bars carry no name of their own; a screen reader hears this one
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Memuat / Loading' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Memuat / Loading' } },
    // No screen widens the page (issue 18.4): react-admin's layout is `min-width: fit-content`, so anything wider
    // than the window (a table, a row of filters) would make the whole page scroll sideways. The content may shrink
    // to the window instead; on a phone lists are cards (ResponsiveDataTable), and between a phone and a wide screen
    // a table scrolls inside its card. The filters wrap, each at most as wide as the screen.
    RaLayout: {
      styleOverrides: {
        root: {
          minWidth: 0,
          '& .RaLayout-contentWithSidebar': { minWidth: 0 },
          '& .RaLayout-content': { minWidth: 0 },
        },
      },
    },
    // a record's page and its forms likewise: a wide table in them scrolls inside its panel, never the page
    RaShow: { styleOverrides: { root: { '& .RaShow-card': { minWidth: 0 } } } },
    RaEdit: { styleOverrides: { root: { '& .RaEdit-card': { minWidth: 0 } } } },
    RaCreate: { styleOverrides: { root: { '& .RaCreate-card': { minWidth: 0 } } } },
    RaList: {
      styleOverrides: {
        root: {
          '& .RaList-content': { overflowX: 'auto' },
          '& .RaList-main': { minWidth: 0 },
        },
      },
    },
    RaFilterForm: {
      styleOverrides: {
        root: {
          flexWrap: 'wrap',
          '& .RaFilterFormInput-body': { maxWidth: '100%' },
          '& .MuiFormControl-root': { maxWidth: '100%' },
        },
      },
    },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderLeft: '3px solid transparent',
          '&.RaMenuItemLink-active': {
            borderLeftColor: MAROON,
            color: MAROON,
            fontWeight: 600,
            backgroundColor: 'rgba(122, 28, 28, 0.06)',
            '& .MuiSvgIcon-root': { color: MAROON },
          },
        },
      },
    },
  },
};
