// The gazetteer's name indexes ignore case except in acronyms, and answer the same when asked again (they
// keep their answers).
import { describe, expect, it } from 'vitest';
import { countryNamed, countryOfDemonym, organizationKey } from '../../src/extraction/gazetteer.ts';

describe('gazetteer', () => {
  it('answers a name asked again as it did the first time', () => {
    for (let ask = 0; ask < 2; ask++) {
      expect(countryNamed('Portugal')?.name).toBe('Portugal');
      expect(countryNamed('portugal')?.name).toBe('Portugal');
      expect(countryOfDemonym('Portuguese')?.name).toBe('Portugal');
      expect(countryNamed('Harbourside')).toBeUndefined();
    }
  });

  it('tells an acronym from a word of the same letters', () => {
    for (let ask = 0; ask < 2; ask++) {
      expect(countryNamed('US')).toBeDefined();
      expect(countryNamed('US')?.name).toBe(countryNamed('United States')?.name);
      expect(countryNamed('us')).toBeUndefined();
      expect(organizationKey('FBI')).toBeDefined();
      expect(organizationKey('FBI')).toBe(organizationKey('Federal Bureau of Investigation'));
    }
  });
});
