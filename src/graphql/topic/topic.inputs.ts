import { registerEnumType } from 'type-graphql';

export enum StanceGrouping {
  ROLE = 'ROLE',
  ROLE_KIND = 'ROLE_KIND',
  COUNTRY = 'COUNTRY',
}

registerEnumType(StanceGrouping, {
  name: 'StanceGrouping',
  description: 'What to group a stance breakdown by.',
  valuesConfig: {
    ROLE: { description: "The speaker's role title at the time." },
    ROLE_KIND: { description: "The kind of the speaker's role (minister, diplomat, …)." },
    COUNTRY: { description: "The country of the speaker's role." },
  },
});
