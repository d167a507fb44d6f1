/** Values that bad-input tests send where text is expected: each must be refused or stored inert. */
export const LONG = 'x'.repeat(10_000);
export const HTML = '<img src=x onerror=alert(1)>';
export const CONTROL = 'Ann\u0000\u0007e';

/** An injection aimed at one of membership's tables. */
export function sqlInjection(table: string): string {
  return `Robert'); DROP TABLE membership.${table}; --`;
}
