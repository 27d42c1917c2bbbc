import { Input } from "../../input";
import { Dns } from "../../dns";
export interface ApiGatewayV2DomainArgs {
    /**
     * Use an existing API Gateway domain name.
     *
     * By default, a new API Gateway domain name is created. If you'd like to use an existing
     * domain name, set the `nameId` to the ID of the domain name and **do not** pass in `name`.
     *
     * @example
     * ```js
     * {
     *   domain: {
     *     nameId: "example.com"
     *   }
     * }
     * ```
     */
    nameId?: Input<string>;
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
     *
     * Can also include subdomains based on the current stage.
     *
     * ```js
     * {
     *   domain: {
     *     name: `${$app.stage}.example.com`
     *   }
     * }
     * ```
     */
    name?: Input<string>;
    /**
     * The base mapping for the custom domain. This adds a suffix to the URL of the API.
     *
     * @example
     *
     * Given the following base path and domain name.
     *
     * ```js
     * {
     *   domain: {
     *     name: "api.example.com",
     *     path: "v1"
     *   }
     * }
     * ```
     *
     * The full URL of the API will be `https://api.example.com/v1/`.
     *
     * :::note
     * There's an extra trailing slash when a base path is set.
     * :::
     *
     * By default there is no base path, so if the `name` is `api.example.com`, the full URL will be `https://api.example.com`.
     */
    path?: Input<string>;
    /**
     * The ARN of an ACM (AWS Certificate Manager) certificate that proves ownership of the
     * domain. By default, a certificate is created and validated automatically.
     *
     * :::tip
     * You need to pass in a `cert` for domains that are not hosted on supported `dns` providers.
     * :::
     *
     * To manually set up a domain on an unsupported provider, you'll need to:
     *
     * 1. [Validate that you own the domain](https://docs.aws.amazon.com/acm/latest/userguide/domain-ownership-validation.html) by creating an ACM certificate. You can either validate it by setting a DNS record or by verifying an email sent to the domain owner.
     * 2. Once validated, set the certificate ARN as the `cert` and set `dns` to `false`.
     * 3. Add the DNS records in your provider to point to the API Gateway URL.
     *
     * @example
     * ```js
     * {
     *   domain: {
     *     name: "example.com",
     *     dns: false,
     *     cert: "arn:aws:acm:us-east-1:112233445566:certificate/3a958790-8878-4cdc-a396-06d95064cf63"
     *   }
     * }
     * ```
     */
    cert?: Input<string>;
    /**
     * The DNS provider to use for the domain. Defaults to the AWS.
     *
     * Takes an adapter that can create the DNS records on the provider. This can automate
     * validating the domain and setting up the DNS routing.
     *
     * Supports Route 53, Cloudflare, and Vercel adapters. For other providers, you'll need
     * to set `dns` to `false` and pass in a certificate validating ownership via `cert`.
     *
     * @default `sst.aws.dns`
     *
     * @example
     *
     * Specify the hosted zone ID for the Route 53 domain.
     *
     * ```js
     * {
     *   domain: {
     *     name: "example.com",
     *     dns: sst.aws.dns({
     *       zone: "Z2FDTNDATAQYW2"
     *     })
     *   }
     * }
     * ```
     *
     * Use a domain hosted on Cloudflare, needs the Cloudflare provider.
     *
     * ```js
     * {
     *   domain: {
     *     name: "example.com",
     *     dns: sst.cloudflare.dns()
     *   }
     * }
     * ```
     *
     * Use a domain hosted on Vercel, needs the Vercel provider.
     *
     * ```js
     * {
     *   domain: {
     *     name: "example.com",
     *     dns: sst.vercel.dns()
     *   }
     * }
     * ```
     */
    dns?: Input<false | (Dns & {})>;
}
