import { DomainError } from '@groundwork/service-kit';
import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();

  function refusal(password: string, personal: string[] = []): DomainError | undefined {
    try {
      policy.assertStrong(password, personal);
      return undefined;
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  }

  it.each(['password123', 'qwertyuiop', '1234567890', 'iloveyou2024', 'summer2024!', 'letmein12345'])(
    'refuses the common password %s, naming the field',
    (password) => {
      expect(refusal(password)?.toBody()).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'password', issues: [{ field: 'password' }] },
      });
    },
  );

  it('refuses a password made of the person’s own email or coalition', () => {
    expect(refusal('eastsidetenants', ['eastsidetenants', 'ada@example.org'])).toBeDefined();
  });

  it.each(['correct horse battery staple', 'organize-together-2026', 'violet tramway ninety kettles'])(
    'accepts the strong password %s',
    (password) => expect(refusal(password)).toBeUndefined(),
  );
});
