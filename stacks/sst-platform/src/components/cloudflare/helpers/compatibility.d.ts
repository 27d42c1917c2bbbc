import type { Input } from "../../input.js";
export declare const DEFAULT_COMPATIBILITY_DATE = "2025-05-05";
export declare const DEFAULT_COMPATIBILITY_FLAGS: string[];
type CompatibilityArgs = {
    compatibility?: Input<{
        date?: Input<string>;
        flags?: Input<Input<string>[]>;
    }>;
    transform?: {
        worker?: {
            compatibilityDate?: Input<string>;
            compatibilityFlags?: Input<Input<string>[]>;
        } | ((...args: any[]) => undefined);
    };
};
export declare function normalizeCompatibility(args?: CompatibilityArgs): $util.Output<$util.UnwrappedObject<{
    date: $util.Output<string>;
    flags: $util.Output<string[]>;
}>>;
export {};
