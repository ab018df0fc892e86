/** The manifest with every https://localhost:3000/ address replaced by `baseUrl` (https only; French error otherwise). */
export declare function productionManifest(xml: string, baseUrl: string): string;
