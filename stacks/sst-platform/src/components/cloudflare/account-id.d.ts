export declare const DEFAULT_ACCOUNT_ID: string;
