/**
 * Subjects and stream names under an optional namespace, so separate environments (test runs,
 * benchmarks) can share one NATS server without answering each other's requests.
 */
export class Namespace {
  constructor(readonly prefix: string) {}

  subject(subject: string): string {
    return this.prefix ? `${this.prefix}.${subject}` : subject;
  }

  stream(name: string): string {
    return this.prefix ? `${this.prefix.toUpperCase().replace(/-/g, '_')}_${name}` : name;
  }
}
