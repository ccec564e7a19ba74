// The role a statement was made in (`statedRoleId`, `roleKey`, on the statement and on its topic
// taggings) is kept by database triggers, so
// every writer keeps it right: these tests change roles and statements with plain writes and read
// what the triggers made of them.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database.ts';

describe('the stated role of a statement', () => {
  const database = useTestDatabase();

  async function article(n: number) {
    return database.db.article.create({
      data: {
        headline: `Story ${n}`,
        body: 'x'.repeat(200),
        contentHash: `hash-${n}-${Math.random()}`,
        extractorVersion: 'test',
      },
    });
  }

  async function actor(name: string, kind: 'PERSON' | 'ANONYMOUS', scopeKey = '') {
    return database.db.actor.create({ data: { name, normalizedName: name.toLowerCase(), kind, scopeKey } });
  }

  async function role(actorId: number, title: string) {
    return database.db.role.create({
      data: { actorId, title, normalizedTitle: title.toLowerCase(), kind: 'OFFICIAL' },
    });
  }

  async function statement(articleId: number, speakerId: number, speakerRoleId: number | null, start: number) {
    return database.db.statement.create({
      data: {
        articleId,
        speakerId,
        speakerRoleId,
        kind: 'DIRECT',
        text: 'Words',
        start,
        end: start + 5,
        sentenceStart: start,
        sentenceEnd: start + 5,
      },
    });
  }

  async function stated(id: number) {
    return database.db.statement.findUniqueOrThrow({ where: { id }, select: { statedRoleId: true, roleKey: true } });
  }

  it("is the speaker's role at the time, follows a renamed role, and is none once the role is gone", async () => {
    const story = await article(1);
    const minister = await actor('Ana Ionescu', 'PERSON');
    const title = await role(minister.id, 'Romanian Foreign Minister');
    const said = await statement(story.id, minister.id, title.id, 0);
    expect(await stated(said.id)).toEqual({ statedRoleId: title.id, roleKey: 'romanian foreign minister' });

    await database.db.role.update({ where: { id: title.id }, data: { title: 'Romanian Prime Minister' } });
    expect(await stated(said.id)).toEqual({ statedRoleId: title.id, roleKey: 'romanian prime minister' });

    const withoutRole = await statement(story.id, minister.id, null, 10);
    expect(await stated(withoutRole.id)).toEqual({ statedRoleId: null, roleKey: '' });

    await database.db.role.delete({ where: { id: title.id } });
    expect(await stated(said.id)).toEqual({ statedRoleId: null, roleKey: '' });
  });

  it("is an anonymous source's description, whenever the description is stored, and the next one when it goes", async () => {
    const story = await article(2);
    const source = await actor('a senior NATO official', 'ANONYMOUS', String(story.id));
    const said = await statement(story.id, source.id, null, 0);
    expect(await stated(said.id)).toEqual({ statedRoleId: null, roleKey: '' });

    const first = await role(source.id, 'Senior NATO official');
    const second = await role(source.id, 'NATO diplomat');
    expect(await stated(said.id)).toEqual({ statedRoleId: first.id, roleKey: 'senior nato official' });

    await database.db.role.delete({ where: { id: first.id } });
    expect(await stated(said.id)).toEqual({ statedRoleId: second.id, roleKey: 'nato diplomat' });

    // A role moved to another actor (as a merge does) no longer describes the source.
    const other = await actor('an EU diplomat', 'ANONYMOUS', String(story.id));
    await database.db.role.update({ where: { id: second.id }, data: { actorId: other.id } });
    expect(await stated(said.id)).toEqual({ statedRoleId: null, roleKey: '' });
  });

  it("is copied to the statement's topics when tagged and whenever it changes", async () => {
    const story = await article(4);
    const minister = await actor('Jonas Berg', 'PERSON');
    const title = await role(minister.id, 'Danish Defence Minister');
    const said = await statement(story.id, minister.id, title.id, 0);
    const topic = await database.db.topic.create({ data: { slug: 'air-defence', label: 'Air defence' } });
    await database.db.statementTopic.create({ data: { statementId: said.id, topicId: topic.id, stance: 'SUPPORTS' } });
    const tagged = () =>
      database.db.statementTopic.findUniqueOrThrow({
        where: { statementId_topicId: { statementId: said.id, topicId: topic.id } },
        select: { statedRoleId: true, roleKey: true },
      });
    expect(await tagged()).toEqual({ statedRoleId: title.id, roleKey: 'danish defence minister' });
    await database.db.role.update({ where: { id: title.id }, data: { title: 'Danish Foreign Minister' } });
    expect(await tagged()).toEqual({ statedRoleId: title.id, roleKey: 'danish foreign minister' });
    await database.db.statement.update({ where: { id: said.id }, data: { speakerRoleId: null } });
    expect(await tagged()).toEqual({ statedRoleId: null, roleKey: '' });
  });

  it('follows a statement re-attributed to another speaker and role', async () => {
    const story = await article(3);
    const source = await actor('a Kremlin spokesman', 'ANONYMOUS', String(story.id));
    await role(source.id, 'Kremlin spokesman');
    const said = await statement(story.id, source.id, null, 0);
    const person = await actor('Dmitry Peskov', 'PERSON');
    const spokesman = await role(person.id, 'Kremlin Spokesman');
    await database.db.statement.update({
      where: { id: said.id },
      data: { speakerId: person.id, speakerRoleId: spokesman.id },
    });
    expect(await stated(said.id)).toEqual({ statedRoleId: spokesman.id, roleKey: 'kremlin spokesman' });
  });
});
