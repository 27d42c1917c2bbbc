import { defineConfig } from "vitest/config";

/**
 * Timing-sensitive end-to-end runs (real-time bounds: failover within T + I, a drained claim
 * retaken within an interval, a cancelled command gone within an interval) that must not share
 * the two cores with other test files.
 */
const ALONE = ["test/e2e/soak.test.ts", "test/e2e/primary.test.ts", "test/e2e/drain.test.ts", "test/e2e/cancel.test.ts"];

export default defineConfig({
  test: {
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    projects: [
      {
        extends: true,
        // Two test files at a time: most of the time goes to real-time waits (agents, local
        // servers, DynamoDB Local), not CPU, so a second worker halves the run on 2 cores.
        // Files share a worker's modules (isolate: false): importing the SDK, Hono and zod again
        // for each of ~100 files took 86 s of the run's CPU. So a test file puts back what it
        // changes beyond itself: env (vi.unstubAllEnvs), timers, aws-sdk-client-mock's stubs.
        test: { name: "tests", include: ["test/**/*.test.ts"], exclude: ALONE, maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // The soak's bounds are real time (detection within 4.5 s, no false offline): run last,
        // by itself, so another file starting servers cannot starve it of CPU.
        test: { name: "soak", include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
