import type { RuleSet, RuleSetListItem, RuleSource } from '../api/types';

/** One value's legal source, as the rule set stores it (`confirmed: false` where the article could not be read). */
export type RuleSourceView = RuleSource;

/** A rule-set version as GET /api/rule-sets(/current) answers it; only the list names who published it. */
export type RuleSetRow = RuleSet & Partial<Pick<RuleSetListItem, 'createdByName'>>;
