import { Output, ComponentResourceOptions } from "@pulumi/pulumi";
import { Input } from "../input.js";
import { Component, type Transform } from "../component.js";
import { BaseSsrSiteArgs } from "../base/base-ssr-site.js";
import { Worker, WorkerArgs } from "./worker.js";
import { Link } from "../link.js";
export type Plan = {
    server: string;
    assets: string;
};
export interface SsrSiteArgs extends BaseSsrSiteArgs {
    domain?: WorkerArgs["domain"];
    /**
     * The Cloudflare account ID to use for this SsrSite.
     * Overrides the default account ID set via `CLOUDFLARE_DEFAULT_ACCOUNT_ID`.
     * @internal
     */
    accountId?: Input<string>;
    /**
     * [Transform](/docs/components#transform) how this component creates its underlying
     * resources.
     */
    transform?: {
        /**
         * Transform the Worker component used for handling the server-side rendering.
         */
        server?: Transform<WorkerArgs>;
    };
}
export declare abstract class SsrSite extends Component implements Link.Linkable {
    private server?;
    private devUrl?;
    protected validate(_sitePath: string): void;
    protected abstract buildPlan(outputPath: Output<string>): Output<Plan>;
    protected buildWrangler(_sitePath: string): Input<Record<string, Input<any>> | undefined>;
    constructor(type: string, name: string, args?: SsrSiteArgs, opts?: ComponentResourceOptions);
    /**
     * The URL of the site.
     *
     * If the `domain` is set, this is the URL with the custom domain.
     * Otherwise, it's the auto-generated Worker URL.
     */
    get url(): Output<string | undefined>;
    /**
     * The underlying [resources](/docs/components/#nodes) this component creates.
     */
    get nodes(): {
        /**
         * The Cloudflare Worker that renders the site.
         */
        server: Worker | undefined;
    };
    /** @internal */
    getSSTLink(): {
        properties: {
            url: Output<string | undefined>;
        };
    };
}
