import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

const names = (paragraphs: string[]) => analyse(paragraphs).actors.map((a) => a.name);

describe('two bodies sharing one plural head', () => {
  it('names each body with the head in the singular', () => {
    const found = names(['After talks between the Treasury and Commerce Departments, the plan was approved.']);
    expect(found).toEqual(expect.arrayContaining(['Treasury Department', 'Commerce Department']));
    expect(found).not.toContain('Commerce Departments');
    expect(names(['The Finance and Justice Ministries said the law would pass.'])).toEqual(
      expect.arrayContaining(['Finance Ministry', 'Justice Ministry']),
    );
  });

  it('leaves a person whose surname is a plural head alone', () => {
    expect(names(['Singers Anna Kline and Elizabeth Banks said they would perform.'])).toEqual(
      expect.arrayContaining(['Anna Kline', 'Elizabeth Banks']),
    );
  });
});
