import { Foundation1763900000000 } from './1763900000000-Foundation';

/** Ordered list of migrations; each runs on MySQL/MariaDB and on SQLite. */
export const MIGRATIONS = [Foundation1763900000000];
