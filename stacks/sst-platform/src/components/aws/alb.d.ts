import { ComponentResourceOptions, Output } from "@pulumi/pulumi";
import { Component, Transform } from "../component.js";
import { Link } from "../link.js";
import { ec2, lb } from "@pulumi/aws";
import { Vpc } from "./vpc.js";
import { Input } from "../input.js";
import { Dns } from "../dns.js";
export interface AlbListenerArgs {
    /**
     * The port to listen on.
     *
     * @example
     * ```js
     * {
     *   port: 443
     * }
     * ```
     */
    port: number;
    /**
     * The protocol to listen on. Only `http` and `https` are supported (ALB-only).
     *
     * @example
     * ```js
     * {
     *   protocol: "https"
     * }
     * ```
     */
    protocol: "http" | "https";
}
export interface AlbArgs {
    /**
     * The VPC to deploy the ALB in. Can be an SST `Vpc` component or a custom VPC configuration.
     *
     * @example
     *
     * Using an SST Vpc component:
     * ```js
     * {
     *   vpc: myVpc
     * }
     * ```
     *
     * Using a custom VPC:
     * ```js
     * {
     *   vpc: {
     *     id: "vpc-0123456789abcdef0",
     *     publicSubnets: ["subnet-abc", "subnet-def"],
     *     privateSubnets: ["subnet-ghi", "subnet-jkl"]
     *   }
     * }
     * ```
     */
    vpc: Vpc | Input<{
        /**
         * The VPC ID.
         */
        id: Input<string>;
        /**
         * The public subnet IDs.
         */
        publicSubnets: Input<Input<string>[]>;
        /**
         * The private subnet IDs.
         */
        privateSubnets: Input<Input<string>[]>;
    }>;
    /**
     * Configure if the load balancer should be public (internet-facing) or private (internal).
     *
     * When set to `false`, the load balancer endpoint will only be accessible within the VPC.
     *
     * @default `true`
     */
    public?: Input<boolean>;
    /**
     * Set a custom domain for the load balancer.
     *
     * Automatically manages domains hosted on AWS Route 53, Cloudflare, and Vercel. For other
     * providers, you'll need to pass in a `cert` that validates domain ownership and add the
     * DNS records.
     *
     * @example
     *
     * ```js
     * {
     *   domain: "example.com"
     * }
     * ```
     *
     * For domains on Cloudflare:
     * ```js
     * {
     *   domain: {
     *     name: "example.com",
     *     dns: sst.cloudflare.dns()
     *   }
     * }
     * ```
     */
    domain?: string | {
        /**
         * The custom domain name.
         */
        name: string;
        /**
         * Alias domains that should also point to this load balancer.
         */
        aliases?: string[];
        /**
         * The ARN of an ACM certificate that proves ownership of the domain.
         * By default, a certificate is created and validated automatically.
         */
        cert?: Input<string>;
        /**
         * The DNS provider to use. Defaults to AWS Route 53.
         * Set to `false` for manual DNS setup.
         *
         * @default `sst.aws.dns`
         */
        dns?: false | (Dns & {});
    };
    /**
     * The listeners for the load balancer. Each entry creates a listener on the specified
     * port and protocol.
     *
     * @example
     * ```js
     * {
     *   listeners: [
   *     { port: 80, protocol: "http" },
   *     { port: 443, protocol: "https" }
   *   ]
     * }
     * ```
     */
    listeners: AlbListenerArgs[];
    /**
     * [Transform](/docs/components#transform) how this component creates its underlying resources.
     */
    transform?: {
        /**
         * Transform the AWS Load Balancer resource.
         */
        loadBalancer?: Transform<lb.LoadBalancerArgs>;
        /**
         * Transform the AWS Security Group resource for the Load Balancer.
         */
        securityGroup?: Transform<ec2.SecurityGroupArgs>;
        /**
         * Transform the AWS Load Balancer listener resource.
         */
        listener?: Transform<lb.ListenerArgs>;
    };
}
/**
 * The `Alb` component lets you create a standalone Application Load Balancer that can be
 * shared across multiple services.
 *
 * @example
 *
 * #### Create a shared ALB
 *
 * ```ts title="sst.config.ts"
 * const vpc = new sst.aws.Vpc("MyVpc");
 *
 * const alb = new sst.aws.Alb("SharedAlb", {
 *   vpc,
 *   domain: "app.example.com",
 *   listeners: [
 *     { port: 80, protocol: "http" },
 *     { port: 443, protocol: "https" },
 *   ],
 * });
 * ```
 *
 * #### Attach services to the ALB
 *
 * ```ts title="sst.config.ts"
 * new sst.aws.Service("Api", {
 *   cluster,
 *   image: "api:latest",
 *   loadBalancer: {
 *     instance: alb,
 *     rules: [
 *       { listen: "443/https", forward: "8080/http", conditions: { path: "/api/*" }, priority: 100 },
 *     ],
 *   },
 * });
 * ```
 *
 * #### Reference an existing ALB
 *
 * ```ts title="sst.config.ts"
 * const alb = sst.aws.Alb.get("SharedAlb", "arn:aws:elasticloadbalancing:...");
 * ```
 */
export declare class Alb extends Component implements Link.Linkable {
    private loadBalancer;
    private securityGroup;
    private listeners;
    private certificateArn?;
    private vpcId;
    private _url;
    private constructorName;
    constructor(name: string, args: AlbArgs, opts?: ComponentResourceOptions);
    /**
     * The URL of the load balancer. If a custom domain is set, this will be the custom
     * domain URL (eg. `https://app.example.com/`). Otherwise, it's the ALB's DNS name.
     */
    get url(): Output<string>;
    /**
     * The ARN of the load balancer.
     */
    get arn(): Output<string>;
    /**
     * The DNS name of the load balancer.
     */
    get dnsName(): Output<string>;
    /**
     * The zone ID of the load balancer.
     */
    get zoneId(): Output<string>;
    /**
     * The security group ID of the load balancer.
     */
    get securityGroupId(): Output<string>;
    /**
     * The underlying resources this component creates.
     */
    get nodes(): {
        /**
         * The AWS Load Balancer resource.
         */
        loadBalancer: import("@pulumi/aws/lb/loadBalancer.js").LoadBalancer;
        /**
         * The AWS Security Group resource.
         */
        securityGroup: import("@pulumi/aws/ec2/securityGroup.js").SecurityGroup;
        /**
         * The AWS Listener resources, keyed by "PROTOCOLPORT" (e.g. "HTTPS443").
         */
        listeners: Record<string, import("@pulumi/aws/lb/listener.js").Listener>;
    };
    /** @internal */
    get _certArn(): Output<string | undefined>;
    /** @internal */
    get _vpc(): Output<string>;
    /**
     * Get a specific listener by protocol and port.
     *
     * @example
     * ```ts
     * const listener = alb.getListener("https", 443);
     * ```
     */
    getListener(protocol: string, port: number): lb.Listener;
    /** @internal */
    getSSTLink(): {
        properties: {
            url: Output<string>;
        };
    };
    /**
     * Reference an existing ALB by its ARN.
     *
     * @param name The name of the component.
     * @param loadBalancerArn The ARN of the existing ALB.
     * @param opts Component resource options.
     *
     * @example
     * ```ts
     * const alb = sst.aws.Alb.get("SharedAlb", "arn:aws:elasticloadbalancing:...");
     * ```
     */
    static get(name: string, loadBalancerArn: Input<string>, opts?: ComponentResourceOptions): Alb;
}
