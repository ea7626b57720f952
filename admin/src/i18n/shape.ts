/**
 * The English messages of a dictionary: the Indonesian one's keys, each a string. A key missing in English,
 * or one English has and Indonesian not, fails the type-check.
 */
export type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };
