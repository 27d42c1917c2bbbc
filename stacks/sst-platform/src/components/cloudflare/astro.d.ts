import { ComponentResourceOptions, Output } from "@pulumi/pulumi";
import { Plan, SsrSite, SsrSiteArgs } from "./ssr-site.js";
export interface AstroArgs extends SsrSiteArgs {
    /**
     * Configure how this component works in `sst dev`.
     *
     * :::note
     * In `sst dev` your Astro site is run in dev mode; it's not deployed.
     * :::
     *
     * Instead of deploying your Astro site, this starts it in dev mode. It's run
     * as a separate process in the `sst dev` multiplexer. Read more about
     * [`sst dev`](/docs/reference/cli/#dev).
     *
     * To disable dev mode, pass in `false`.
     */
    dev?: SsrSiteArgs["dev"];
    /**
     * Path to the directory where your Astro site is located.  This path is relative to your `sst.config.ts`.
     *
     * By default it assumes your Astro site is in the root of your SST app.
     * @default `"."`
     *
     * @example
     *
     * If your Astro site is in a package in your monorepo.
     *
     * ```js
     * {
     *   path: "packages/web"
     * }
     * ```
     */
    path?: SsrSiteArgs["path"];
    /**
     * [Link resources](/docs/linking/) to your Astro site. This will:
     *
     * 1. Grant the permissions needed to access the resources.
     * 2. Allow you to access them in your site using `sst/resource`.
     *
     * @example
     *
     * Takes a list of resources to link to the function.
     *
     * ```js
     * {
     *   link: [bucket, stripeKey]
     * }
     * ```
     *
     * Access linked resources in your site with
     * [`sst/resource`](/docs/reference/sdk/#sstresource). This works in both
     * `sst dev` and after deploy.
     *
     * ```astro
     * ---
     * import { Resource } from "sst/resource";
     *
     * const files = await Resource.MyBucket.list();
     * ---
     * ```
     *
     */
    link?: SsrSiteArgs["link"];
    /**
     * Set [environment variables](https://docs.astro.build/en/guides/environment-variables/) in your Astro site.
     *
     * :::tip
     * You can also `link` resources to your Astro site and access them in a type-safe way with the [SDK](/docs/reference/sdk/). We recommend linking since it's more secure.
     * :::
     *
     * Recall that in Astro, you need to prefix your environment variables with `PUBLIC_` to access them on the client-side. [Read more here](https://docs.astro.build/en/guides/environment-variables/).
     *
     * @example
     * ```js
     * {
     *   environment: {
     *     API_URL: api.url,
     *     // Accessible on the client-side
     *     PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_test_123"
     *   }
     * }
     * ```
     */
    environment?: SsrSiteArgs["environment"];
    /**
     * Set a custom domain for your Astro site.
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
     * The command used internally to build your Astro site.
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
 * The `Astro` component lets you deploy an [Astro](https://astro.build) site to Cloudflare.
 *
 * :::caution
 * Features like `sst dev` support and `sst/resource` bindings require Astro v6 or newer.
 * :::
 *
 * @example
 *
 * #### Minimal example
 *
 * Deploy the Astro site that's in the project root.
 *
 * ```js title="sst.config.ts"
 * new sst.cloudflare.Astro("MyWeb");
 * ```
 *
 * #### Change the path
 *
 * Deploys the Astro site in the `my-astro-app/` directory.
 *
 * ```js {2} title="sst.config.ts"
 * new sst.cloudflare.Astro("MyWeb", {
 *   path: "my-astro-app/"
 * });
 * ```
 *
 * #### Add a custom domain
 *
 * Set a custom domain for your Astro site.
 *
 * ```js {2} title="sst.config.ts"
 * new sst.cloudflare.Astro("MyWeb", {
 *   domain: "my-app.com"
 * });
 * ```
 *
 * #### Redirect www to apex domain
 *
 * Redirect `www.my-app.com` to `my-app.com`.
 *
 * ```js {4} title="sst.config.ts"
 * new sst.cloudflare.Astro("MyWeb", {
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
 * new sst.cloudflare.Astro("MyWeb", {
 *   domain: {
 *     name: "app1.my-app.com",
 *     aliases: ["app2.my-app.com"]
 *   }
 * });
 * ```
 *
 * #### Link resources
 *
 * [Link resources](/docs/linking/) to your Astro site. This will grant permissions
 * to the resources and allow you to access it in your site.
 *
 * ```ts {4} title="sst.config.ts"
 * const bucket = new sst.cloudflare.Bucket("MyBucket");
 *
 * new sst.cloudflare.Astro("MyWeb", {
 *   link: [bucket]
 * });
 * ```
 *
 * Add this to your `astro.config.mjs` for SST to work correctly.
 *
 * ```js title="astro.config.mjs"
 * import { defineConfig } from "astro/config";
 * import cloudflare from "@astrojs/cloudflare";
 *
 * export default defineConfig({
 *   adapter: cloudflare({
 *     configPath: process.env.SST_WRANGLER_PATH,
 *   }),
 * });
 * ```
 *
 * Use `sst/resource` for linked resources.
 *
 * ```astro title="src/pages/index.astro"
 * ---
 * import { Resource } from "sst/resource";
 *
 * const files = await Resource.MyBucket.list();
 * ---
 * ```
 *
 * [Check out the full example](/docs/examples/#cloudflare-astro).
 */
export declare class Astro extends SsrSite {
    constructor(name: string, args?: AstroArgs, opts?: ComponentResourceOptions);
    protected validate(sitePath: string): void;
    protected buildPlan(outputPath: Output<string>): Output<Plan>;
    /**
     * The URL of the Astro site.
     *
     * If the `domain` is set, this is the URL with the custom domain.
     * Otherwise, it's the auto-generated Worker URL.
     */
    get url(): Output<string | undefined>;
}
