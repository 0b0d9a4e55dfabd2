/** The competition function's contract: set-up, then entries, results and rankings. */
export * from './competition-setup'
export * from './competition-results'
