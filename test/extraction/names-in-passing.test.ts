// A country named only to place someone or something is no actor of the story, nor are places, craft and operations
// named like people; one that acts or speaks is.
import { describe, expect, it } from 'vitest';
import { analyse, eventsOf } from './analyse.ts';

const actorNames = (paragraphs: string[]) => analyse(paragraphs).actors.map((a) => a.name);

describe('a country named only to place another', () => {
  it('is no actor as the owner or the modifier of a person’s title (international)', () => {
    const names = actorNames([
      "Talks resumed on Monday with Kofi Annan and two other mediators, South Africa's former first lady Graca Machel and Tanzania's former president Benjamin Mkapa.",
    ]);
    expect(names).not.toContain('South Africa');
    expect(names).not.toContain('Tanzania');
    expect(names).toContain('Graca Machel');
  });

  it('is no actor as the complement of a body, but is one when it acts (technology, international)', () => {
    const names = actorNames([
      'A spokesman for the National Cyber Security Centre of the UK said the flaw was serious.',
      'Russia denied any involvement in the attack.',
    ]);
    expect(names).not.toContain('United Kingdom');
    expect(names).toContain('Russia');
  });
});

describe('a happening denied by its determiner', () => {
  it('is no event (politics)', () => {
    const analysis = analyse(['No such election occurred until Senator Ted Kennedy died in office in 2009.']);
    expect(eventsOf(analysis, 'VOTE')).toEqual([]);
  });
});

describe('places, craft and operations named like people', () => {
  it('are no actors (international, crime and courts)', () => {
    const names = actorNames([
      'Crowds gathered at Dublin Castle and outside Buckingham Palace on Sunday.',
      'HMAS Glenelg towed the boat back, the navy said.',
      'Operation Centurion ended with twelve arrests, police said.',
    ]);
    expect(names).not.toContain('Dublin Castle');
    expect(names).not.toContain('Buckingham Palace');
    expect(names).not.toContain('HMAS Glenelg');
    expect(names).not.toContain('Operation Centurion');
  });
});

describe('a time zone, a currency, an illness, and a medium words were put out through', () => {
  it('are no actors, but a body that acts through one is (international, business)', () => {
    const names = actorNames([
      'The blasts came at 10.30 local time (07.30 UTC), killing 20 people.',
      'The mayor wrote on Twitter that the city would rebuild.',
      'Harbour Bank said on its website that it would cut 300 jobs.',
    ]);
    expect(names).not.toContain('UTC');
    expect(names).not.toContain('Twitter');
    expect(names).toContain('Harbour Bank');
  });
});
