import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

const names = (analysis: Analysis) => analysis.actors.map((a) => a.name);

function actorNamed(analysis: Analysis, name: string) {
  const actor = analysis.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${names(analysis).join(', ')}`);
  return actor;
}

describe('short forms of a body merged with its full name', () => {
  it('takes an acronym in brackets after a name as that body’s short form, whatever its letters', () => {
    const analysis = analyse([
      'The Harbour Union of Dockers and Pilots (HUDP) called a strike on Monday.',
      'Football club Vardal Sankt-Erik (VSE) announced the signing of a goalkeeper.',
      'VSE said the fee was modest.',
    ]);
    expect(actorNamed(analysis, 'Harbour Union of Dockers and Pilots').aliases).toContain('HUDP');
    const club = actorNamed(analysis, 'Vardal Sankt-Erik');
    expect(club.kind).toBe('ORGANIZATION');
    expect(club.aliases).toContain('VSE');
    expect(names(analysis)).not.toContain('VSE');
  });

  it('reads a bracketed acronym the tagger took for a word, and its later uses, as the body', () => {
    const analysis = analyse([
      'The World Health Organisation (WHO) recommends iodised salt.',
      'WHO say the deficiency is the most common preventable cause of brain damage.',
    ]);
    expect(names(analysis)).toEqual(['World Health Organisation']);
    expect(analysis.statements.every((s) => s.speakerRef === analysis.actors[0]?.ref)).toBe(true);
  });

  it('takes no country in brackets for a body’s short form', () => {
    const analysis = analyse(['The Fisheries Directorate (UK) said quotas would fall.', 'The UK later denied it.']);
    expect(actorNamed(analysis, 'Fisheries Directorate').aliases).toEqual([]);
    expect(actorNamed(analysis, 'United Kingdom').aliases).toContain('UK');
  });

  it('reads "the North" as the one country of the story named "North …"', () => {
    const analysis = analyse([
      'South Korea said the North had fired first across the border on Monday.',
      'North Korea denied it.',
    ]);
    expect(actorNamed(analysis, 'North Korea').aliases).toContain('the North');
    expect(names(analysis)).not.toContain('North');
  });

  it('merges a name without the place before it or the complement after it', () => {
    const analysis = analyse([
      'The Norwegian Fisheries Directorate said quotas would fall.',
      'Later the Fisheries Directorate said the cut was small.',
      'Solara Corporation denied the claim, and Solara said it would appeal.',
      'The Greta Lind Foundation for the Performing Arts gave grants; the Greta Lind Foundation said more would follow.',
    ]);
    expect(actorNamed(analysis, 'Norwegian Fisheries Directorate').aliases).toContain('Fisheries Directorate');
    expect(actorNamed(analysis, 'Solara Corporation').aliases).toContain('Solara');
    expect(actorNamed(analysis, 'Greta Lind Foundation for the Performing Arts').aliases).toContain(
      'Greta Lind Foundation',
    );
  });

  it('renames a body to its fuller form met later', () => {
    const analysis = analyse([
      'The Fisheries Directorate said quotas would fall.',
      'The Norwegian Fisheries Directorate later said the cut was small.',
    ]);
    expect(names(analysis)).toContain('Norwegian Fisheries Directorate');
    expect(names(analysis)).not.toContain('Fisheries Directorate');
  });

  it('leaves two bodies apart when a short form fits both', () => {
    const analysis = analyse([
      'The Danish Fisheries Directorate and the Norwegian Fisheries Directorate met.',
      'The Fisheries Directorate said the talks went well.',
    ]);
    expect(actorNamed(analysis, 'Danish Fisheries Directorate').aliases).not.toContain('Fisheries Directorate');
    expect(actorNamed(analysis, 'Norwegian Fisheries Directorate').aliases).not.toContain('Fisheries Directorate');
  });
});

describe('names of bodies and places read whole', () => {
  it('joins "with" inside the complement of a body’s name', () => {
    const analysis = analyse(['The Trust for Families with Twins (TFT) said donations rose.']);
    expect(actorNamed(analysis, 'Trust for Families with Twins').aliases).toContain('TFT');
  });

  it('reads a church as a body', () => {
    const analysis = analyse(['The Church of the Holy Lantern said its website was attacked.']);
    expect(actorNamed(analysis, 'Church of the Holy Lantern').kind).toBe('ORGANIZATION');
  });

  it('reads a name before a comma and a state or country as a town, not an actor', () => {
    const analysis = analyse([
      'The fair was held in Cedar View, California, on Sunday.',
      'The driver, 36, of Pine Hollow, Florida, was hurt.',
      'Anna Berg, Sweden, and Marta Lind, Norway, were named in the team.',
    ]);
    expect(names(analysis)).not.toContain('Cedar View');
    expect(names(analysis)).not.toContain('Pine Hollow');
    expect(names(analysis)).toEqual(expect.arrayContaining(['Anna Berg', 'Marta Lind']));
    const university = analyse(['Lena Holm, a curator at the University of Arkansas, Fayetteville, said so.']);
    expect(names(university)).toContain('University of Arkansas');
  });
});

describe('names that are no actors of the story', () => {
  it('leaves out a name that only modifies the noun of a thing, but keeps one before a title or a body', () => {
    const analysis = analyse([
      'The gallery showed the Molly Brandt screen prints and the Hollow Pines tins.',
      'A Veltrix spokesman said the Obama administration had asked for the files.',
    ]);
    expect(names(analysis)).not.toContain('Molly Brandt');
    expect(names(analysis)).not.toContain('Hollow Pines');
    expect(names(analysis)).toContain('Veltrix');
  });

  it('reads a name after an article, with no given name, as a thing, unless a title follows it', () => {
    const analysis = analyse([
      'Fans cheered the Pellworth Arrow as it left the station.',
      'Guests stayed at the Crimson Rookery, his hotel.',
      'On Monday a Tarvik Health spokesperson said two patients were hurt.',
      'Anna Berg won the Golden Boot award.',
    ]);
    expect(names(analysis)).not.toContain('Pellworth Arrow');
    expect(names(analysis)).not.toContain('Crimson Rookery');
    expect(names(analysis)).toEqual(expect.arrayContaining(['Tarvik Health', 'Anna Berg']));
    const described = analyse(['The Ohio Republican said the bill was dead.', 'The Alpine SVP said it would fight.']);
    expect(names(described)).toEqual(expect.arrayContaining(['Ohio Republican', 'Alpine SVP']));
  });

  it('reads "Project" or "Initiative" before a complement as a body, and at the end of a name as a work', () => {
    const analysis = analyse([
      'The Initiative on Coastal Safety called the report "a wake-up call."',
      'Scientists of the Halvard Project said nothing.',
    ]);
    expect(names(analysis)).toContain('Initiative on Coastal Safety');
    expect(names(analysis)).not.toContain('Halvard Project');
  });
});
