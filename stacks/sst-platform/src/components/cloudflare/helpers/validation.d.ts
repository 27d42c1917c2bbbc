/**
 * Validates that no wrangler configuration file exists in the site directory.
 * SST manages wrangler configuration automatically and user-provided files can cause conflicts.
 */
export declare function validateNoWranglerFile(sitePath: string, componentName: string): void;
/**
 * Validates that the framework config file contains the required SST_WRANGLER_PATH configuration.
 * This ensures linked resources work correctly in Cloudflare SSR sites.
 */
export declare function validateFrameworkConfig(input: {
    sitePath: string;
    configName: string;
    componentName: string;
}): void;
