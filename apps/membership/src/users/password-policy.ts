import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AuthErrors } from '../auth/auth.errors';

/**
 * zxcvbn's score (0-4) a new password must reach: 3 means about 10^8 guesses or more, beyond
 * common passwords, keyboard walks, dates, l33t spellings and words with a number stuck on.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Refuses passwords that are common or easy to guess, with zxcvbn-ts and its offline dictionaries
 * of the most used passwords, names and words (the length limits are in the contract). The
 * person's own email, name and coalition count as guessable too.
 */
@Injectable()
export class PasswordPolicy {
  private estimator?: ZxcvbnFactory;

  assertStrong(password: string, personalWords: string[] = []): void {
    this.estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
    // zxcvbn's time grows with length; the first 100 characters decide (the contract allows 200).
    const { score, feedback } = this.estimator.check(password.slice(0, 100), personalWords);
    if (score >= MIN_PASSWORD_SCORE) return;
    const hint = feedback.warning ? ` (${feedback.warning.replace(/\.$/, '').toLowerCase()})` : '';
    throw AuthErrors.passwordTooWeak(hint);
  }
}
