/**
 * Build a listener key from protocol and port (e.g. "HTTPS443").
 */
export declare function listenerKey(protocol: string, port: number): string;
/**
 * Build a target group key from container name, protocol and port (e.g. "appHTTP3000").
 */
export declare function targetKey(container: string, protocol: string, port: number): string;
