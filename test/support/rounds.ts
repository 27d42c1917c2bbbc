/**
 * How many rounds a race test runs: half its full count in `npm test` (the suite must stay under
 * ten minutes on two cores), all of them with ROSTER_FULL_ROUNDS=1. Never fewer than two.
 */
export const rounds = (full: number) => (process.env.ROSTER_FULL_ROUNDS ? full : Math.max(2, Math.ceil(full / 2)));
