/** Bumped whenever a rule change can change the output, so stored analyses can be told apart. */
export const EXTRACTOR_VERSION = 'rules-v0.65.0';
