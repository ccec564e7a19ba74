// A description or a relative clause after a speaker's name and a comma, with no comma closing it before the cue,
// tells of the named one, who speaks.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const read = (body: string) => extractArticle({ headline: 'Story', body, publishedAt: '2024-10-17' });

function speakersAndRoles(body: string): [string | undefined, string | null][] {
  const analysis = read(body);
  return analysis.statements.map((s) => [analysis.actors.find((a) => a.ref === s.speakerRef)?.name, s.speakerRole]);
}

describe('a title with its post-modifier after a name, no closing comma', () => {
  it('leaves the name as the speaker and the title as the role', () => {
    expect(
      speakersAndRoles(
        'Marta Solberg, adviser to the Norwegian government on fisheries said in an interview, "The quotas are too high."',
      ),
    ).toEqual([['Marta Solberg', 'adviser to the Norwegian government on fisheries']]);
  });

  it('reads a body with "and" inside its name as part of the title', () => {
    expect(
      speakersAndRoles(
        'Anton Weller, a security analyst at the Institute for Peace and Security Studies told the BBC: "The talks will fail."',
      ),
    ).toEqual([['Anton Weller', 'security analyst at the Institute for Peace and Security Studies']]);
  });
});

describe('a relative clause after a name, no closing comma', () => {
  it('leaves the name as the speaker, though the tagger read its verb as a plural noun', () => {
    expect(
      speakersAndRoles('Evan Moss, who tracks militant Web sites for a news channel said, "He was an administrator."'),
    ).toEqual([['Evan Moss', null]]);
  });
});

describe('a relative clause after a description set after a name', () => {
  it('tells of the named one, past the comma closing the description', () => {
    expect(
      speakersAndRoles(
        'Reporters spoke to Terence Wong, an aviation expert at Harbour University, who said "It is a familiar scenario."',
      ).map(([speaker]) => speaker),
    ).toEqual(['Terence Wong']);
  });
});
