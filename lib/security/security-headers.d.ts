export declare const securityHeaders: ReadonlyArray<{ key: string; value: string }>;
