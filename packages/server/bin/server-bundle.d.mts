/** The server's bundle (dist/main.mjs): see server-bundle.mjs. */
export declare const serverBundle: string;
export declare function isServerBundleFresh(): boolean;
export declare function buildServerBundle(): Promise<string>;
