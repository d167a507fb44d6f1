import type { CodingDto } from '@groundwork/contracts';
import type { Coding } from './coding';

export function toCodingDto(coding: Coding): CodingDto {
  return { ...coding, codedAt: coding.codedAt.toISOString() };
}
