import { ComponentResourceOptions, Output } from "@pulumi/pulumi";
import { Plan, SsrSite, SsrSiteArgs } from "./ssr-site.js";
export interface TanStackStartArgs extends SsrSiteArgs {
    /**
     * Configure how this component works in `sst dev`.
     *
     * :::note
     * In `sst dev` your TanStack Start app is run in dev mode; it's not deployed.
     * :::
     *
     * Instead of deploying your TanStack Start app, this starts it in dev mode. It's run
     * as a separate process in the `sst dev` multiplexer. Read more about
     * [`sst dev`](/docs/reference/cli/#dev).
     *
     * To disable dev mode, pass in `false`.
     */
    dev?: SsrSiteArgs["dev"];
    /**
     * Path to the directory where your TanStack Start app is located. This path is relative to your `sst.config.ts`.
     *
     * By default it assumes your TanStack Start app is in the root of your SST app.
     * @default `"."`
     *
     * @example
     *
     * If your TanStack Start app is in a package in your monorepo.
     *
     * ```js
     * {
     *   path: "packages/web"
     * }
     * ```
     */
    path?: SsrSiteArgs["path"];
    /**
     * [Link resources](/docs/linking/) to your TanStack Start app. This will:
     *
     * 1. Grant the permissions needed to access the resources.
     * 2. Allow you to access it in your app using the [SDK](/docs/reference/sdk/).
     *
     * @example
     *
     * Takes a list of resources to link to the app.
     *
     * ```js
     * {
     *   link: [bucket, stripeKey]
     * }
     * ```
     *
     * You can access the linked resources in your TanStack Start app.
     *
     * ```ts
     * import { Resource } from "sst";
     *
     * console.log(Resource.MyBucket.name);
     * ```
     */
    link?: SsrSiteArgs["link"];
    /**
     * Set environment variables in your TanStack Start app. These are made available:
     *
     * 1. In `vite build`, they are loaded into the build.
     * 2. At runtime as Worker bindings.
     * 3. Locally while running `vite dev` through `sst dev`.
     *
     * :::tip
     * You can also `link` resources to your TanStack Start app and access them in a type-safe way with the [SDK](/docs/reference/sdk/). We recommend linking since it's more secure.
     * :::
     *
     * @example
     * ```js
     * {
     *   environment: {
     *     API_URL: api.url,
     *     PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_test_123"
     *   }
     * }
     * ```
     *
     * You can access the environment variables in your TanStack Start app as follows:
     *
     * ```ts
     * import { env } from "cloudflare:workers";
     *
     * const apiUrl = env.API_URL;
     * ```
     */
    environment?: SsrSiteArgs["environment"];
    /**
     * Set a custom domain for your TanStack Start app.
     *
     * @example
     *
     * ```js
     * {
     *   domain: "my-app.com"
     * }
     * ```
     *
     * Redirect alternate domains to the main domain.
     *
     * ```js
     * {
     *   domain: {
     *     name: "my-app.com",
     *     redirects: ["www.my-app.com"]
     *   }
     * }
     * ```
     *
     * Or keep visitors on alternate domains with aliases.
     *
     * ```js
     * {
     *   domain: {
     *     name: "app1.my-app.com",
     *     aliases: ["app2.my-app.com"]
     *   }
     * }
     * ```
     */
    domain?: SsrSiteArgs["domain"];
    /**
     * The command used internally to build your TanStack Start app.
     *
     * @default `"npm run build"`
     *
     * @example
     *
     * If you want to use a different build command.
     * ```js
     * {
     *   buildCommand: "yarn build"
     * }
     * ```
     */
    buildCommand?: SsrSiteArgs["buildCommand"];
}
/**
 * The `TanStackStart` component lets you deploy a [TanStack Start](https://tanstack.com/start/latest) app to Cloudflare.
 *
 * :::note
 * Create a Cloudflare-compatible app with `bunx @tanstack/cli@latest create --deployment cloudflare`.
 * :::
 *
 * @example
 *
 * #### Minimal example
 *
 * Deploy the TanStack Start app that's in the project root.
 *
 * ```js title="sst.config.ts"
 * new sst.cloudflare.TanStackStart("MyWeb");
 * ```
 *
 * #### Change the path
 *
 * Deploys the TanStack Start app in the `my-app/` directory.
 *
 * ```js {2} title="sst.config.ts"
 * new sst.cloudflare.TanStackStart("MyWeb", {
 *   path: "my-app/"
 * });
 * ```
 *
 * #### Add a custom domain
 *
 * Set a custom domain for your TanStack Start app.
 *
 * ```js {2} title="sst.config.ts"
 * new sst.cloudflare.TanStackStart("MyWeb", {
 *   domain: "my-app.com"
 * });
 * ```
 *
 * #### Redirect www to apex domain
 *
 * Redirect `www.my-app.com` to `my-app.com`.
 *
 * ```js {4} title="sst.config.ts"
 * new sst.cloudflare.TanStackStart("MyWeb", {
 *   domain: {
 *     name: "my-app.com",
 *     redirects: ["www.my-app.com"]
 *   }
 * });
 * ```
 *
 * #### Add domain aliases
 *
 * Allow visitors to use alternate domains without redirecting.
 *
 * ```js {4} title="sst.config.ts"
 * new sst.cloudflare.TanStackStart("MyWeb", {
 *   domain: {
 *     name: "app1.my-app.com",
 *     aliases: ["app2.my-app.com"]
 *   }
 * });
 * ```
 *
 * #### Link resources
 *
 * [Link resources](/docs/linking/) to your TanStack Start app. This will grant permissions
 * to the resources and allow you to access it in your app.
 *
 * ```ts {4} title="sst.config.ts"
 * const bucket = new sst.cloudflare.Bucket("MyBucket");
 *
 * new sst.cloudflare.TanStackStart("MyWeb", {
 *   link: [bucket]
 * });
 * ```
 *
 * Add this to your `vite.config.ts` for SST to work correctly.
 *
 * ```ts title="vite.config.ts"
 * import { defineConfig } from 'vite'
 * import { tanstackStart } from '@tanstack/react-start/plugin/vite'
 * import { cloudflare } from '@cloudflare/vite-plugin'
 *
 * export default defineConfig({
 *   plugins: [
 *     cloudflare({
 *       viteEnvironment: { name: 'ssr' },
 *       configPath: process.env.SST_WRANGLER_PATH,
 *     }),
 *     tanstackStart(),
 *   ],
 * })
 * ```
 *
 * Use `sst/resource` for linked resources.
 *
 * ```ts title="src/routes/api.ts"
 * import { Resource } from "sst/resource";
 *
 * const files = await Resource.MyBucket.list();
 * ```
 *
 * [Check out the full example](/docs/examples/#cloudflare-tanstack-start).
 */
export declare class TanStackStart extends SsrSite {
    constructor(name: string, args?: TanStackStartArgs, opts?: ComponentResourceOptions);
    protected validate(sitePath: string): void;
    protected buildPlan(outputPath: Output<string>): Output<Plan>;
    protected buildWrangler(): {
        main: string;
    };
    /**
     * The URL of the TanStack Start app.
     *
     * If the `domain` is set, this is the URL with the custom domain.
     * Otherwise, it's the auto-generated Worker URL.
     */
    get url(): Output<string | undefined>;
}
