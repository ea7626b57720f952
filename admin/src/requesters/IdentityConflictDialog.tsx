import EditIcon from '@mui/icons-material/Edit';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import {
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ExistingRequester } from './identity';
import { ErrorAlert } from '../common/ErrorAlert';

/** A big choice: a button with the consequence spelled out under it. */
const Choice = ({
  label,
  explanation,
  icon,
  onClick,
  disabled,
  primary,
  testId,
}: {
  label: string;
  explanation: string;
  icon: React.ReactNode;
  onClick: () => void;
  disabled?: boolean;
  primary?: boolean;
  testId: string;
}) => (
  <Box>
    <MuiButton
      variant={primary ? 'contained' : 'outlined'}
      startIcon={icon}
      onClick={onClick}
      disabled={disabled}
      fullWidth
      sx={{ justifyContent: 'flex-start', textAlign: 'left', py: 1 }}
      data-testid={testId}
    >
      {label}
    </MuiButton>
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5, px: 0.5 }}>
      {explanation}
    </Typography>
  </Box>
);

/**
 * The NIK typed is registered under another name (the server's 409): name the registered person, and let the desk
 * choose — the same person (the identity is updated from now on, as a new version; earlier requests keep theirs), or
 * a mistyped NIK (back to the field). A web submission cannot be corrected here: its second choice is `fixLabel`.
 */
export const IdentityConflictDialog = ({
  existing,
  typedName,
  busy,
  problem,
  onSame,
  onFix,
  onClose,
  fixLabel = 'lentera.identity.conflict.fix',
  fixExplanation = 'lentera.identity.conflict.fix_explanation',
}: {
  existing: ExistingRequester;
  typedName?: string | null;
  busy?: boolean;
  problem?: string | null;
  onSame: () => void;
  onFix: () => void;
  onClose: () => void;
  fixLabel?: string;
  fixExplanation?: string;
}) => {
  const translate = useTranslate();
  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      disableRestoreFocus
      data-testid="identity-conflict"
    >
      <DialogTitle>{translate('lentera.identity.conflict.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body1" sx={{ mb: 1 }} data-testid="identity-conflict-registered">
          {translate('lentera.identity.conflict.registered_to', {
            name: existing.name,
            type: translate(`lentera.requesters.types.${existing.type}`, { _: existing.type }),
            version: existing.version,
          })}
        </Typography>
        {typedName && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('lentera.identity.conflict.typed', { name: typedName })}
          </Typography>
        )}
        <Stack spacing={2}>
          <Choice
            primary
            label={translate('lentera.identity.conflict.same')}
            explanation={translate('lentera.identity.conflict.same_explanation', { name: existing.name })}
            icon={<HowToRegIcon />}
            onClick={onSame}
            disabled={busy}
            testId="identity-conflict-same"
          />
          <Choice
            label={translate(fixLabel)}
            explanation={translate(fixExplanation)}
            icon={<EditIcon />}
            onClick={onFix}
            disabled={busy}
            testId="identity-conflict-fix"
          />
        </Stack>
        <ErrorAlert message={problem} sx={{ mt: 2 }} />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
