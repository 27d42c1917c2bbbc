export declare function findAbove(dir: string, target: string): Promise<string | undefined>;
export declare function findBelow(dir: string, target: string): Promise<string>;
export declare function isChild(parent: string, child: string): boolean;
export declare function existsAsync(input: string): Promise<boolean>;
