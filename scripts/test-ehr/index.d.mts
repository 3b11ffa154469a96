// Types of the test EHR for the TypeScript tests that start it (the EHR itself is plain ESM).
import type { FhirRepository } from "@medplum/fhir-router";

export const DEMO_CLIENT_ID: string;
export const DEMO_CLIENT_SECRET: string;
export const SSO_CLIENT_ID: string;
export const SSO_CLIENT_SECRET: string;

export interface TestEhr {
  baseUrl: string;
  fhirBase: string;
  repo: FhirRepository;
  /** Scopes the EHR will not grant, whatever the app asks. */
  withheld: Set<string>;
  /** Access-token lifetime in seconds, read at each issue. */
  ttl: { access: number };
  clientId: string;
  clientSecret: string;
  /** Makes the token endpoint answer with an id_token issued to another audience. */
  tamper: { idTokenAudience?: string };
  /** The EHR user taken as signed in when no launch names one (a Practitioner id). */
  session: { signedInAs: string };
  /** Links the patient list shows beside a patient's launch link (patient id → links). */
  patientLinks: Map<string, { href: string; label: string }[]>;
  setAppUrls(urls: string[]): void;
  /** The launch client authenticates with private_key_jwt, its public keys at this URL. */
  setClientJwksUri(uri: string | undefined): void;
  stop(): Promise<void>;
}

export function startTestEhr(options?: {
  port?: number;
  host?: string;
  appUrls?: string[];
  scopeSyntax?: "v2" | "v1";
  clientId?: string;
  clientSecret?: string;
  testToken?: string;
}): Promise<TestEhr>;
