// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // Prisma's WASM query compiler and pg must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["@prisma/client", ".prisma/client", "@prisma/adapter-pg", "pg", "pino"],
  poweredByHeader: false,
  experimental: {
    // A whole assessment is a few kB; refuse anything far larger before it reaches an action.
    serverActions: { bodySizeLimit: "64kb" },
  },
};
module.exports = nextConfig;
