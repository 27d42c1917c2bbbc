export declare function minify(strings: TemplateStringsArray, ...values: unknown[]): string;
