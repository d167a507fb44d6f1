/** The correlation id of the request each resolver error arose in, noted by `GraphQLExceptionFilter`. */
const correlationIds = new WeakMap<object, string>();

export function noteErrorCorrelation(error: unknown, correlationId: string): void {
  if (typeof error === 'object' && error !== null) correlationIds.set(error, correlationId);
}

export function errorCorrelation(error: unknown): string {
  return (typeof error === 'object' && error !== null && correlationIds.get(error)) || 'none';
}
