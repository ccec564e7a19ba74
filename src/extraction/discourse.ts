import type { TextDocument } from './text/document.ts';
import type { ActorRecord } from './actor-registry.ts';
import type { NamedActors } from './actors.ts';

/** What the resolvers remember while reading the article in order. */
export interface DiscourseState {
  doc: TextDocument;
  named: NamedActors;
  lastSpeaker: {
    actor: ActorRecord;
    paragraph: number;
    /** Where the words it reports begin (the offset after its cue): a person named after it is spoken of. */
    reportStart: number;
    /** Its cue asks (inquire-37.1.2: "asked Rubio which …"): the one asked answers next. */
    asks: boolean;
    /** Its cue is in an adverbial clause ("When a reporter asked Trump …, Trump deflected"): the main clause is not
     *  its report. */
    subordinate: boolean;
  } | null;
}
