import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../config';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AccessTokens } from './access-tokens';

const SECRET = 'unit-test-secret-that-is-long-enough-0123';
const tokens = new AccessTokens({ JWT_SECRET: SECRET } as GatewayConfig);
const subject = {
  userId: randomUUID(),
  tenantId: randomUUID(),
  role: 'ADMIN',
  sessionId: randomUUID(),
} as const;

async function codeOf(token: string): Promise<unknown> {
  try {
    await tokens.verify(token);
    return 'accepted';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
}

function claims(secret = SECRET, expiresAt: string | number = '15m'): Promise<string> {
  return new SignJWT({ tid: subject.tenantId, role: subject.role, sid: subject.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject.userId)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('AccessTokens', () => {
  it('issues a 15-minute token that verifies to the user principal', async () => {
    const { token, expiresAt } = await tokens.issue(subject);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(14 * 60 * 1000);
    expect(await tokens.verify(token)).toEqual({
      tenantId: subject.tenantId,
      actor: { id: subject.userId, type: 'user' },
      role: 'ADMIN',
      scopes: ['READ', 'WRITE'],
      sessionId: subject.sessionId,
    });
  });

  it('refuses expired, forged, unsigned and tampered tokens as UNAUTHENTICATED', async () => {
    expect(await codeOf(await claims(SECRET, Math.floor(Date.now() / 1000) - 60))).toBe('UNAUTHENTICATED');
    expect(await codeOf(await claims('another-secret-that-is-long-enough-0123'))).toBe('UNAUTHENTICATED');
    const unsigned = new UnsecuredJWT({ tid: subject.tenantId, role: 'OWNER', sid: subject.sessionId })
      .setSubject(subject.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('15m')
      .encode();
    expect(await codeOf(unsigned)).toBe('UNAUTHENTICATED');
    const [header, payload, signature] = (await claims()).split('.');
    const raised = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'OWNER' }),
    ).toString('base64url');
    expect(await codeOf(`${header}.${raised}.${signature}`)).toBe('UNAUTHENTICATED');
    expect(await codeOf('not-a-jwt')).toBe('UNAUTHENTICATED');
  });

  it('remembers a verified token, and still refuses an altered copy of it', async () => {
    const { token } = await tokens.issue(subject);
    const first = await tokens.verify(token);
    expect(await tokens.verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const [header, payload, signature] = token.split('.');
    const raised = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'OWNER' }),
    ).toString('base64url');
    expect(await codeOf(`${header}.${raised}.${signature}`)).toBe('UNAUTHENTICATED');
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await claims(SECRET, Math.floor(Date.now() / 1000) + 60);
    expect(await codeOf(token)).toBe('accepted');
    // The clock moves past the expiry (only Date is faked: the signature check runs on real promises).
    jest.useFakeTimers({
      now: Date.now() + 61_000,
      doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'],
    });
    try {
      expect(await codeOf(token)).toBe('UNAUTHENTICATED');
    } finally {
      jest.useRealTimers();
    }
  });
});
