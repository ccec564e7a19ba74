import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

const names = (paragraphs: string[]) => analyse(paragraphs).actors.map((a) => a.name);

describe('bodies named as buildings that receive something', () => {
  it('keeps a museum that is the recipient of a verb of giving or sending', () => {
    expect(names(['The old flight simulator will be donated to the Harbor Air Museum next spring.'])).toContain(
      'Harbor Air Museum',
    );
    expect(names(['Two of the engines were sold to the Lakeview Science Gallery on Monday.'])).toContain(
      'Lakeview Science Gallery',
    );
  });

  it('keeps every body in the list after that "to"', () => {
    const found = names([
      'The spare parts will be given to the Orchard Rail Museum, the Pinecrest Maritime Museum and the Dunmore Library.',
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['Orchard Rail Museum', 'Pinecrest Maritime Museum', 'Dunmore Library']),
    );
  });

  it('keeps no acronym that no list knows for receiving alone', () => {
    expect(names(['The old depot was sold to QRX on Monday.'])).not.toContain('QRX');
  });

  it('still drops a museum that is only where something happens', () => {
    expect(names(['Mayor Clara Whitby spoke at the Harbor Air Museum on Friday.'])).not.toContain('Harbor Air Museum');
  });
});
