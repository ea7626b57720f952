import { Button as MuiButton, Stack, Tooltip } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from './dates';

/** Why an offered step is greyed out now: an i18n key and the date it names. */
export interface Blocked {
  key: string;
  date?: string | null;
}

/**
 * The lifecycle steps a record offers (its status and the user's permissions), one button each: the main step
 * forward filled, the others outlined, the quiet ones (withdraw, lapse) grey; a step the dates block is disabled with
 * its reason as a tooltip.
 */
interface ActionButtonsProps<A extends string> {
  actions: readonly A[];
  icons: Record<A, ReactElement>;
  primary: readonly A[];
  quiet?: readonly A[];
  labelOf: (action: A) => string;
  blockedOf: (action: A) => Blocked | null;
  onOpen: (action: A) => void;
  testId: string;
}

export function ActionButtons<A extends string>({
  actions,
  icons,
  primary,
  quiet = [],
  labelOf,
  blockedOf,
  onOpen,
  testId,
}: ActionButtonsProps<A>) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }} data-testid={testId}>
      {actions.map((action) => {
        const blocked = blockedOf(action);
        const button = (
          <MuiButton
            key={action}
            variant={primary.includes(action) ? 'contained' : 'outlined'}
            startIcon={icons[action]}
            onClick={() => onOpen(action)}
            disabled={!!blocked}
            color={quiet.includes(action) ? 'inherit' : 'primary'}
          >
            {translate(labelOf(action))}
          </MuiButton>
        );
        // A disabled button gets no pointer events: the tooltip sits on a wrapper.
        return blocked ? (
          <Tooltip key={action} title={translate(blocked.key, { date: formatDate(blocked.date, locale) })}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      })}
    </Stack>
  );
}

/** The buttons of the steps offered, and the dialog of the one chosen (nothing when no step is offered). */
export function LifecycleActions<A extends string>({
  dialog,
  ...buttons
}: Omit<ActionButtonsProps<A>, 'onOpen'> & { dialog: (action: A, onClose: () => void) => ReactNode }) {
  const [open, setOpen] = useState<A | null>(null);
  if (buttons.actions.length === 0) return null;
  return (
    <>
      <ActionButtons {...buttons} onOpen={setOpen} />
      {open && dialog(open, () => setOpen(null))}
    </>
  );
}
