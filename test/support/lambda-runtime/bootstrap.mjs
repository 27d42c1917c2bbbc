/**
 * A STAND-IN for AWS's Lambda runtime interface client, for tests only. In the real `nodejs22.x`
 * runtime, AWS's client (the `aws-lambda-ric` that /var/runtime runs) loads the module that
 * `_HANDLER` names from `LAMBDA_TASK_ROOT` and polls the runtime API at `AWS_LAMBDA_RUNTIME_API`.
 * This file does the same, in the small: it is not AWS's code and does not claim its every
 * behaviour. What it does, as the AWS Lambda Developer Guide describes the runtime API:
 *
 * - `_HANDLER` is `<module>.<export>`; the module is `<module>.js`, `.mjs` or `.cjs` under
 *   `LAMBDA_TASK_ROOT`, imported once (a cold start). A module that fails to load, or has no such
 *   export, is reported to `POST /runtime/init/error` and the process exits.
 * - Then forever: `GET /runtime/invocation/next`; call the export with `(event, context)`, the
 *   context built from the invocation's headers (request id, deadline, function ARN) and the
 *   function's environment; `POST /runtime/invocation/{id}/response` with the result as JSON,
 *   or `POST /runtime/invocation/{id}/error` with `{errorType, errorMessage, stackTrace}` and
 *   the `Lambda-Runtime-Function-Error-Type` header when it throws or rejects.
 * - An error is also written to stderr (AWS's client logs it as an `ERROR` line with the request
 *   id), so a test of the logs sees what CloudWatch Logs would hold.
 *
 * Not done here: callback-style handlers (Roster's are async), response streaming, the console
 * patching that prefixes each log line with a timestamp and the request id, freezing the process
 * between invocations.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const api = `http://${process.env.AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime`;
const root = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
const handlerName = process.env._HANDLER ?? "";

const errorBody = (error) =>
  error instanceof Error
    ? { errorType: error.name, errorMessage: error.message, stackTrace: (error.stack ?? "").split("\n").slice(1).map((line) => line.trim()) }
    : { errorType: typeof error, errorMessage: String(error), stackTrace: [] };

/** An error as the runtime logs it: a tab-separated line with the request id, then the error as JSON. */
const logError = (requestId, what, body) => process.stderr.write(`${new Date().toISOString()}\t${requestId}\tERROR\t${what}\t${JSON.stringify(body)}\n`);

async function post(path, body, errorType) {
  const headers = { "content-type": "application/json" };
  if (errorType) headers["lambda-runtime-function-error-type"] = errorType;
  const res = await fetch(`${api}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (res.status !== 202) throw new Error(`the runtime API answered ${res.status} to POST ${path}`);
}

class RuntimeError extends Error {
  constructor(name, message) {
    super(message);
    this.name = name;
  }
}

async function loadHandler() {
  const dot = handlerName.lastIndexOf(".");
  if (dot <= 0) throw new RuntimeError("Runtime.MalformedHandlerName", `bad handler ${handlerName}`);
  const base = handlerName.slice(0, dot);
  const exported = handlerName.slice(dot + 1);
  const file = [".js", ".mjs", ".cjs"].map((ext) => join(root, base + ext)).find((path) => existsSync(path));
  if (!file) throw new RuntimeError("Runtime.ImportModuleError", `Error: Cannot find module '${base}'`);
  const module = await import(pathToFileURL(file).href); // what the module does at load time is the init phase
  const handler = module[exported];
  if (typeof handler !== "function") throw new RuntimeError("Runtime.HandlerNotFound", `${handlerName} is undefined or not exported`);
  return handler;
}

let handler;
try {
  handler = await loadHandler();
} catch (error) {
  const body = errorBody(error);
  logError("undefined", "Init Error", body);
  await post("/init/error", body, body.errorType);
  process.exit(1);
}

for (;;) {
  const next = await fetch(`${api}/invocation/next`);
  const event = await next.json();
  const requestId = next.headers.get("lambda-runtime-aws-request-id");
  const deadline = Number(next.headers.get("lambda-runtime-deadline-ms"));
  const traceId = next.headers.get("lambda-runtime-trace-id");
  if (traceId) process.env._X_AMZN_TRACE_ID = traceId;
  else delete process.env._X_AMZN_TRACE_ID;
  const context = {
    awsRequestId: requestId,
    invokedFunctionArn: next.headers.get("lambda-runtime-invoked-function-arn"),
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  const id = encodeURIComponent(requestId);
  try {
    const result = await handler(event, context);
    await post(`/invocation/${id}/response`, result === undefined ? null : result);
  } catch (error) {
    const body = errorBody(error);
    logError(requestId, "Invoke Error", body);
    await post(`/invocation/${id}/error`, body, body.errorType);
  }
}
