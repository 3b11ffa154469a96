import type { z } from "zod";
import { json } from "./responses";

/**
 * Reads a JSON request body up to a limit, counting bytes as they arrive, so a large or
 * endless body is cut off instead of buffered. Prefetch bundles make hook bodies larger than
 * form posts; the limits are in hook.ts and feedback.ts.
 */
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 };

export async function readJson(request: Request, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, status: 413 };
  if (!request.body) return { ok: false, status: 400 };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { ok: false, status: 400 };
  }
}

/** The body read and checked with `schema`, or the 413/400 response that says what is wrong. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  limit: number,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const body = await readJson(request, limit);
  if (!body.ok)
    return {
      ok: false,
      response: json(
        { error: body.status === 413 ? "The request is too large." : "The body is not JSON." },
        body.status,
      ),
    };
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    response: json(
      { error: issue?.message ?? "Invalid request.", field: issue?.path.join(".") },
      400,
    ),
  };
}
