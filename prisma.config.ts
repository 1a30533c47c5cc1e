import { defineConfig } from 'prisma/config';
import { config } from './core/platform/config.ts';

/**
 * Prisma CLI configuration (Prisma 7 keeps the datasource url here, not in
 * schema.prisma). The url comes from the one validated config, so the CLI and
 * the application always agree on DATABASE_URL and its default.
 *
 * Migrations do not go through the Prisma CLI: `npm run db:migrate` drives the
 * schema engine as WebAssembly (prisma/migrate.ts).
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: config().DATABASE_URL,
  },
});
