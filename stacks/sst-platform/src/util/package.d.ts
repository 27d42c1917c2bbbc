/**
 * Gets the version of a package from the site's package.json.
 * Checks both dependencies and devDependencies.
 *
 * @param sitePath - Path to the site directory containing package.json
 * @param packageName - Name of the package to look up
 * @returns The version string (e.g., "^6.0.0", "~5.2.0", "latest") or undefined if not found
 */
export declare function getPackageVersion(sitePath: string, packageName: string): string | undefined;
