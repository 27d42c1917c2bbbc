import { Output } from "@pulumi/pulumi";
import { Link } from "./link";
import { Component } from "./component";
import { Input } from "./input";
export interface Definition<Properties extends Record<string, any> = Record<string, any>> {
    /**
     * Define values that the linked resource can access at runtime. These can be outputs
     * from other resources or constants.
     *
     * @example
     * ```ts
     * {
     *   properties: { foo: "bar" }
     * }
     * ```
     */
    properties: Properties;
    /**
     * Include AWS permissions or Cloudflare bindings for the linkable resource. The linked
     * resource will have these permissions or bindings.
     *
     * @example
     * Include AWS permissions.
     *
     * ```ts
     * {
     *   include: [
     *     sst.aws.permission({
     *       actions: ["lambda:InvokeFunction"],
     *       resources: ["*"]
     *     })
     *   ]
     * }
     * ```
     *
     * Include Cloudflare bindings.
     *
     * ```ts
     * {
     *   include: [
     *     sst.cloudflare.binding({
     *       type: "r2BucketBindings",
     *       properties: {
     *         bucketName: "my-bucket"
     *       }
     *     })
     *   ]
     * }
     * ```
     */
    include?: {
        type: string;
        [key: string]: any;
    }[];
}
/**
 * The `Linkable` component and the `Linkable.wrap` method lets you link any resources in your
 * app; not just the built-in SST components. It also lets you modify the links SST creates.
 *
 * @example
 *
 * #### Linking any value
 *
 * The `Linkable` component takes a list of properties that you want to link. These can be
 * outputs from other resources or constants.
 *
 * ```ts title="sst.config.ts"
 * new sst.Linkable("MyLinkable", {
 *   properties: { foo: "bar" }
 * });
 * ```
 *
 * You can also use this to combine multiple resources into a single linkable resource. And
 * optionally include permissions or bindings for the linked resource.
 *
 * ```ts title="sst.config.ts"
 * const bucketA = new sst.aws.Bucket("MyBucketA");
 * const bucketB = new sst.aws.Bucket("MyBucketB");
 *
 * const storage = new sst.Linkable("MyStorage", {
 *   properties: {
 *     foo: "bar",
 *     bucketA: bucketA.name,
 *     bucketB: bucketB.name
 *   },
 *   include: [
 *     sst.aws.permission({
 *       actions: ["s3:*"],
 *       resources: [bucketA.arn, bucketB.arn]
 *     })
 *   ]
 * });
 * ```
 *
 * You can now link this resource to your frontend or a function.
 *
 * ```ts title="sst.config.ts" {3}
 * new sst.aws.Function("MyApi", {
 *   handler: "src/lambda.handler",
 *   link: [storage]
 * });
 * ```
 *
 * Then use the [SDK](/docs/reference/sdk/) to access it at runtime.
 *
 * ```js title="src/lambda.ts"
 * import { Resource } from "sst";
 *
 * console.log(Resource.MyStorage.bucketA);
 * ```
 *
 * #### Linking any resource
 *
 * You can also wrap any Pulumi Resource class to make it linkable.
 *
 * ```ts title="sst.config.ts"
 * sst.Linkable.wrap(aws.dynamodb.Table, (table) => ({
 *   properties: { tableName: table.name },
 *   include: [
 *     sst.aws.permission({
 *       actions: ["dynamodb:*"],
 *       resources: [table.arn]
 *     })
 *   ]
 * }));
 * ```
 *
 * Now you create an instance of `aws.dynamodb.Table` and link it in your app like any other SST
 * component.
 *
 * ```ts title="sst.config.ts" {7}
 * const table = new aws.dynamodb.Table("MyTable", {
 *   attributes: [{ name: "id", type: "S" }],
 *   hashKey: "id"
 * });
 *
 * new sst.aws.Nextjs("MyWeb", {
 *   link: [table]
 * });
 * ```
 *
 * And use the [SDK](/docs/reference/sdk/) to access it at runtime.
 *
 * ```js title="app/page.tsx"
 * import { Resource } from "sst";
 *
 * console.log(Resource.MyTable.tableName);
 * ```
 *
 * Your function will also have the permissions defined above.
 *
 * #### Modify built-in links
 *
 * You can also modify how SST creates links. For example, you might want to change the
 * permissions of a linkable resource.
 *
 * ```ts title="sst.config.ts" "sst.aws.Bucket"
 *  sst.Linkable.wrap(sst.aws.Bucket, (bucket) => ({
 *    properties: { name: bucket.name },
 *    include: [
 *      sst.aws.permission({
 *        actions: ["s3:GetObject"],
 *        resources: [bucket.arn]
 *      })
 *    ]
 *  }));
 * ```
 *
 * This overrides the built-in link and lets you create your own.
 *
 * #### Exposing links as env vars
 *
 * If you want to pass link env vars to compute not managed by SST, like an ECS task
 * definition or a Kubernetes pod, use `Linkable.env()`. It returns an `Output` of
 * `SST_RESOURCE_*` env vars that you can pass to any provider.
 * [Check out an example](/docs/examples/#aws-linkable-env).
 */
