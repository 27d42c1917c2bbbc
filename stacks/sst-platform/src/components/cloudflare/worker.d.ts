import { ComponentResourceOptions } from "@pulumi/pulumi";
import * as cf from "@pulumi/cloudflare";
import type { Loader } from "esbuild";
import type { EsbuildOptions } from "../esbuild.js";
import { Component, Prettify, Transform } from "../component";
import { Link } from "../link.js";
import type { Input } from "../input.js";
export interface WorkerDurableObjectMigration {
    /**
     * A unique identifier for this migration.
     */
    tag: Input<string>;
    /**
     * New Durable Object classes backed by the legacy KV storage backend.
     */
    newClasses?: Input<Input<string>[]>;
    /**
     * New Durable Object classes backed by the SQLite storage backend.
     */
    newSqliteClasses?: Input<Input<string>[]>;
    /**
     * Durable Object classes to delete.
     */
    deletedClasses?: Input<Input<string>[]>;
    /**
     * Durable Object classes to rename.
     */
    renamedClasses?: Input<Input<{
        from: Input<string>;
        to: Input<string>;
    }>[]>;
    /**
     * Durable Object classes to transfer from another script.
     */
    transferredClasses?: Input<Input<{
        from: Input<string>;
        fromScript: Input<string>;
        to: Input<string>;
    }>[]>;
}
export interface WorkerDomainArgs {
    /**
     * The custom domain you want to use.
     *
     * @example
     * ```js
     * {
     *   domain: {
     *     name: "example.com"
     *   }
     * }
     * ```
     */
    name: Input<string>;
    /**
     * Alternate domains to be used. Visitors to the alternate domains will be redirected to the
     * main `name`.
     *
     * :::note
     * Unlike the `aliases` option, this will redirect visitors back to the main `name`.
     * :::
     *
     * @example
     * Use this to create a `www.` version of your domain and redirect visitors to the apex domain.
     * ```js {4}
     * {
     *   domain: {
     *     name: "domain.com",
     *     redirects: ["www.domain.com"]
     *   }
     * }
     * ```
     */
    redirects?: Input<string>[];
    /**
     * Alias domains that should be used. Unlike the `redirects` option, this keeps your visitors
     * on this alias domain.
     *
     * @example
     * So if your users visit `app2.domain.com`, they will stay on `app2.domain.com` in their
     * browser.
     * ```js {4}
     * {
     *   domain: {
     *     name: "app1.domain.com",
     *     aliases: ["app2.domain.com"]
     *   }
     * }
     * ```
     */
    aliases?: Input<string>[];
}
export interface WorkerArgs {
    /**
     * Path to the handler file for the worker.
     *
     * The handler path is relative to the root your repo or the `sst.config.ts`.
     *
     * @example
     *
     * ```js
     * {
     *   handler: "packages/functions/src/worker.ts"
     * }
     * ```
     */
    handler: Input<string>;
    /**
     * Enable a dedicated endpoint for your Worker.
     * @default `false`
     */
    url?: Input<boolean>;
    /**
     * Set a custom domain for your Worker. Supports domains hosted on Cloudflare.
     *
     * :::tip
     * You can migrate an externally hosted domain to Cloudflare by
     * [following this guide](https://developers.cloudflare.com/dns/zone-setups/full-setup/setup/).
     * :::
     *
     * @example
     *
     * ```js
     * {
     *   domain: "domain.com"
     * }
     * ```
     *
     * You can also redirect alternate domains to the main domain.
     *
     * ```js
     * {
     *   domain: {
     *     name: "domain.com",
     *     redirects: ["www.domain.com"]
     *   }
     * }
     * ```
     *
     * Or keep visitors on alternate domains with aliases.
     *
     * ```js
     * {
     *   domain: {
     *     name: "app1.domain.com",
     *     aliases: ["app2.domain.com"]
     *   }
     * }
     * ```
     */
    domain?: Input<string> | Prettify<WorkerDomainArgs>;
    /**
     * Configure how your function is bundled.
     *
     * SST bundles your worker code using [esbuild](https://esbuild.github.io/). This tree shakes your code to only include what's used.
     */
    build?: Input<{
        /**
         * Configure additional esbuild loaders for other file extensions. This is useful
         * when your code is importing non-JS files like `.png`, `.css`, etc.
         *
         * @example
         * ```js
         * {
         *   build: {
         *     loader: {
         *      ".png": "file"
         *     }
         *   }
         * }
         * ```
         */
        loader?: Input<Record<string, Loader>>;
        /**
         * Use this to insert a string at the beginning of the generated JS file.
         *
         * @example
         * ```js
         * {
         *   build: {
         *     banner: "console.log('Function starting')"
         *   }
         * }
         * ```
         */
        banner?: Input<string>;
        /**
         * This allows you to customize esbuild config that is used.
         *
         * :::tip
         * Check out the _JS tab_ in the code snippets in the esbuild docs for the
         * [`BuildOptions`](https://esbuild.github.io/api/#build).
         * :::
         *
         */
        esbuild?: Input<EsbuildOptions>;
        /**
         * Disable if the worker code should be minified when bundled.
         *
         * @default `true`
         *
         * @example
         * ```js
         * {
         *   build: {
         *     minify: false
         *   }
         * }
         * ```
         */
        minify?: Input<boolean>;
    }>;
    /**
     * Configure Cloudflare compatibility for the Worker.
     */
    compatibility?: Input<{
        /**
         * The Cloudflare compatibility date for the Worker.
         *
         * SST uses this for both the uploaded Worker and for deciding which native
         * Node.js modules should stay external during bundling.
         *
         * @default `"2025-05-05"`
         */
        date?: Input<string>;
        /**
         * The Cloudflare compatibility flags for the Worker.
         *
         * SST uses this for both the uploaded Worker and for deciding which native
         * Node.js modules should stay external during bundling.
         *
         * @default `["nodejs_compat"]`
         */
        flags?: Input<Input<string>[]>;
    }>;
    /**
     * [Link resources](/docs/linking/) to your worker. This will:
     *
     * 1. Handle the credentials needed to access the resources.
     * 2. Allow you to access it in your site using the [SDK](/docs/reference/sdk/).
     *
     * @example
     *
     * Takes a list of components to link to the function.
     *
     * ```js
     * {
     *   link: [bucket, stripeKey]
     * }
     * ```
     */
    link?: Input<any[]>;
    /**
     * Key-value pairs that are set as [Worker environment variables](https://developers.cloudflare.com/workers/configuration/environment-variables/).
     *
     * They can be accessed in your worker through `env.<key>`.
     *
     * @example
     *
     * ```js
     * {
     *   environment: {
     *     DEBUG: "true"
     *   }
     * }
     * ```
     */
    environment?: Input<Record<string, Input<string>>>;
    /**
     * Durable Object migrations for this worker.
     *
     * This follows Wrangler's top-level `migrations` config. Keep the full,
     * ordered migration history here; SST reads the Worker's current migration
     * tag and uploads the pending migrations as Cloudflare's `oldTag`, `newTag`,
     * and `steps` payload. If there is no current tag, SST uploads the full
     * history as the initial migration payload. If the current tag is not in the
     * configured history, SST follows Wrangler and uploads all configured
     * migrations with the current tag as `oldTag`.
     *
     * Each migration needs a unique `tag`. Add a migration when you create,
     * rename, delete, or transfer a Durable Object class. Updating code for an
     * existing class does not require one.
     *
     * On the first deploy, add each new class with `newSqliteClasses`. For a
     * rename, keep the original migration and append a new migration with
     * `renamedClasses`. Do not declare the renamed class as a new class, or
     * Cloudflare will reject the deploy or create a separate namespace.
     *
     * @example
     * ```ts
     * {
     *   migrations: [{
     *     tag: "v1",
     *     newSqliteClasses: ["Counter"]
     *   }]
     * }
     * ```
     *
     * @example
     * ```ts
     * {
     *   migrations: [
     *     {
     *       tag: "v1",
     *       newSqliteClasses: ["Counter"],
     *     },
     *     {
     *       tag: "v2",
     *       renamedClasses: [{ from: "Counter", to: "CounterV2" }],
     *     },
     *   ]
     * }
     * ```
     */
    migrations?: Input<Input<WorkerDurableObjectMigration>[]>;
    /** @internal */
    assets?: Input<{
        directory: Input<string>;
        htmlHandling?: Input<"auto-trailing-slash" | "force-trailing-slash" | "drop-trailing-slash" | "none">;
        notFoundHandling?: Input<"404-page" | "single-page-application" | "none">;
        runWorkerFirst?: Input<boolean | Input<string>[]>;
    }>;
    /**
     * Configure [placement](https://developers.cloudflare.com/workers/configuration/placement/)
     * for your Worker.
     *
     * @example
     *
     * #### Smart Placement
     * ```js
     * {
     *   placement: {
     *     mode: "smart"
     *   }
     * }
     * ```
     *
     * #### Explicit region
     * ```js
     * {
     *   placement: {
     *     region: "aws:us-east-1"
     *   }
     * }
     * ```
     */
    placement?: Input<{
        mode?: Input<string>;
        region?: Input<string>;
        host?: Input<string>;
        hostname?: Input<string>;
    }>;
    /**
     * [Transform](/docs/components/#transform) how this component creates its underlying
     * resources.
     */
    transform?: {
        /**
         * Transform the Worker resource.
         */
        worker?: Transform<cf.WorkersScriptArgs>;
    };
    /**
     * The Cloudflare account ID to use for this Worker and all its sub-resources.
     * Overrides the default account ID set via `CLOUDFLARE_DEFAULT_ACCOUNT_ID`.
     * @internal
     */
    accountId?: Input<string>;
    /**
     * @internal
     * Placehodler for future feature.
     */
    dev?: boolean;
}
/**
 * The `Worker` component lets you create a Cloudflare Worker.
 *
 * @example
 *
 * #### Minimal example
 *
 * ```ts title="sst.config.ts"
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "src/worker.handler"
 * });
 * ```
 *
 * #### Link resources
 *
 * [Link resources](/docs/linking/) to the Worker. This will handle the credentials
 * and allow you to access it in your handler.
 *
 * ```ts {5} title="sst.config.ts"
 * const bucket = new sst.aws.Bucket("MyBucket");
 *
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "src/worker.handler",
 *   link: [bucket]
 * });
 * ```
 *
 * You can use the [SDK](/docs/reference/sdk/) to access the linked resources
 * in your handler.
 *
 * ```ts title="src/worker.ts" {3}
 * import { Resource } from "sst";
 *
 * console.log(Resource.MyBucket.name);
 * ```
 *
 * #### Enable URLs
 *
 * Enable worker URLs to invoke the worker over HTTP.
 *
 * ```ts {3} title="sst.config.ts"
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "src/worker.handler",
 *   url: true
 * });
 * ```
 *
 * #### Bundling
 *
 * Customize how SST uses [esbuild](https://esbuild.github.io/) to bundle your worker code with the `build` property.
 *
 * ```ts title="sst.config.ts" {3-5}
 * new sst.cloudflare.Worker("MyWorker", {
 *   handler: "src/worker.handler",
 *   build: {
 *     install: ["pg"]
 *   }
 * });
 * ```
 */
export declare class Worker extends Component implements Link.Linkable {
    private script;
    private workerUrl;
    private workerPlacement?;
    private workerDomain?;
    constructor(name: string, args: WorkerArgs, opts?: ComponentResourceOptions);
    /**
     * The Worker URL if `url` is enabled.
     */
    get url(): $util.Output<string | undefined>;
    /**
     * The underlying [resources](/docs/components/#nodes) this component creates.
     */
    get nodes(): {
        /**
         * The Cloudflare Worker script.
         */
        worker: cf.WorkersScript;
    };
    /**
     * When you link a worker, say WorkerA, to another worker, WorkerB; it automatically creates
     * a service binding between the workers. It allows WorkerA to call WorkerB without going
     * through a publicly-accessible URL.
     *
     * @example
     * ```ts title="index.ts" {3}
     * import { Resource } from "sst";
     *
     * await Resource.WorkerB.fetch(request);
     * ```
     *
     * Read more about [binding Workers](https://developers.cloudflare.com/workers/runtime-apis/bindings/service-bindings/).
     *
     * @internal
     */
    getSSTLink(): {
        properties: {
            url: $util.Output<string | undefined>;
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
}
