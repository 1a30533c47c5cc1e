import { seedDefaultThemes } from '../core/content/index.ts';
import { createDb } from '../core/platform/db.ts';

/**
 * `npm run db:seed`: inserts the default themes that do not exist yet.
 * Idempotent; themes editors changed are left as they are.
 */
const db = createDb();
try {
  const created = await seedDefaultThemes(db);
  process.stdout.write(`themes: ${created} created\n`);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
