import { Foundation1763900000000 } from './1763900000000-Foundation';
import { Requests1763990000000 } from './1763990000000-Requests';

/** Ordered list of migrations; each runs on MySQL/MariaDB and on SQLite. */
export const MIGRATIONS = [Foundation1763900000000, Requests1763990000000];
