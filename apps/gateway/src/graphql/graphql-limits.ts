import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, type FragmentDefinitionNode, type ValidationRule } from 'graphql';
import type { ApolloPlugin } from './apollo-plugin';
import { costLimitExceeded, operationCost } from './query-cost';

/**
 * Limits checked before anything runs, refusing abusive documents cheaply. For scale: a page of 100
 * people with every field is depth 4, ~60 tokens and costs ~5,800 (the cost multiplies a connection
 * by its page size, and each level by 1.5), so one full page plus the rest of a dashboard fits, while
 * a document fanning out over several full connections does not. The cost is counted once the
 * operation and its variables are known (`queryCostLimit`), so `first: $n` costs what n says.
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
    // Armor reads only literal page sizes; queryCostLimit() counts variables and defaults instead.
    costLimit: { enabled: false },
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

/** Refuses an operation whose cost, with its variables' values and the arguments' defaults, is over the limit. */
export function queryCostLimit(maxCost: number = GRAPHQL_LIMITS.maxCost): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request }) => {
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        }
        const cost = operationCost(schema, operation, fragments, request.variables ?? {});
        if (cost > maxCost) throw costLimitExceeded(maxCost, cost);
      },
    }),
  };
}
