import type { Input as PulumiInput } from "@pulumi/pulumi";
export type Input<T> = PulumiInput<T>;
