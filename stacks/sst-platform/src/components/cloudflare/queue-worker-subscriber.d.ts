import { ComponentResourceOptions, Input } from "@pulumi/pulumi";
import * as cloudflare from "@pulumi/cloudflare";
import { Component, Transform } from "../component";
import { DurationMinutes, DurationSeconds } from "../duration";
import { WorkerArgs } from "./worker";
export interface QueueWorkerSubscriberArgs {
    /**
     * The queue to use.
     */
    queue: Input<{
        /**
         * The ID of the queue.
         */
        id: Input<string>;
    }>;
    /**
     * The subscriber worker.
     */
    subscriber: Input<string | WorkerArgs>;
    /**
     * The Cloudflare account ID to use for this subscriber and its consumer.
     * Overrides the default account ID set via `CLOUDFLARE_DEFAULT_ACCOUNT_ID`.
     * @internal
    */
    accountId?: Input<string>;
    /**
     * The dead letter queue to send messages that fail processing.
     *
     * When `dlq` is configured, `dlq.queue` is required.
     */
    dlq?: {
        /**
         * The name of the dead letter queue.
         */
        queue: Input<string>;
        /**
         * The number of times the main queue will retry the message before sending it to the dead-letter queue.
         * @default `3`
         */
        retry?: Input<number>;
        /**
         * The number of seconds to delay before making the message available for another attempt.
         * @default `0 seconds`
         */
        retryDelay?: Input<DurationSeconds>;
    };
    /**
     * Maximum number of concurrent consumers that may consume from this Queue.
     * @default `null`
     */
    maxConcurrency?: Input<number>;
    /**
     * The maximum number of messages to include in a batch.
     * @default `10`
     */
    batch?: {
        /**
         * The maximum number of events that will be processed together in a single invocation
         * of the consumer function.
         *
         * Value must be between 1 and 100.
         *
         * :::note
         * When `size` is set to a value greater than 10, `window` must be set to at least `1 second`.
         * :::
         *
         * @default `10`
         */
        size?: Input<number>;
        /**
         * The maximum amount of time to wait for collecting events before sending the batch to
         * the consumer function, even if the batch size hasn't been reached.
         *
         * Value must be between 0 seconds and 60 seconds.
         * @default `"5 seconds"`
         */
        window?: Input<DurationMinutes>;
    };
    /**
     * [Transform](/docs/components/#transform) how this component creates its underlying
     * resources.
     */
    transform?: {
        /**
         * Transform the Worker resource.
         */
        worker?: Transform<WorkerArgs>;
        /**
         * Transform the Consumer resource.
         */
        consumer?: Transform<cloudflare.QueueConsumerArgs>;
    };
}
/**
 * The `QueueWorkerSubscriber` component is internally used by the `Queue` component to
 * add a consumer to [Cloudflare Queues](https://developers.cloudflare.com/queues/).
 *
 * :::note
 * This component is not intended to be created directly.
 * :::
 *
 * You'll find this component returned by `Queue.subscribe()`.
 */
export declare class QueueWorkerSubscriber extends Component {
    private readonly _worker;
    private readonly consumer;
    constructor(name: string, args: QueueWorkerSubscriberArgs, opts?: ComponentResourceOptions);
    /**
     * The underlying [resources](/docs/components/#nodes) this component creates.
     */
    get nodes(): {
        /**
         * The Worker that'll process messages from the queue.
         */
        readonly worker: $util.Output<sst.cloudflare.Worker>;
        /**
         * The Cloudflare Queue Consumer.
         */
        consumer: cloudflare.QueueConsumer;
    };
}
