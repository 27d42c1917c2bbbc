import { randomUUID } from "node:crypto";

/**
 * What the benchmark hands the built API function: function URL events (payload format 2.0, as
 * test/fixtures/function-url-*.json show them: lower-case headers, a text body not base64-encoded)
 * and a Lambda context, and the environment stacks/api.ts gives the function, with every AWS
 * endpoint on this machine (`AWS_ENDPOINT_URL_<SERVICE>`) and dummy credentials.
 */
const DOMAIN = "abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws";

export function functionUrlEvent(method: string, path: string, token: string, body?: unknown) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const now = Date.now();
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: {
      accept: "application/json",
      authorization: `Bearer ${token}`,
      ...(text === undefined ? {} : { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)) }),
      host: DOMAIN,
      "user-agent": "roster-agent/0.1",
      "x-amzn-tls-cipher-suite": "TLS_AES_128_GCM_SHA256",
      "x-amzn-tls-version": "TLSv1.3",
      "x-amzn-trace-id": `Root=1-${Math.floor(now / 1000).toString(16)}-${randomUUID().replaceAll("-", "").slice(0, 24)}`,
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-port": "443",
      "x-forwarded-proto": "https",
    },
    requestContext: {
      accountId: "anonymous",
      apiId: DOMAIN.split(".")[0],
      domainName: DOMAIN,
      domainPrefix: DOMAIN.split(".")[0],
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "roster-agent/0.1" },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    ...(text === undefined ? {} : { body: text }),
    isBase64Encoded: false,
  };
}

export const lambdaContext = () => ({
  callbackWaitsForEmptyEventLoop: true,
  functionName: "roster-bench-RosterApi",
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:roster-bench-RosterApi",
  memoryLimitInMB: "512",
  awsRequestId: randomUUID(),
  logGroupName: "/aws/lambda/roster-bench-RosterApi",
  logStreamName: "2026/11/23/[$LATEST]0123456789abcdef",
  getRemainingTimeInMillis: () => 10_000,
  done() {},
  fail() {},
  succeed() {},
});

export type LambdaAnswer = { statusCode: number; body?: string; headers?: Record<string, string> };

/** The environment of the API function (stacks/api.ts), every AWS service on this machine. */
export const apiEnvironment = (args: { dynamoEndpoint: string; awsEndpoint: string; table: string; adminToken: string }) => ({
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
  AWS_ENDPOINT_URL_DYNAMODB: args.dynamoEndpoint,
  AWS_ENDPOINT_URL_LAMBDA: args.awsEndpoint,
  AWS_ENDPOINT_URL_SECRETS_MANAGER: args.awsEndpoint,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  ROSTER_TABLE_NAME: args.table,
  ROSTER_ADMIN_TOKEN: args.adminToken,
  ROSTER_SWEEPER_FUNCTION: "roster-bench-RosterSweeper",
  ROSTER_SECRET_PREFIX: "roster/bench/",
});
