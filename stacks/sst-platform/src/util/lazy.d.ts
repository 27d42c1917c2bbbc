export declare function lazy<T>(callback: () => T): () => T;
