/** What a request presented as an API key: no key, a key that matches, or one that does not. */
export type Credential = { kind: 'none' } | { kind: 'valid'; keyIndex: number } | { kind: 'invalid'; reason: string };
