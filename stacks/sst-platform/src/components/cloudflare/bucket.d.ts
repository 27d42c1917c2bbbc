import { ComponentResourceOptions } from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";
import { Component, Transform } from "../component";
import { Link } from "../link.js";
import type { Input } from "../input";
export interface BucketArgs {
    /**
     * The Cloudflare account ID to use for this R2 Bucket.
     * Overrides the default account ID set via `CLOUDFLARE_DEFAULT_ACCOUNT_ID`.
     * @internal
     */
    accountId?: Input<string>;
    /**
     * [Transform](/docs/components/#transform) how this component creates its underlying
     * resources.
     */
    transform?: {
        /**
         * Transform the R2 Bucket resource.
         */
        bucket?: Transform<cloudflare.R2BucketArgs>;
    };
}
/**
 * The `Bucket` component lets you add a [Cloudflare R2 Bucket](https://developers.cloudflare.com/r2/) to
 * your app.
 *
 * @example
 *
 * #### Minimal example
 *
 * ```ts title="sst.config.ts"
 * const bucket = new sst.cloudflare.Bucket("MyBucket");
 * ```
 *
 * #### Link to a worker
 *
 * You can link the bucket to a worker.
 *
 * ```ts {3} title="sst.config.ts"
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "./index.ts",
 *   link: [bucket],
 *   url: true
 * });
 * ```
 *
 * Once linked, you can use the SDK to interact with the bucket.
 *
 * ```ts title="index.ts" {3}
 * import { Resource } from "sst";
 *
 * await Resource.MyBucket.list();
 * ```
 */
export declare class Bucket extends Component implements Link.Linkable {
    private bucket;
    constructor(name: string, args?: BucketArgs, opts?: ComponentResourceOptions);
    /**
     * When you link a bucket to a worker, you can interact with it using these
     * [Bucket methods](https://developers.cloudflare.com/r2/api/workers/workers-api-reference/#bucket-method-definitions).
     *
     * @example
     * ```ts title="index.ts" {3}
     * import { Resource } from "sst";
     *
     * await Resource.MyBucket.list();
     * ```
     *
     * @internal
     */
    getSSTLink(): {
        properties: {
            name: any;
        };
        include: {
            type: "cloudflare.binding";
            binding: "aiBindings" | "kvNamespaceBindings" | "secretTextBindings" | "serviceBindings" | "plainTextBindings" | "queueBindings" | "r2BucketBindings" | "d1DatabaseBindings" | "hyperdriveBindings" | "durableObjectNamespaceBindings" | "versionMetadataBindings" | "workflowBindings" | "rateLimitBindings";
            properties: Record<string, never> | {
                namespaceId: Input<string>;
            } | {
                text: Input<string>;
            } | {
                service: Input<string>;
            } | {
                text: Input<string>;
            } | {
                queueName: Input<string>;
            } | {
                bucketName: Input<string>;
            } | {
                id: Input<string>;
            } | {
                id: Input<string>;
            } | {
                className: Input<string>;
                scriptName?: Input<string>;
                environment?: Input<string>;
            } | {
                workflowName: Input<string>;
                className: Input<string>;
                scriptName: Input<string>;
            } | {
                namespaceId: Input<string>;
                simple: Input<{
                    limit: Input<number>;
                    period: Input<number>;
                }>;
            };
        }[];
    };
    /**
     * The generated name of the R2 Bucket.
     */
    get name(): any;
    /**
     * The underlying [resources](/docs/components/#nodes) this component creates.
     */
    get nodes(): {
        /**
         * The Cloudflare R2 Bucket.
         */
        bucket: cloudflare.R2Bucket;
    };
}
