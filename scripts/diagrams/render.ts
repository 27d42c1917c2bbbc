/**
 * A lifecycle table (core/common/lifecycle-table.ts) drawn for people: a Mermaid state diagram
 * (GitHub and most Markdown viewers draw it) and a Markdown table of the rows with what each
 * write's condition checks. Pure text in, text out, so the README test can call it.
 */
import { ABSENT, type Lifecycle, SAME } from "../../core/common/lifecycle-table";

type AnyLifecycle = Lifecycle<string, string, string>;

/** Mermaid's start/end marker stands for `absent`; everything else is the state's own name. */
const node = (state: string) => (state === ABSENT ? "[*]" : state);

/** Mermaid cuts a label at `:` and `;`; the tables never use them, and this keeps it so. */
const label = (text: string) => text.replace(/[:;]/g, " ");

export function mermaid(lifecycle: AnyLifecycle): string {
  const lines = ["stateDiagram-v2"];
  for (const row of lifecycle.transitions) {
    for (const from of row.from) {
      const to = row.to === SAME ? from : row.to;
      lines.push(`    ${node(from)} --> ${node(to)}: ${label(row.name)}`);
    }
  }
  return lines.join("\n");
}

const code = (text: string) => `\`${text}\``;
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The rows as a Markdown table, then what each named check means. */
export function rowsTable(lifecycle: AnyLifecycle): string {
  const lines = ["| transition | from | to | event | the write's condition checks | when |", "|---|---|---|---|---|---|"];
  for (const row of lifecycle.transitions) {
    lines.push(
      `| ${[
        row.name,
        row.from.join(", "),
        row.to === SAME ? "(unchanged)" : row.to,
        (row.events.length ? row.events.map(code).join(", ") : "—") + (row.also?.length ? `; also ${row.also.join("; ")}` : ""),
        row.checks.join(", "),
        row.when,
      ]
        .map(cell)
        .join(" | ")} |`,
    );
  }
  lines.push("", "| check | condition |", "|---|---|");
  for (const [name, condition] of Object.entries(lifecycle.checks)) lines.push(`| ${cell(name)} | ${cell(code(condition as string))} |`);
  return lines.join("\n");
}

/** What goes between a lifecycle's markers in the README. */
export const section = (lifecycle: AnyLifecycle) =>
  ["```mermaid", mermaid(lifecycle), "```", "", rowsTable(lifecycle)].join("\n");

export const markers = (id: string) => ({
  begin: `<!-- lifecycle:${id} (drawn by npm run diagrams from the table; do not edit by hand) -->`,
  end: `<!-- /lifecycle:${id} -->`,
});

/**
 * The README with each lifecycle's section replaced by a fresh drawing. Throws when a marker
 * is missing: the README must say where the diagram goes.
 */
export function withDiagrams(readme: string, lifecycles: Record<string, AnyLifecycle>): string {
  let text = readme;
  for (const [id, lifecycle] of Object.entries(lifecycles)) {
    const { begin, end } = markers(id);
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from === -1 || to === -1 || to < from) throw new Error(`README.md has no ${begin} … ${end} section`);
    text = `${text.slice(0, from + begin.length)}\n\n${section(lifecycle)}\n\n${text.slice(to)}`;
  }
  return text;
}
