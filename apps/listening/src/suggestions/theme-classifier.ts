/** A concern already coded: its words and the themes coders gave it. */
export interface CodedText {
  text: string;
  themeIds: readonly string[];
}

// Words too common to tell themes apart (English and Spanish, the demo coalition's languages).
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in is it its me my no not of on or our ' +
    'she so that the their them there they this to was we were what when which who will with you your ' +
    'el la los las un una y o de del en que por con para se no es al lo su sus mi'
  ).split(' '),
);

/** Lower-cased words without accents, stop words and a plural "s"; numbers kept. */
export function tokenize(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

type Vector = Map<string, number>;

/**
 * Suggests themes for a text from the coalition's own coded concerns: TF-IDF vectors (smoothed idf,
 * l2-normalized), the `neighbours` most cosine-similar coded concerns, and each theme scored by the
 * summed similarity of the neighbours coded to it, scaled so the best is 1. No model leaves the service.
 */
export class ThemeClassifier {
  private constructor(
    private readonly idf: Map<string, number>,
    private readonly examples: Array<{ vector: Vector; themeIds: readonly string[] }>,
    private readonly neighbours: number,
  ) {}

  static train(coded: readonly CodedText[], neighbours = 10): ThemeClassifier {
    const documents = coded.map((example) => tokenize(example.text));
    const frequency = new Map<string, number>();
    for (const words of documents) {
      for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    const idf = new Map<string, number>();
    for (const [word, count] of frequency) idf.set(word, Math.log((1 + documents.length) / (1 + count)) + 1);
    const classifier = new ThemeClassifier(idf, [], neighbours);
    documents.forEach((words, index) =>
      classifier.examples.push({ vector: classifier.vectorOf(words), themeIds: coded[index]!.themeIds }),
    );
    return classifier;
  }

  suggest(text: string, limit: number): Array<{ themeId: string; score: number }> {
    const vector = this.vectorOf(tokenize(text));
    if (vector.size === 0) return [];
    const nearest = this.examples
      .map((example) => ({ example, similarity: cosine(vector, example.vector) }))
      .filter((candidate) => candidate.similarity > 0)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, this.neighbours);
    const scores = new Map<string, number>();
    for (const { example, similarity } of nearest) {
      for (const themeId of example.themeIds) scores.set(themeId, (scores.get(themeId) ?? 0) + similarity);
    }
    const best = Math.max(0, ...scores.values());
    return [...scores]
      .sort(([idA, a], [idB, b]) => b - a || idA.localeCompare(idB))
      .slice(0, limit)
      .map(([themeId, score]) => ({ themeId, score: score / best }));
  }

  /** Words unknown to the coded concerns carry no weight: they cannot point at a theme. */
  private vectorOf(words: string[]): Vector {
    const counts = new Map<string, number>();
    for (const word of words) if (this.idf.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const vector: Vector = new Map();
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = count * this.idf.get(word)!;
      vector.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  }
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}
