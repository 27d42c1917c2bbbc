import { View, parse } from "vega";
import { type TopLevelSpec, compile } from "vega-lite";

/**
 * The check-in latency distributions of one interleaved run (bench/lambda.ts) as an SVG chart,
 * drawn by Vega-Lite and rendered by Vega in Node (no browser): for each series, the fraction of
 * calls that took at most x ms (an empirical CDF, x on a log scale), with the p50 and p99 levels
 * marked, so the gap between the handler and its floor reads at a glance.
 */
export async function latencyChart(distributions: Record<string, number[]>, subtitle: string | string[]): Promise<string> {
  const label = (series: string) => `${series} (n=${distributions[series]!.length})`;
  const values = Object.entries(distributions).flatMap(([series, samples]) => samples.map((ms) => ({ series: label(series), ms })));
  // In pairs, the function dark and its floor light: hit against a bare UpdateItem (red), miss against UpdateItem + Query (blue).
  const colors = ["#b2182b", "#f4a582", "#2166ac", "#92c5de", "#555555", "#bbbbbb"];
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: "Check-in latency, Lambda path: the API function against its floor", subtitle, anchor: "start" },
    width: 640,
    height: 340,
    background: "white",
    layer: [
      {
        data: { values },
        transform: [{ window: [{ op: "cume_dist", as: "fraction" }], sort: [{ field: "ms" }], groupby: ["series"] }],
        mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
        encoding: {
          x: { field: "ms", type: "quantitative", scale: { type: "log", nice: false }, title: "latency of one call (ms, log scale)" },
          y: { field: "fraction", type: "quantitative", title: "fraction of calls at most this slow", scale: { domain: [0, 1] } },
          color: {
            field: "series",
            type: "nominal",
            title: null,
            scale: { domain: Object.keys(distributions).map(label), range: colors.slice(0, Object.keys(distributions).length) },
            legend: { orient: "bottom-right", labelLimit: 400 },
          },
        },
      },
      {
        data: { values: [{ fraction: 0.5, label: "p50" }, { fraction: 0.99, label: "p99" }] },
        layer: [
          { mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { y: { field: "fraction", type: "quantitative" } } },
          {
            mark: { type: "text", align: "left", dx: 4, dy: -6, color: "#555" },
            encoding: { y: { field: "fraction", type: "quantitative" }, x: { value: 0 }, text: { field: "label" } },
          },
        ],
      },
    ],
  };
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return `${svg}\n`;
}
