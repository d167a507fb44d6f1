import { SEARCH_LIMITS } from '@groundwork/contracts';

/**
 * One word of a search: `word`s are folded (lower case, accents removed) in SQL exactly as stored
 * terms are; `email`s match whole addresses; `phone`s are digits without leading zeros, so a number
 * typed with a trunk 0 or a 00 international prefix still matches the stored digits.
 */
export interface SearchToken {
  text: string;
  kind: 'word' | 'email' | 'phone';
  /** Matches terms that start with the text; short words match whole terms only. */
  prefix: boolean;
}

/** Shorter words match whole terms only: a one- or two-letter prefix would read a large part of the index. */
export const MIN_PREFIX_LENGTH = 3;

const PHONE_LIKE = /^[+\d\s().\-/]+$/;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Splits a query into the tokens every match must contain (at most SEARCH_LIMITS.maxWords). */
export function parseSearchQuery(query: string): SearchToken[] {
  const trimmed = query.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (PHONE_LIKE.test(trimmed) && digits.length >= 5) {
    const national = digits.replace(/^0+/, '');
    return national ? [{ text: national, kind: 'phone', prefix: true }] : [];
  }
  const tokens: SearchToken[] = [];
  const seen = new Set<string>();
  const add = (token: SearchToken) => {
    const key = `${token.kind}:${token.text}`;
    if (seen.has(key) || tokens.length >= SEARCH_LIMITS.maxWords) return;
    seen.add(key);
    tokens.push(token);
  };
  for (const chunk of trimmed.split(/\s+/)) {
    if (chunk.includes('@')) {
      add({ text: chunk.toLowerCase(), kind: 'email', prefix: true });
      continue;
    }
    for (const word of chunk.split(WORD_SEPARATORS)) {
      if (word) add({ text: word, kind: 'word', prefix: [...word].length >= MIN_PREFIX_LENGTH });
    }
  }
  return tokens;
}
