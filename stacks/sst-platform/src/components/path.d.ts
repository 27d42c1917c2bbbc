export declare function toPosix(p: string): string;
