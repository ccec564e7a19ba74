// Configuration for the ordinary Prisma CLI (`prisma migrate deploy`, `prisma studio`) on machines
// that can download its engine. The service itself applies migrations with `npm run db:migrate`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
