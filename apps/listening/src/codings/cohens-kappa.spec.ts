import { coderAgreement } from './coder-agreement';
import { cohensKappa } from './cohens-kappa';

const repeat = (times: number, decision: readonly [boolean, boolean]) =>
  Array.from({ length: times }, () => decision);

describe('cohensKappa', () => {
  it('gives 0.4 for the textbook table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)', () => {
    const decisions = [
      ...repeat(20, [true, true]),
      ...repeat(5, [true, false]),
      ...repeat(10, [false, true]),
      ...repeat(15, [false, false]),
    ];
    const { kappa, observedAgreement } = cohensKappa(decisions);
    expect(observedAgreement).toBeCloseTo(0.7, 10);
    expect(kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement and negative for systematic disagreement', () => {
    expect(cohensKappa([...repeat(3, [true, true]), ...repeat(2, [false, false])]).kappa).toBeCloseTo(1, 10);
    expect(cohensKappa([...repeat(3, [true, false]), ...repeat(3, [false, true])]).kappa).toBeCloseTo(-1, 10);
  });

  it('is undefined without items or when both raters always gave the same single answer', () => {
    expect(cohensKappa([]).kappa).toBeNull();
    expect(cohensKappa(repeat(4, [false, false]))).toEqual({ kappa: null, observedAgreement: 1 });
  });
});

describe('coderAgreement', () => {
  it("averages the pairs' kappas per theme over the concerns each pair shares", () => {
    const reviews = [
      { concernId: 'c1', coderId: 'ann', themeIds: ['rent'] },
      { concernId: 'c1', coderId: 'bo', themeIds: ['rent'] },
      { concernId: 'c2', coderId: 'ann', themeIds: [] },
      { concernId: 'c2', coderId: 'bo', themeIds: ['rent'] },
      { concernId: 'c3', coderId: 'ann', themeIds: ['mold'] },
      { concernId: 'c3', coderId: 'bo', themeIds: ['mold'] },
      { concernId: 'c3', coderId: 'cy', themeIds: ['mold'] },
    ];
    const [rent, mold] = coderAgreement(['rent', 'mold'], reviews);
    // rent, ann/bo over c1..c3: (yes,yes) (no,yes) (no,no): p_o = 2/3, p_e = 1/3·2/3 + 2/3·1/3 = 4/9.
    expect(rent!.pairs.find((pair) => pair.coderB === 'bo')).toMatchObject({ concerns: 3 });
    expect(rent!.pairs.find((pair) => pair.coderB === 'bo')!.kappa).toBeCloseTo(
      (2 / 3 - 4 / 9) / (5 / 9),
      10,
    );
    // ann/cy and bo/cy share c3 only, where both said the same single answer: undefined, left out of the mean.
    expect(rent!.pairs.filter((pair) => pair.kappa === null)).toHaveLength(2);
    expect(rent!.kappa).toBeCloseTo(0.4, 10);
    // mold: ann and bo agree on all three (one yes, two no).
    expect(mold!.pairs.find((pair) => pair.coderA === 'ann' && pair.coderB === 'bo')!.kappa).toBeCloseTo(
      1,
      10,
    );
  });
});
