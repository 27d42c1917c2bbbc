export declare const DEFAULT_TEAM_ID: string;
