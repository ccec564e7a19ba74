import path from 'node:path';
import { createMigration } from '../../store/migrations/create-migration.ts';

/**
 * Writes the next migration from changes to prisma/schema.prisma. The migrations are replayed on an
 * in-memory database, or on a temporary database on the server in SHADOW_DATABASE_SERVER_URL (faster).
 */
export async function runMigrationNewCommand(argv: string[]): Promise<number> {
  const [name, ...extra] = argv;
  if (!name || extra.length > 0) {
    console.error('Usage: npm run cli -- migration:new NAME   (e.g. add_article_subtitle)');
    return 2;
  }
  const created = await createMigration(name, { shadowServerUrl: process.env.SHADOW_DATABASE_SERVER_URL });
  if (!created) {
    console.log('no changes: prisma/migrations already produce prisma/schema.prisma');
    return 0;
  }
  console.log(`Created ${path.relative(process.cwd(), created.directory)}/migration.sql`);
  return 0;
}
