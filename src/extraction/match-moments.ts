// The clock of a match and its awards: "in the 62nd minute", "four minutes later", "in the second half",
// "in injury time", "the Man of the Match award".
const MATCH_CLOCK =
  /\b(\d+(st|nd|rd|th) minute|minutes? later|(first|second) half|half-time|halftime|injury time|stoppage time|extra time|(man|player) of the match)\b/i;

/** A sentence told on a match's clock tells a moment of that match, not a happening of its own. */
export function isMatchMoment(sentenceText: string): boolean {
  return MATCH_CLOCK.test(sentenceText);
}
