/**
 * Parameters of one SQL statement being compiled: every value goes through `add`, which returns its
 * placeholder, so values are never written into the SQL text.
 */
export class SqlParameters {
  readonly values: unknown[] = [];

  constructor(initial: unknown[] = []) {
    this.values.push(...initial);
  }

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}
