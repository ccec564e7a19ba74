// A phrase's stance reads the role each statement is made in ("attorney for Reyes" speaks against the charges
// his client faces), and reads it alike for the statement's `stance` field and for a filter by stance: what a
// filter returns shows the stance filtered by.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase } from '../support/database.ts';
import { postGraphQL } from '../support/graphql-client.ts';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      userErrors {
        message
      }
    }
  }
`;

const BY_STANCE = /* GraphQL */ `
  query ($topic: String!, $stance: Stance) {
    statements(filter: { topic: $topic, stance: $stance }, first: 50) {
      nodes {
        text
        stance
        speakerRole
      }
    }
  }
`;

const TOPIC = 'charges against the harbour pilot';
const article = {
  headline: 'Harbour pilot charged over ferry crash',
  body: [
    'Prosecutors charged harbour pilot Tom Reyes with negligence on Monday after the ferry crash at Port Alder.',
    'Lena Marsh, an attorney for Reyes, said the first hearing on the charges was set for June.',
    'A lawyer for the pilot’s family said the charges would be read out at the hearing.',
    'Prosecutor Ann Cole said the charges against the harbour pilot reflected the evidence.',
  ].join('\n'),
  source: 'Port Alder Ledger',
  publishedAt: '2025-03-04T00:00:00Z',
};

interface Node {
  text: string;
  stance: string;
  speakerRole: string | null;
}

describe('stance toward a phrase, by the role a statement is made in', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: false });
    const ingested = await postGraphQL<{ ingestArticle: { userErrors: unknown[] } }>(server.url, INGEST, {
      input: article,
    });
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data?.ingestArticle.userErrors).toEqual([]);
  });

  afterAll(async () => {
    await server.close();
    await db.$disconnect();
    await database.drop();
  });

  async function nodes(stance: string | null): Promise<Node[]> {
    const response = await postGraphQL<{ statements: { nodes: Node[] } }>(server.url, BY_STANCE, {
      topic: TOPIC,
      stance,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.statements.nodes;
  }

  it("reads the defence's side from its role, and a filter by stance returns what each statement shows", async () => {
    const all = await nodes(null);
    const hearing = all.find((node) => node.text.includes('first hearing'))!;
    expect(hearing.speakerRole?.toLowerCase()).toBe('attorney for reyes');
    expect(hearing.stance).toBe('OPPOSES');
    for (const stance of ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED']) {
      const filtered = await nodes(stance);
      expect(filtered.map((node) => node.stance).every((shown) => shown === stance)).toBe(true);
      expect(filtered.map((node) => node.text).sort()).toEqual(
        all
          .filter((node) => node.stance === stance)
          .map((node) => node.text)
          .sort(),
      );
    }
  });
});
