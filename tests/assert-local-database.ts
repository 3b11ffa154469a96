/** Tests create and read rows: refuse to run them against anything but a local database. */
export function assertLocalDatabase(url = process.env.DATABASE_URL): string {
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm test`.");
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
  return url;
}
