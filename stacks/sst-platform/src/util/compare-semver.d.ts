export declare function compareSemver(v1: string, v2: string): number;
export declare function isALteB(a: string, b: string): boolean;
export declare function isALtB(a: string, b: string): boolean;
