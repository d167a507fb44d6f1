import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { errorCorrelation } from './error-correlation';
import { GraphQLExceptionFilter } from './graphql-exception.filter';

function graphqlHost(correlationId: string): ExecutionContextHost {
  const host = new ExecutionContextHost([{}, {}, { correlationId }, {}]);
  host.setType('graphql');
  return host;
}

describe('GraphQLExceptionFilter', () => {
  const filter = new GraphQLExceptionFilter();

  it('hands a resolver error back unchanged, noting its request’s correlation id for the formatter', () => {
    const error = new Error('boom');
    expect(filter.catch(error, graphqlHost('corr-7'))).toBe(error);
    expect(errorCorrelation(error)).toBe('corr-7');
  });

  it('keeps the ids of concurrent requests apart', () => {
    const first = new Error('first');
    const second = new Error('second');
    filter.catch(first, graphqlHost('corr-a'));
    filter.catch(second, graphqlHost('corr-b'));
    expect([errorCorrelation(first), errorCorrelation(second)]).toEqual(['corr-a', 'corr-b']);
  });

  it('says "none" for an error no request noted', () => {
    expect(errorCorrelation(new Error('elsewhere'))).toBe('none');
  });
});
