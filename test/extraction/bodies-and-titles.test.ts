// A legislature named by its common name, capitalised and acting, is the body that acts; the capitalised words of a
// title are no one's name.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const read = (body: string) => extractArticle({ headline: 'Story', body, publishedAt: '2024-10-17' });
const names = (body: string) => read(body).actors.map((a) => [a.name, a.kind]);

describe('a legislature by its common name', () => {
  it('is an organisation when it acts, and takes part in its vote', () => {
    expect(names('Parliament approved the budget by 230 votes to 190 on Friday.')).toEqual([
      ['Parliament', 'ORGANIZATION'],
    ]);
    const vote = read('The Senate voted 52-48 on Wednesday to confirm Anna Berg as attorney general.');
    const senate = vote.actors.find((a) => a.name === 'Senate');
    expect(vote.events.map((e) => [e.type, e.participants[0]?.actorRef])).toEqual([['VOTE', senate?.ref]]);
  });

  it('is no actor as a seat, an office or a place of work', () => {
    expect(names('Anna Berg served in the Senate for a decade.')).not.toContainEqual(['Senate', 'ORGANIZATION']);
    expect(names('Jan Kowal is running in a Senate race.')).not.toContainEqual(['Senate', 'ORGANIZATION']);
    expect(names('She shops at House of Fraser on Fridays.')).not.toContainEqual(['House', 'ORGANIZATION']);
  });
});

describe('capitalised words of a title', () => {
  it('are no one’s name', () => {
    expect(names('Presumptive Democratic nominee Ines Vale said she would win.')).toEqual([['Ines Vale', 'PERSON']]);
    expect(names('Republican Presidential candidate Tom Gray said the plan was wrong.')).toEqual([
      ['Tom Gray', 'PERSON'],
    ]);
    expect(
      names('Ohio Senator Ann Lee said he would win. The Ohio Senator lost 7 points, polls showed.'),
    ).not.toContainEqual(['Ohio Senator', 'PERSON']);
  });
});
