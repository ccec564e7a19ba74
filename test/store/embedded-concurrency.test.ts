// The embedded database serves many connections over one PGlite session: every connection must get
// its own answers, as from PostgreSQL, whatever the interleaving.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type ServedDatabase } from '../../src/store/embedded/embedded-postgres.ts';

let dataDir: string;
let database: ServedDatabase;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'embedded-concurrency-'));
  database = await startEmbeddedPostgres({ dataDir });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('CREATE TABLE item (id int PRIMARY KEY, label text NOT NULL)');
  await client.query(`INSERT INTO item SELECT n, 'item ' || n FROM generate_series(1, 200) AS n`);
  await client.end();
});

afterAll(async () => {
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the embedded database under concurrent connections', () => {
  it('answers each of 8 connections with its own rows (unnamed statements)', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      // Five statement texts, so that a Bind meeting another connection's Parse would show.
      const answers = await Promise.all(
        range(400).map((i) =>
          pool.query(`SELECT id * ${i % 5} AS product, label FROM item WHERE id = $1`, [(i % 200) + 1]),
        ),
      );
      expect(answers.map((answer) => answer.rows)).toEqual(
        range(400).map((i) => [{ product: ((i % 200) + 1) * (i % 5), label: `item ${(i % 200) + 1}` }]),
      );
    } finally {
      await pool.end();
    }
  });

  it('answers each connection with its own rows when messages arrive in many pieces', async () => {
    // A large parameter makes a Bind span several TCP reads, so that other connections' messages
    // arrive in between.
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      const padding = 'x'.repeat(300_000);
      const text = (i: number) => (i % 2 === 0 ? padding + i : String(i));
      const answers = await Promise.all(
        range(64).map((i) => pool.query(`SELECT length($1::text) * ${i % 4} AS product`, [text(i)])),
      );
      expect(answers.map((answer) => answer.rows[0].product)).toEqual(range(64).map((i) => text(i).length * (i % 4)));
    } finally {
      await pool.end();
    }
  });

  it('keeps named prepared statements apart per connection, also after connections are replaced', async () => {
    // pg prepares a named statement once per connection; two connections preparing the same name must
    // not collide, and a connection opened after another closed must be able to prepare it again.
    const query = (i: number) => ({ name: 'by_id', text: 'SELECT label FROM item WHERE id = $1', values: [i] });
    for (let round = 0; round < 3; round += 1) {
      const pool = new pg.Pool({ connectionString: database.url, max: 6 });
      try {
        const answers = await Promise.all(range(120).map((i) => pool.query(query(i))));
        expect(answers.map((answer) => answer.rows[0].label)).toEqual(range(120).map((i) => `item ${i}`));
      } finally {
        await pool.end();
      }
    }
  });

  it('keeps a transaction to its own connection while others read and write', async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      await pool.query('CREATE TABLE IF NOT EXISTS counter (n int NOT NULL)');
      await pool.query('TRUNCATE counter');
      const writer = async (k: number) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query('INSERT INTO counter VALUES ($1)', [k]);
          const seen = await client.query('SELECT count(*)::int AS n FROM counter WHERE n = $1', [k]);
          if (k % 3 === 0) await client.query('ROLLBACK');
          else await client.query('COMMIT');
          return seen.rows[0].n as number;
        } finally {
          client.release();
        }
      };
      const readers = range(40).map((i) => pool.query('SELECT label FROM item WHERE id = $1', [i]));
      const writes = await Promise.all(range(30).map(writer));
      expect(writes).toEqual(range(30).map(() => 1));
      expect((await Promise.all(readers)).map((answer) => answer.rows[0].label)).toEqual(
        range(40).map((i) => `item ${i}`),
      );
      const kept = await pool.query('SELECT n FROM counter ORDER BY n');
      expect(kept.rows.map((row) => row.n)).toEqual(range(30).filter((k) => k % 3 !== 0));
    } finally {
      await pool.end();
    }
  });

  it("keeps each connection's errors, in and out of transactions, from the others", async () => {
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      const failing = range(30).map(async (i) => {
        if (i % 2 === 0)
          return pool.query('SELECT no_such_column FROM item').then(
            () => 'ran',
            (error: Error) => error.message,
          );
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const failed = await client.query('SELECT 1/0').then(
            () => 'ran',
            (error: Error) => error.message,
          );
          const after = await client.query('SELECT 1').then(
            () => 'ran',
            (error: Error) => error.message,
          );
          await client.query('ROLLBACK');
          return `${failed} / ${after}`;
        } finally {
          client.release();
        }
      });
      const reads = range(60).map((i) => pool.query('SELECT label FROM item WHERE id = $1', [i]));
      expect(await Promise.all(failing)).toEqual(
        range(30).map((i) =>
          i % 2 === 0
            ? 'column "no_such_column" does not exist'
            : 'division by zero / current transaction is aborted, commands ignored until end of transaction block',
        ),
      );
      expect((await Promise.all(reads)).map((answer) => answer.rows[0].label)).toEqual(
        range(60).map((i) => `item ${i}`),
      );
    } finally {
      await pool.end();
    }
  });

  it('lets a new connection in while another holds a transaction', async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    const newcomer = new pg.Client({ connectionString: database.url });
    await newcomer.connect();
    await holder.query('COMMIT');
    expect((await newcomer.query('SELECT 41 + 1 AS n')).rows).toEqual([{ n: 42 }]);
    await Promise.all([holder.end(), newcomer.end()]);
  });

  it('rolls back the transaction of a connection that goes away, and serves the others on', async () => {
    const quitter = new pg.Client({ connectionString: database.url });
    await quitter.connect();
    await quitter.query('CREATE TABLE IF NOT EXISTS abandoned (n int)');
    await quitter.query('BEGIN');
    await quitter.query('INSERT INTO abandoned VALUES (1)');
    const waiting = new pg.Client({ connectionString: database.url });
    await waiting.connect();
    const answer = waiting.query('SELECT count(*)::int AS n FROM abandoned');
    await quitter.end();
    expect((await answer).rows[0].n).toBe(0);
    await waiting.end();
  });
});
