import { firstFreeSlug, slugBase } from './coalition-slug';

describe('coalition slugs', () => {
  it('turns a name into a URL-safe base', () => {
    expect(slugBase("Eastside Tenants' Coalition")).toBe('eastside-tenants-coalition');
    expect(slugBase('  Unión de Vecinos — Barrio 5 ')).toBe('union-de-vecinos-barrio-5');
    expect(slugBase('東京')).toBe('coalition');
    expect(slugBase('a'.repeat(80))).toHaveLength(60);
    expect(slugBase(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('adds -2, -3 … on collision', () => {
    expect(firstFreeSlug('eastside', new Set())).toBe('eastside');
    expect(firstFreeSlug('eastside', new Set(['eastside']))).toBe('eastside-2');
    expect(firstFreeSlug('eastside', new Set(['eastside', 'eastside-2']))).toBe('eastside-3');
  });
});
