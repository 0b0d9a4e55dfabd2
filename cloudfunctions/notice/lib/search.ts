/** A member's words as a literal pattern: `.`, `(`, `*` and the like match themselves, never as regex syntax. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The instants that bound a Shanghai year: [from, to). */
export const yearBounds = (year: number): [string, string] => [new Date(Date.UTC(year - 1, 11, 31, 16)).toISOString(), new Date(Date.UTC(year, 11, 31, 16)).toISOString()]
