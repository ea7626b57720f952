// Jest setupFilesAfterEnv of the unit and API tiers: the shared fast-check configuration (test/support/fast-check.ts).
import { configureFastCheck } from './fast-check';

configureFastCheck();
