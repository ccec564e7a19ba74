import type { TextDocument } from './text/document.ts';
import type { Phrase } from './noun-phrases.ts';

/** Nouns of a recording that shows someone speaking: "footage of X asking", "a video of X saying". */
const RECORDINGS = new Set(['footage', 'video', 'videotape', 'audio', 'recording', 'tape', 'clip']);

/**
 * "The ad uses footage of Hillary Clinton asking, “…”": the one recorded speaks, not the recording. Only a name after
 * "of" is taken ("a video of the rally shows …" keeps the video).
 */
export function speakerOfRecording(doc: TextDocument, subject: Phrase): Phrase {
  let k = subject.first;
  if (doc.tokens[k]?.pos === 'DET') k++;
  if (!RECORDINGS.has(doc.tokens[k]?.lower ?? '') || doc.tokens[k + 1]?.lower !== 'of') return subject;
  const first = k + 2;
  return first < subject.end && doc.tokens[first]?.pos === 'PROPN' ? { first, end: subject.end } : subject;
}
