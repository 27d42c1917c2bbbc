import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ABSENT, type Lifecycle, SAME } from "../../core/common/lifecycle-table";
import { LIFECYCLES, README_FILE } from "../../scripts/diagrams";
import { markers, mermaid, rowsTable, section, withDiagrams } from "../../scripts/diagrams/render";

/**
 * The README draws both lifecycles from their tables (`npm run diagrams`). These tests fail when
 * a table changes and the README does not, and check that the drawing says what the table says.
 */
const sample: Lifecycle<"on" | "off", "start" | "flip" | "tick" | "remove", "mine" | "fresh"> = {
  subject: "lamp",
  states: ["on", "off"],
  checks: { mine: "owner = :me", fresh: "at > :cutoff" },
  transitions: [
    { name: "start", from: [ABSENT], to: "on", events: ["lamp.made"], checks: ["mine"], when: "someone makes one" },
    { name: "flip", from: ["on", "off"], to: "off", events: [], checks: ["mine", "fresh"], when: "a | pipe in the text" },
    { name: "tick", from: ["on"], to: SAME, events: [], checks: [], when: "every second" },
    { name: "remove", from: ["off"], to: ABSENT, events: ["lamp.gone"], checks: ["mine"], when: "thrown away" },
  ],
};

describe("lifecycle diagrams", () => {
  it("draws every row from every start, absent as [*] and self-loops back to the start", () => {
    expect(mermaid(sample).split("\n")).toEqual([
      "stateDiagram-v2",
      "    [*] --> on: start",
      "    on --> off: flip",
      "    off --> off: flip",
      "    on --> on: tick",
      "    off --> [*]: remove",
    ]);
  });

  it("lists each row with its checks and events, and what each check means", () => {
    const table = rowsTable(sample);
    expect(table).toContain("| flip | on, off | off | — | mine, fresh | a \\| pipe in the text |");
    expect(table).toContain("| tick | on | (unchanged) | — |  | every second |");
    expect(table).toContain("| start | absent | on | `lamp.made` | mine | someone makes one |");
    expect(table).toContain("| fresh | `at > :cutoff` |");
  });

  it("replaces only what lies between a lifecycle's markers, and refuses a README without them", () => {
    const { begin, end } = markers("lamp");
    const readme = `# Title\n\n${begin}\nstale\n${end}\n\nafter\n`;
    const drawn = withDiagrams(readme, { lamp: sample });
    expect(drawn).toBe(`# Title\n\n${begin}\n\n${section(sample)}\n\n${end}\n\nafter\n`);
    expect(withDiagrams(drawn, { lamp: sample })).toBe(drawn);
    expect(() => withDiagrams("# nothing here\n", { lamp: sample })).toThrow(/no <!-- lifecycle:lamp/);
  });

  it("the README's node and run diagrams are the tables' (else run npm run diagrams)", () => {
    const readme = readFileSync(README_FILE, "utf8");
    expect(withDiagrams(readme, LIFECYCLES) === readme, "README.md differs from the lifecycle tables: run `npm run diagrams`").toBe(true);
  });

  it("every state of each table is reached or left by some row, so the diagram shows it", () => {
    for (const lifecycle of Object.values(LIFECYCLES)) {
      const drawn = new Set(lifecycle.transitions.flatMap((row) => [...row.from, row.to]));
      expect(lifecycle.states.filter((state) => !drawn.has(state)), lifecycle.subject).toEqual([]);
    }
  });
});
