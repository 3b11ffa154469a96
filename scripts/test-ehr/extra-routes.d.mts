// Types of extra-routes.mjs for the TypeScript modules that mount handlers on the test EHR.
import type { IncomingMessage, ServerResponse } from "node:http";

export const extraRoutes: ((
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ehr: unknown,
) => Promise<boolean>)[];
