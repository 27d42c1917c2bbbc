export declare class VisibleError extends Error {
    constructor(...message: string[]);
}
