/**
 * What a CDS client may send, checked with zod before anything reads it. Bounded everywhere
 * (lengths, counts) so a request cannot grow work without limit; unknown fields are kept only
 * where FHIR resources sit (they are read defensively by the modules that use them).
 */
import { z } from "zod";

const resource = z
  .object({ resourceType: z.string().min(1).max(64), id: z.string().max(128).optional() })
  .passthrough();

export const bundleSchema = z
  .object({
    resourceType: z.literal("Bundle"),
    entry: z
      .array(z.object({ fullUrl: z.string().max(500).optional(), resource: resource.optional() }))
      .max(200)
      .optional(),
  })
  .passthrough();

export const fhirAuthorizationSchema = z.object({
  access_token: z.string().min(1).max(8192),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int().nonnegative(),
  scope: z.string().max(4000),
  subject: z.string().max(500),
  patient: z.string().max(200).optional(),
});

const contextSchema = z
  .object({
    userId: z.string().max(500).optional(),
    patientId: z.string().min(1).max(200),
    encounterId: z.string().max(200).optional(),
    selections: z.array(z.string().max(300)).max(200).optional(),
    draftOrders: bundleSchema.optional(),
  })
  .passthrough();

export const hookRequestSchema = z
  .object({
    hook: z.enum(["order-select", "order-sign", "patient-view"]),
    hookInstance: z.string().min(1).max(100),
    fhirServer: z.url().max(500).optional(),
    fhirAuthorization: fhirAuthorizationSchema.optional(),
    context: contextSchema,
    prefetch: z.record(z.string().max(64), z.unknown()).optional(),
  })
  .refine((r) => r.hook === "patient-view" || r.context.draftOrders !== undefined, {
    error: "context.draftOrders is required for order-select and order-sign.",
    path: ["context", "draftOrders"],
  })
  .refine((r) => !r.fhirAuthorization || r.fhirServer, {
    error: "fhirServer is required with fhirAuthorization.",
    path: ["fhirServer"],
  });
export type HookRequest = z.infer<typeof hookRequestSchema>;

const codingSchema = z.object({
  system: z.string().max(500).optional(),
  code: z.string().max(200).optional(),
  display: z.string().max(500).optional(),
});

export const feedbackSchema = z.object({
  feedback: z
    .array(
      z.object({
        card: z.string().min(1).max(100),
        outcome: z.enum(["accepted", "overridden"]),
        acceptedSuggestions: z
          .array(z.object({ id: z.string().max(100) }))
          .max(50)
          .optional(),
        overrideReason: z
          .object({ reason: codingSchema.optional(), userComment: z.string().max(2000).optional() })
          .optional(),
        outcomeTimestamp: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1)
    .max(50),
});
export type FeedbackRequest = z.infer<typeof feedbackSchema>;
