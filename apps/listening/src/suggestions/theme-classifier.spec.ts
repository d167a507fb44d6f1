import { ThemeClassifier, tokenize } from './theme-classifier';

describe('tokenize', () => {
  it('lower-cases, drops accents, stop words and plural s', () => {
    expect(tokenize('The landlords raised the RENT — otra subida del alquiler!')).toEqual([
      'landlord',
      'raised',
      'rent',
      'otra',
      'subida',
      'alquiler',
    ]);
  });
});

describe('ThemeClassifier', () => {
  const coded = [
    { text: 'The rent went up again this year', themeIds: ['rent'] },
    { text: 'Rent increase of 20 percent', themeIds: ['rent'] },
    { text: 'Mold in the bathroom and the landlord ignores repairs', themeIds: ['repairs', 'health'] },
    { text: 'Heating broken all winter, no repairs', themeIds: ['repairs'] },
    { text: 'My kids have asthma from the mold', themeIds: ['health'] },
  ];
  const classifier = ThemeClassifier.train(coded);

  it('ranks the themes of the most similar coded concerns first, the best scoring 1', () => {
    const suggestions = classifier.suggest('Another rent increase is coming', 3);
    expect(suggestions[0]).toEqual({ themeId: 'rent', score: 1 });
    expect(suggestions.every((suggestion) => suggestion.score <= 1 && suggestion.score > 0)).toBe(true);
  });

  it('gives both themes of a concern that speaks of both', () => {
    const themes = classifier.suggest('Mold again and nobody does repairs', 2).map((s) => s.themeId);
    expect(new Set(themes)).toEqual(new Set(['repairs', 'health']));
  });

  it('suggests nothing for words no coded concern used, or without coded concerns', () => {
    expect(classifier.suggest('Parking downtown', 3)).toEqual([]);
    expect(ThemeClassifier.train([]).suggest('rent', 3)).toEqual([]);
  });
});
