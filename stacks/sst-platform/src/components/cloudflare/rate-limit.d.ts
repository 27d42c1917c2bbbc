import { ComponentResourceOptions, type Input, type Output } from "@pulumi/pulumi";
import { Component } from "../component";
import { Link } from "../link";
export interface RateLimitArgs {
    /**
     * A positive integer that uniquely defines this rate limiting namespace within your Cloudflare account.
     */
    namespaceId: Input<number>;
    /**
     * The number of allowed requests within the specified period of time.
     */
    limit: Input<number>;
    /**
     * The duration of the rate limit window. Must be either 10 seconds or 1 minute.
     */
    period: Input<"10 seconds" | "1 minute">;
}
/**
 * The `RateLimit` component lets you add a [Cloudflare Rate Limit](https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/) binding to
 * your app.
 *
 * @example
 *
 * #### Minimal example
 *
 * ```ts title="sst.config.ts"
 * const rateLimit = new sst.cloudflare.RateLimit("MyRateLimit", {
 *   namespaceId: 1001,
 *   limit: 100,
 *   period: "1 minute",
 * });
 * ```
 *
 * #### Link to a worker
 *
 * You can link RateLimit to a worker.
 *
 * ```ts {4} title="sst.config.ts"
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "./index.ts",
 *   url: true
 *   link: [rateLimit],
 * });
 * ```
 *
 * Once linked, you can use the SDK to interact with the RateLimit binding.
 *
 * ```ts title="index.ts" {7}
 * import { Resource } from "sst/resource";
 *
 * export default {
 *   async fetch(req, env): Promise<Response> {
 *     const url = new URL(req.url);
 *
 *     const outcome = await Resource.MyRateLimit.limit({ key: url.pathname });
 *     if (!outcome.success) {
 *       return new Response(`Rate limit exceeded for ${url.pathname}`, { status: 429 });
 *     }
 *
 *     return new Response("OK", { status: 200 });
 *   }
 * }
 * ```
 */
export declare class RateLimit extends Component implements Link.Linkable {
    private _namespaceId;
    private _limit;
    private _period;
    constructor(name: string, args: RateLimitArgs, opts?: ComponentResourceOptions);
    /**
     * A unique identifier for the rate limit namespace.
     */
    get namespaceId(): Output<string>;
    /**
     * The number of allowed requests within the specified period of time.
     */
    get limit(): $util.OutputInstance<number>;
    /**
     * The duration of the rate limit window, in seconds.
     */
    get period(): $util.OutputInstance<number>;
    /**
     * When you link a RateLimit binding, it will be available to the worker and you can
     * interact with it using its [API methods](https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/).
     *
     * @example
     * ```ts title="index.ts"
     * import { Resource } from "sst/resource";
     *
     * export default {
     *   async fetch(req, env): Promise<Response> {
     *     const url = new URL(req.url);
     *
     *     const outcome = await Resource.MyRateLimit.limit({ key: url.pathname });
     *     if (!outcome.success) {
     *       return new Response(`Rate limit exceeded for ${url.pathname}`, { status: 429 });
     *     }
     *
     *     return new Response("OK", { status: 200 });
     *   }
     * }
     * ```
     *
     * @internal
     */
    getSSTLink(): {
        properties: {};
        include: {
            type: "cloudflare.binding";
            binding: "aiBindings" | "kvNamespaceBindings" | "secretTextBindings" | "serviceBindings" | "plainTextBindings" | "queueBindings" | "r2BucketBindings" | "d1DatabaseBindings" | "hyperdriveBindings" | "durableObjectNamespaceBindings" | "versionMetadataBindings" | "workflowBindings" | "rateLimitBindings";
            properties: Record<string, never> | {
                namespaceId: import("../input").Input<string>;
            } | {
                text: import("../input").Input<string>;
            } | {
                service: import("../input").Input<string>;
            } | {
                text: import("../input").Input<string>;
            } | {
                queueName: import("../input").Input<string>;
            } | {
                bucketName: import("../input").Input<string>;
            } | {
                id: import("../input").Input<string>;
            } | {
                id: import("../input").Input<string>;
            } | {
                className: import("../input").Input<string>;
                scriptName?: import("../input").Input<string>;
                environment?: import("../input").Input<string>;
            } | {
                workflowName: import("../input").Input<string>;
                className: import("../input").Input<string>;
                scriptName: import("../input").Input<string>;
            } | {
                namespaceId: import("../input").Input<string>;
                simple: import("../input").Input<{
                    limit: import("../input").Input<number>;
                    period: import("../input").Input<number>;
                }>;
            };
        }[];
    };
}
