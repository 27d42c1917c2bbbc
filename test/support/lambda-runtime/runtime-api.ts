import { text } from "node:stream/consumers";
import { randomUUID } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for the Lambda runtime API (version 2018-06-01, the HTTP API a runtime in a Lambda
 * execution environment polls at `AWS_LAMBDA_RUNTIME_API`), as the AWS Lambda Developer Guide
 * ("Using the Lambda runtime API for custom runtimes") documents it:
 *
 * - `GET /2018-06-01/runtime/invocation/next` blocks until there is an event; its body is the
 *   event, its headers `Lambda-Runtime-Aws-Request-Id`, `Lambda-Runtime-Deadline-Ms`,
 *   `Lambda-Runtime-Invoked-Function-Arn`, `Lambda-Runtime-Trace-Id`;
 * - `POST /2018-06-01/runtime/invocation/{id}/response` with the function's result;
 * - `POST /2018-06-01/runtime/invocation/{id}/error` with `{errorMessage, errorType, ...}` and an
 *   optional `Lambda-Runtime-Function-Error-Type` header;
 * - `POST /2018-06-01/runtime/init/error` when the function cannot start.
 *
 * Each answers `202 {"status":"OK"}`; an unknown request id is a `400`. One execution
 * environment handles one invocation at a time, as Lambda's does: `invoke` waits for the outcome.
 */
export interface Outcome {
  kind: "response" | "error";
  /** What the runtime posted, parsed as JSON (the Node.js runtime always posts JSON). */
  body: unknown;
  /** The `Lambda-Runtime-Function-Error-Type` header of an error. */
  errorType?: string;
  requestId: string;
}

export interface InitError {
  body: unknown;
  errorType?: string;
}

export interface RuntimeApi {
  /** `host:port`, what `AWS_LAMBDA_RUNTIME_API` holds. */
  address: string;
  functionArn: string;
  /**
   * Queue one invocation (synchronous or asynchronous: the runtime sees no difference) and wait
   * for its outcome, at most `waitMs` (a test's bound, not the function's timeout).
   */
  invoke(event: unknown, options?: { waitMs?: number }): Promise<Outcome>;
  /** Resolves when the runtime posts to `/runtime/init/error`. */
  initError: Promise<InitError>;
  /** Every request the runtime made, in order (`GET next`, `POST <id>/response`, ...). */
  requests: string[];
  close(): Promise<void>;
}

interface Pending {
  requestId: string;
  event: string;
  deadlineMs: number;
  settle(outcome: Outcome): void;
  abandon(reason: string): void;
}

const PREFIX = "/2018-06-01/runtime";

/** `timeoutSeconds` is the function's configured timeout: each invocation's deadline is that far ahead. */
export async function startRuntimeApi(functionName: string, timeoutSeconds: number, region = "eu-west-1"): Promise<RuntimeApi> {
  const functionArn = `arn:aws:lambda:${region}:123456789012:function:${functionName}`;
  const queue: Pending[] = [];
  const inFlight = new Map<string, Pending>();
  const waiting: ServerResponse[] = []; // parked GET /next requests
  const requests: string[] = [];
  let reportInitError!: (error: InitError) => void;
  const initError = new Promise<InitError>((resolve) => (reportInitError = resolve));

  const accepted = (res: ServerResponse) => {
    res.writeHead(202, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: "OK" }));
  };

  const deliver = (res: ServerResponse, invocation: Pending) => {
    inFlight.set(invocation.requestId, invocation);
    res.writeHead(200, {
      "content-type": "application/json",
      "lambda-runtime-aws-request-id": invocation.requestId,
      "lambda-runtime-deadline-ms": String(invocation.deadlineMs),
      "lambda-runtime-invoked-function-arn": functionArn,
      "lambda-runtime-trace-id": `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomUUID().replace(/-/g, "").slice(0, 24)};Parent=${randomUUID().replace(/-/g, "").slice(0, 16)};Sampled=0`,
    });
    res.end(invocation.event);
  };

  const readBody = (req: IncomingMessage) => text(req);

  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return { unparsable: text };
    }
  };

  const server = createServer(async (req, res) => {
    const url = req.url ?? "";
    requests.push(`${req.method} ${url.startsWith(PREFIX) ? url.slice(PREFIX.length) : url}`);
    const body = await readBody(req);
    if (req.method === "GET" && url === `${PREFIX}/invocation/next`) {
      const next = queue.shift();
      if (next) deliver(res, next);
      else waiting.push(res);
      return;
    }
    if (req.method === "POST" && url === `${PREFIX}/init/error`) {
      accepted(res);
      const errorType = req.headers["lambda-runtime-function-error-type"];
      reportInitError({ body: parse(body), ...(typeof errorType === "string" ? { errorType } : {}) });
      return;
    }
    const done = req.method === "POST" ? /^\/2018-06-01\/runtime\/invocation\/([^/]+)\/(response|error)$/.exec(url) : null;
    if (done) {
      const invocation = inFlight.get(decodeURIComponent(done[1]!));
      if (!invocation) {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ errorMessage: "Invalid request ID", errorType: "InvalidRequestID" }));
        return;
      }
      inFlight.delete(invocation.requestId);
      accepted(res);
      const errorType = req.headers["lambda-runtime-function-error-type"];
      invocation.settle({
        kind: done[2] as "response" | "error",
        body: parse(body),
        requestId: invocation.requestId,
        ...(typeof errorType === "string" ? { errorType } : {}),
      });
      return;
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ errorMessage: `no such path: ${req.method} ${url}`, errorType: "NotFound" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    functionArn,
    requests,
    initError,
    invoke(event, { waitMs = 25_000 } = {}) {
      return new Promise<Outcome>((resolve, reject) => {
        const invocation: Pending = {
          requestId: randomUUID(),
          event: JSON.stringify(event),
          deadlineMs: Date.now() + timeoutSeconds * 1000,
          settle: (outcome) => {
            clearTimeout(timer);
            resolve(outcome);
          },
          abandon: (reason) => {
            clearTimeout(timer);
            reject(new Error(`${functionName}: ${reason}`));
          },
        };
        const timer = setTimeout(() => invocation.abandon(`no outcome within ${waitMs} ms`), waitMs);
        const parked = waiting.shift();
        if (parked) deliver(parked, invocation);
        else queue.push(invocation);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const invocation of [...queue.splice(0), ...inFlight.values()]) invocation.abandon("the runtime API closed");
        inFlight.clear();
        for (const res of waiting.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
