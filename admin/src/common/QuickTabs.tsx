import { Tab, Tabs } from '@mui/material';
import { useTranslate } from 'react-admin';

/** One tab of a list's quick views: its value, the message of its label and, for the urgent ones, a colour. */
export interface QuickTab<T extends string> {
  value: T;
  label: string;
  color?: 'error.main' | 'warning.main';
}

/**
 * A list's quick views above its table (all, a desk's queue, the late ones): tabs under the toolbar. `label` is the
 * message that names the bar for screen readers.
 */
export const QuickTabs = <T extends string>({
  value,
  onChange,
  label,
  tabs,
}: {
  value: T;
  onChange: (tab: T) => void;
  label: string;
  tabs: QuickTab<T>[];
}) => {
  const translate = useTranslate();
  return (
    <Tabs
      value={value}
      onChange={(_, tab: T) => onChange(tab)}
      // on a phone the tabs scroll (with arrows) rather than hiding the last ones
      variant="scrollable"
      allowScrollButtonsMobile
      sx={{ px: { xs: 0, sm: 2 }, borderBottom: 1, borderColor: 'divider' }}
      aria-label={translate(label)}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab.value}
          value={tab.value}
          label={translate(tab.label)}
          sx={tab.color ? { color: tab.color } : undefined}
        />
      ))}
    </Tabs>
  );
};
