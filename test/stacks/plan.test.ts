import { describe, expect, it } from "vitest";
import { formatPlan, stageFrom } from "../../scripts/plan";
import { runStacks } from "../../scripts/sst-stand-ins";

/** `npm run plan`: every component the stacks create is listed, with its settings and permissions. */
describe("npm run plan", () => {
  it("lists each component the stacks create, by type and name, in creation order", async () => {
    const run = await runStacks("prod");
    const plan = formatPlan(run);
    const expected = [
      ["sst.aws.Dynamo", "RosterTable"],
      ["sst.aws.Bus", "RosterBus"],
      ["sst.Secret", "RosterAdminToken"],
      ["sst.aws.Function", "RosterSweeper"],
      ["sst.aws.CronV2", "RosterSweepSchedule"],
      ["sst.aws.Function", "RosterApi"],
    ];
    for (const [type, name] of expected) expect(run.resources).toContainEqual(expect.objectContaining({ type, name }));
    const headings = plan.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(headings).toEqual(run.resources.map((r, i) => `${i + 1}. ${r.type} "${r.name}"`));
    expect(plan).toContain(`Plan for stage "prod" of roster: ${run.resources.length} components`);
  });

  it("shows each function's settings and every granted action with its resources", async () => {
    const run = await runStacks("prod");
    const plan = formatPlan(run);
    const api = plan.slice(plan.indexOf('sst.aws.Function "RosterApi"'));
    expect(api).toContain("handler: functions/api.handler");
    expect(api).toMatch(/function URL, authorization none/);
    for (const fn of run.resources.filter((r) => r.type === "sst.aws.Function")) {
      for (const p of fn.args.permissions as { actions: string[]; resources: string[] }[]) {
        expect(plan).toContain(`allow ${p.actions.join(", ")}\n`);
        expect(plan).toContain(`on ${p.resources.join(", ")}\n`);
      }
    }
    expect(plan).toMatch(/table:\n\s+pointInTimeRecovery: enabled: true/); // what the table's transform sets
    expect(plan).toContain("ROSTER_SECRET_PREFIX: roster/prod/");
  });

  it("takes the stage from --stage, then SST_STAGE", () => {
    expect(stageFrom(["--stage", "prod"], {})).toBe("prod");
    expect(stageFrom(["--stage=staging"], { SST_STAGE: "x" })).toBe("staging");
    expect(stageFrom([], { SST_STAGE: "dev-ann" })).toBe("dev-ann");
  });
});
