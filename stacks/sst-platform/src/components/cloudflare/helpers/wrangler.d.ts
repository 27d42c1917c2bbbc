export type WranglerCompatibility = {
    date: string;
    flags: string[];
};
export type WranglerLinkInclude = {
    type: string;
    binding?: string;
    properties?: Record<string, unknown>;
};
export type WranglerLink = {
    name: string;
    include: WranglerLinkInclude[];
    properties?: Record<string, unknown>;
};
export declare function createWranglerConfig(input: {
    appName: string;
    appStage: string;
    name: string;
    frameworkConfig?: Record<string, any>;
    compatibility: WranglerCompatibility;
    environment?: Record<string, string>;
    links?: WranglerLink[];
    accountId?: string;
}): Record<string, any>;
export declare function writeWranglerConfig(args: {
    workDir: string;
    stage: string;
    name: string;
    config: Record<string, any>;
}): string;
