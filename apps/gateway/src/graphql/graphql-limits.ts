import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { ApolloPlugin } from './apollo-plugin';

/**
 * Static limits checked before anything runs, refusing abusive documents cheaply. For scale: a page
 * of 100 people with every field is depth 4, ~60 tokens and costs ~5,800 (armor's cost multiplies a
 * connection by a literal `first`, and each level by 1.5), so one full page plus the rest of a
 * dashboard fits, while a document fanning out over several full connections does not.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 10_000,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 10,
} as const;

export function graphqlArmor(options: { production: boolean }): {
  plugins: ApolloPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // "Did you mean …?" maps the schema for someone probing it with introspection off.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  // graphql-armor is typed against @apollo/server's CommonJS build, Nest's driver against its ES
  // build: the same plugins, declared twice.
  return { plugins: armor.plugins as ApolloPlugin[], validationRules: armor.validationRules };
}
