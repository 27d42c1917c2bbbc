/**
 * The Cloudflare Binding Linkable helper is used to define the Cloudflare bindings included
 * with the [`sst.Linkable`](/docs/component/linkable/) component.
 *
 * @example
 *
 * ```ts
 * sst.cloudflare.binding({
 *   type: "r2BucketBindings",
 *   properties: {
 *     bucketName: "my-bucket"
 *   }
 * })
 * ```
 *
 * @packageDocumentation
 */
import { Input } from "../input";
export interface AiBinding {
    type: "aiBindings";
    properties: Record<string, never>;
}
export interface KvBinding {
    type: "kvNamespaceBindings";
    properties: {
        namespaceId: Input<string>;
    };
}
export interface SecretTextBinding {
    type: "secretTextBindings";
    properties: {
        text: Input<string>;
    };
}
export interface ServiceBinding {
    type: "serviceBindings";
    properties: {
        service: Input<string>;
    };
}
export interface PlainTextBinding {
    type: "plainTextBindings";
    properties: {
        text: Input<string>;
    };
}
export interface QueueBinding {
    type: "queueBindings";
    properties: {
        queueName: Input<string>;
    };
}
export interface R2BucketBinding {
    type: "r2BucketBindings";
    properties: {
        bucketName: Input<string>;
    };
}
export interface D1DatabaseBinding {
    type: "d1DatabaseBindings";
    properties: {
        id: Input<string>;
    };
}
export interface HyperdriveBinding {
    type: "hyperdriveBindings";
    properties: {
        id: Input<string>;
    };
}
export interface DurableObjectNamespaceBinding {
    type: "durableObjectNamespaceBindings";
    properties: {
        className: Input<string>;
        scriptName?: Input<string>;
        environment?: Input<string>;
    };
}
export interface VersionMetadataBinding {
    type: "versionMetadataBindings";
    properties: Record<string, never>;
}
export interface WorkflowBinding {
    type: "workflowBindings";
    properties: {
        workflowName: Input<string>;
        className: Input<string>;
        scriptName: Input<string>;
    };
}
export interface RateLimitBinding {
    type: "rateLimitBindings";
    properties: {
        namespaceId: Input<string>;
        simple: Input<{
            limit: Input<number>;
            period: Input<number>;
        }>;
    };
}
export type Binding = AiBinding | KvBinding | SecretTextBinding | ServiceBinding | PlainTextBinding | QueueBinding | R2BucketBinding | D1DatabaseBinding | HyperdriveBinding | VersionMetadataBinding | WorkflowBinding | DurableObjectNamespaceBinding | RateLimitBinding;
export declare function binding<T extends Binding["type"]>(input: Binding & {}): {
    type: "cloudflare.binding";
    binding: T;
    properties: Extract<Binding, {
        type: T;
    }>["properties"];
};
