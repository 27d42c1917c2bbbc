import { type ChildProcess, spawn } from "node:child_process";
import { createCipheriv, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Outcome, type RuntimeApi, startRuntimeApi } from "./runtime-api";

/**
 * One Lambda execution environment, as far as a test can have one: a fresh `node` process
 * (no vitest, no tsx, no NODE_OPTIONS, no node_modules above its folder), started in the
 * function's folder with the environment variables Lambda defines for a function (the AWS
 * Lambda Developer Guide, "Defined runtime environment variables") plus the function's own,
 * running bootstrap.mjs, which polls its own runtime-API stand-in.
 */
export interface LambdaFunction {
  name: string;
  runtime: RuntimeApi;
  child: ChildProcess;
  invoke(event: unknown): Promise<Outcome>;
  /** Everything the process wrote to stdout and stderr: what CloudWatch Logs would hold. */
  logs(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const BOOTSTRAP = join(import.meta.dirname, "bootstrap.mjs");

export async function startFunction(options: {
  name: string;
  /** The folder holding the bundle (`index.mjs`): Lambda's /var/task. */
  taskRoot: string;
  environment: Record<string, string>;
  /** As the stacks configure the function. */
  memoryMb: number;
  timeoutSeconds: number;
}): Promise<LambdaFunction> {
  const { name, taskRoot, environment, memoryMb, timeoutSeconds } = options;
  const runtime = await startRuntimeApi(name, timeoutSeconds);
  const env: Record<string, string> = {
    PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
    LANG: "en_US.UTF-8",
    TZ: ":UTC",
    _HANDLER: "index.handler",
    LAMBDA_TASK_ROOT: taskRoot,
    AWS_LAMBDA_RUNTIME_API: runtime.address,
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMb),
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: `2026/12/01/[$LATEST]${randomBytes(16).toString("hex")}`,
    AWS_REGION: "eu-west-1",
    AWS_DEFAULT_REGION: "eu-west-1",
    // The execution role's temporary credentials: dummies, accepted by every local endpoint.
    AWS_ACCESS_KEY_ID: "ASIALOCALTESTKEY0000",
    AWS_SECRET_ACCESS_KEY: "local-test-secret-access-key-0000000000",
    AWS_SESSION_TOKEN: "local-test-session-token",
    // This machine runs Node 20 (Lambda runs 22): the SDK's warning about it is noise here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    ...environment,
  };
  const child = spawn(process.execPath, [BOOTSTRAP], { cwd: taskRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let logs = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (logs += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (logs += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  return {
    name,
    runtime,
    child,
    exited,
    logs: () => logs,
    async invoke(event) {
      // A process that dies (or fails its init) answers nothing: say so at once, with its logs.
      const died = exited.then((code) => Promise.reject(new Error(`${name} exited (${code}): ${logs}`)));
      const outcome = runtime.invoke(event);
      outcome.catch(() => {}); // when the process died first, its rejection is the one reported
      died.catch(() => {});
      return Promise.race([outcome, died]);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
      await runtime.close();
    },
  };
}

/**
 * SST hands a function its linked resources (`link: [...]`, read through `Resource` of
 * `sst/resource`) in a file bundled beside the handler, `resource.enc`, encrypted with AES-256-GCM
 * under the key in the `SST_KEY` environment variable; `SST_KEY_FILE` names the file and
 * `SST_RESOURCE_App` the app and stage (SST 4.17's `Function` sets the three). This writes such a
 * file into `taskRoot` and returns the variables, so the bundle reads its links the deployed way.
 */
export function sstLinks(taskRoot: string, links: Record<string, Record<string, unknown>>): Record<string, string> {
  const key = randomBytes(32);
  const cipher = createCipheriv("aes-256-gcm", key, Buffer.alloc(12, 0));
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(links)), cipher.final(), cipher.getAuthTag()]);
  writeFileSync(join(taskRoot, "resource.enc"), encrypted);
  return { SST_KEY: key.toString("base64"), SST_KEY_FILE: "resource.enc", SST_RESOURCE_App: JSON.stringify({ name: "roster", stage: "test" }) };
}
