/**
 * The soak's Roster: `functions/local.ts` as `npm start` runs it, with store faults injected
 * when `ROSTER_FAULTS=<seed>:<rate>` is set: that share of the table's writes (UpdateItem,
 * PutItem, DeleteItem, TransactWriteItems) throttles, times out, fails with a 500, or commits and
 * loses its answer (`test/support/faults.ts`). Reads are left alone, so the checker's reads see
 * the truth. Injected faults are counted and written to `<ROSTER_DATA_DIR>/faults.json` every
 * second, for the soak's table of figures.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { failStartup, runLocalServer } from "../../functions/local";
import { faults } from "../../test/support/faults";

const [seed, rate] = (process.env.ROSTER_FAULTS ?? "").split(":").map(Number);
const injector = rate ? faults({ seed: seed ?? 1, record: false }) : undefined;
const WRITES = new Set(["put", "update", "delete", "transact"]);
injector?.randomly({ rate: rate!, kinds: ["throttle", "timeout", "server", "lost-answer"], where: (call) => call.port === "table" && WRITES.has(call.method) });

if (injector) {
  const file = join(process.env.ROSTER_DATA_DIR ?? ".roster", "faults.json");
  setInterval(() => writeFileSync(file, JSON.stringify(injector.counted)), 1000).unref();
}

runLocalServer(injector ? { wrapTable: (table) => injector.table(table) } : {}).catch(failStartup);
