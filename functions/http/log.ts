/**
 * One JSON line per entry on stderr. Callers pass ids, codes and timings, never a token,
 * a request body or keystore bytes.
 */
export type Logger = (entry: Record<string, unknown>) => void;

export const jsonLogger: Logger = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export const silentLogger: Logger = () => {};
