import { AuditLog } from '../audit/audit-log.entity';
import { LoginAttempt, RefreshToken } from '../auth/auth.entities';
import { DocumentRecord, SequenceCounter } from '../documents/document.entity';
import { Office } from '../offices/office.entity';
import { User, UserRole } from '../users/user.entity';

/** Every entity, in one list: the data source and the migration-parity test both use it. */
export const ENTITIES = [Office, User, UserRole, RefreshToken, LoginAttempt, AuditLog, DocumentRecord, SequenceCounter];
