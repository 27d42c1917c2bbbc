export declare function warnOnce(message: string): void;
