import { InvokeCommand, type LambdaClient } from "@aws-sdk/client-lambda";
import type { SweepTrigger } from "../core/ports";

/**
 * The check-in's sweep trigger on Lambda: an asynchronous invocation of the sweeper function
 * for one cluster. Lambda answers `202` as soon as it has queued the event, so the check-in
 * that found the sweep due waits for that hand-over only, never for the sweep.
 */
export function lambdaSweepTrigger(
  client: LambdaClient,
  functionName: string,
  onError: (error: Error) => void,
): SweepTrigger {
  return {
    async request(clusterId) {
      try {
        await client.send(
          new InvokeCommand({
            FunctionName: functionName,
            InvocationType: "Event",
            Payload: new TextEncoder().encode(JSON.stringify({ clusterId })),
          }),
        );
      } catch (error) {
        onError(error as Error); // the scheduled sweep still covers this cluster
      }
    },
  };
}
