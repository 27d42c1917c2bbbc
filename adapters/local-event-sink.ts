import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { EventSink } from "../core/events/publish";

/** The event sink of `npm start`: one JSON line per event, in the shape EventBridge would carry. */
export function localEventSink(file: string): EventSink {
  return {
    async publish(events) {
      if (events.length === 0) return { failed: [] };
      await mkdir(dirname(file), { recursive: true });
      const lines = events.map((event) => JSON.stringify({ source: "roster", "detail-type": event.type, detail: event }));
      await appendFile(file, `${lines.join("\n")}\n`);
      return { failed: [] };
    },
  };
}