export declare class Linkable<T extends Record<string, any>> extends Component implements Link.Linkable {
    private _name;
    private _definition;
    static wrappedResources: Set<string>;
    constructor(name: string, definition: Definition<T>);
    get name(): Output<string>;
    get properties(): T;
    /** @internal */
    getSSTLink(): Definition<T>;
    /**
     * Wrap any resource class to make it linkable. Behind the scenes this modifies the
     * prototype of the given class.
     *
     * :::tip
     * Use `Linkable.wrap` to make any resource linkable.
     * :::
     *
     * @param cls The resource class to wrap.
     * @param cb A callback that returns the definition for the linkable resource.
     *
     * @example
     *
     * Here we are wrapping the [`aws.dynamodb.Table`](https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/)
     * class to make it linkable.
     *
     * ```ts title="sst.config.ts"
     * Linkable.wrap(aws.dynamodb.Table, (table) => ({
     *   properties: { tableName: table.name },
     *   include: [
     *     sst.aws.permission({
     *       actions: ["dynamodb:*"],
     *       resources: [table.arn]
     *     })
     *   ]
     * }));
     * ```
     *
     * It's defining the properties that we want made accessible at runtime and the permissions
     * that the linked resource should have.
     *
     * Now you can link any `aws.dynamodb.Table` instances in your app just like any other SST
     * component.
     *
     * ```ts title="sst.config.ts" {7}
     * const table = new aws.dynamodb.Table("MyTable", {
     *   attributes: [{ name: "id", type: "S" }],
     *   hashKey: "id",
     * });
     *
     * new sst.aws.Nextjs("MyWeb", {
     *   link: [table]
     * });
     * ```
     *
     * Since this applies to any resource, you can also use it to wrap SST components and modify
     * how they are linked.
     *
     * ```ts title="sst.config.ts" "sst.aws.Bucket"
     * sst.Linkable.wrap(sst.aws.Bucket, (bucket) => ({
     *   properties: { name: bucket.name },
     *   include: [
     *     sst.aws.permission({
     *       actions: ["s3:GetObject"],
     *       resources: [bucket.arn]
     *     })
     *   ]
     * }));
     * ```
     *
     * This overrides the built-in link and lets you create your own.
     *
     * :::tip
     * You can modify the permissions granted by a linked resource.
     * :::
     *
     * In the above example, we're modifying the permissions to access a linked `sst.aws.Bucket`
     * in our app.
     */
    static wrap<Resource>(cls: {
        new (...args: any[]): Resource;
    }, cb: (resource: Resource) => Definition): void;
    /**
     * Convert an array of resources into `SST_RESOURCE_*` environment variables so
     * that `Resource.MyResource` works at runtime inside containers or functions
     * deployed through an external provider.
     *
     * @param links Array of linkable resources.
     *
     * @example
     *
     * If the provider accepts a flat `Record<string, string>`, you can pass the
     * output directly.
     *
     * ```ts title="sst.config.ts"
     * const bucket = new sst.aws.Bucket("MyBucket");
     *
     * new vercel.Project("BadDecision", {
     *   name: "bad-decision",
     *   environment: sst.Linkable.env([bucket]),
     * });
     * ```
     */
    static env(links: Input<any[]>): Output<Record<string, string>>;
}
/**
 * @deprecated
 * Use sst.Linkable instead.
 */
export declare class Resource extends Component implements Link.Linkable {
    private _properties;
    private _name;
    constructor(name: string, properties: any);
    get name(): Output<string>;
    get properties(): any;
    /** @internal */
    getSSTLink(): {
        properties: any;
    };
}
export declare function env(env: Record<string, Input<string>>): {
    type: "environment";
    env: Record<string, Input<string>>;
};
