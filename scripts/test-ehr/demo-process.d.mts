// Types of demo-process.mjs for the TypeScript e2e setup that starts the demo EHR.
export interface DemoEhr {
  /** The EHR's addresses and client credentials (DEMO_EHR_URL, DEMO_EHR_ISSUER, …). */
  env: Record<string, string>;
  /** After the app's accounts and the EHR's registration exist: prepares the CDS demo. */
  ready(): Promise<unknown>;
  stop(): Promise<void>;
}
export function spawnCdsDemoEhr(env?: Record<string, string>, root?: string): Promise<DemoEhr>;
