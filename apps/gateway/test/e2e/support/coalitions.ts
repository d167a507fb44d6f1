import { randomUUID } from 'node:crypto';
import type { TenantSql } from '@groundwork/testing';
import type { GatewayClient } from './gateway-client';

export const PASSWORD = 'correct horse battery staple';

export const AUTH_FIELDS =
  'accessToken accessTokenExpiresAt refreshToken role user { id name email } coalition { id name slug createdAt }';

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  role: string;
  user: { id: string; name: string; email: string };
  coalition: { id: string; name: string; slug: string; createdAt: string };
}

/** A unique address per call, so tests never share accounts. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Letters only (names refuse digits), unique enough to find one record among many runs. */
export function uniqueName(): string {
  return Array.from(randomUUID().replace(/-/g, '').slice(0, 10), (digit) =>
    String.fromCharCode(97 + parseInt(digit, 16)),
  ).join('');
}

/** Signs up a fresh coalition; every test makes its own. */
export async function signUpCoalition(
  client: GatewayClient,
  label = 'owner',
): Promise<AuthPayload & { email: string }> {
  const email = uniqueEmail(label);
  const { signUp } = await client.data<{ signUp: AuthPayload }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    {
      input: {
        coalitionName: `Coalition ${label} ${randomUUID().slice(0, 6)}`,
        name: 'Ada Organizer',
        email,
        password: PASSWORD,
      },
    },
  );
  return { ...signUp, email };
}

export async function createApiToken(
  client: GatewayClient,
  token: string,
  scopes: Array<'READ' | 'WRITE'>,
): Promise<{ id: string; token: string }> {
  const { createApiToken } = await client.data<{
    createApiToken: { token: string; apiToken: { id: string } };
  }>(
    `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`,
    { input: { name: `token ${scopes.join('+')}`, scopes } },
    { token },
  );
  return { id: createApiToken.apiToken.id, token: createApiToken.token };
}

export interface PersonFields {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  tags: string[];
  archivedAt: string | null;
}

export const PERSON_FIELDS = 'id firstName lastName email tags archivedAt';

export async function createPerson(
  client: GatewayClient,
  token: string,
  input: { firstName: string; lastName: string; email?: string; tags?: string[] },
): Promise<PersonFields> {
  const { createPerson } = await client.data<{ createPerson: PersonFields }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`,
    { input },
    { token },
  );
  return createPerson;
}

/** The invitation token membership's development mailer recorded for `email`. */
export async function invitationToken(sql: TenantSql, tenantId: string, email: string): Promise<string> {
  const rows = await sql.query<{ body: string }>(
    tenantId,
    'select body from membership.sent_mail where to_address = $1 order by sent_at desc limit 1',
    [email],
  );
  const token = /[?&]token=([^\s&]+)/.exec(rows[0]?.body ?? '')?.[1];
  if (!token) throw new Error(`no invitation mail for ${email}`);
  return decodeURIComponent(token);
}

/** Invites `email` with `role` as the owner and accepts; returns the new member's session. */
export async function addMember(
  client: GatewayClient,
  sql: TenantSql,
  owner: AuthPayload,
  role: 'ADMIN' | 'ORGANIZER' | 'VIEWER',
): Promise<AuthPayload & { email: string }> {
  const email = uniqueEmail(role.toLowerCase());
  await client.data(
    `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
    { input: { email, role } },
    { token: owner.accessToken },
  );
  const token = await invitationToken(sql, owner.coalition.id, email);
  const { acceptInvitation } = await client.data<{ acceptInvitation: AuthPayload }>(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { token, name: `Member ${role}`, password: PASSWORD } },
  );
  return { ...acceptInvitation, email };
}
