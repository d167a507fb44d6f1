import { Logger } from '@nestjs/common';
import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { FactoryProvider } from '@nestjs/common';
import { invitationMail } from '../invitations/invitation-mail';
import { membershipEnvSchema } from '../config';
import { DevelopmentMailer } from './development-mailer';
import { DEVELOPMENT_MAILER_IN_PRODUCTION, mailerProvider } from './mailer.provider';

const TENANT = '7f4c9d2e-8a1b-4c3d-9e5f-6a7b8c9d0e1f';
const TOKEN = `gwi_${TENANT}_${'s'.repeat(43)}`;

function fakes() {
  const inserted: unknown[] = [];
  const context = { tenantId: () => TENANT } as unknown as TenantContext;
  const unitOfWork = { run: (work: () => Promise<unknown>) => work() } as unknown as UnitOfWork;
  const txHost = {
    tx: { getRepository: () => ({ insert: async (row: unknown) => void inserted.push(row) }) },
  } as unknown as TransactionHost<TransactionalAdapterTypeOrm>;
  return { context, unitOfWork, txHost, inserted };
}

describe('DevelopmentMailer', () => {
  afterEach(() => jest.restoreAllMocks());

  it('records the mail but never logs its secret link', async () => {
    const logged: unknown[] = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => void logged.push(message));
    const { context, unitOfWork, txHost, inserted } = fakes();
    const mail = invitationMail({
      to: 'invitee@example.org',
      coalitionName: 'Eastside',
      role: 'ADMIN',
      token: TOKEN,
      publicUrl: 'http://localhost:4000',
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    });
    expect(mail.text).toContain(encodeURIComponent(TOKEN).slice(0, 20));

    await new DevelopmentMailer(context, unitOfWork, txHost).send(mail);

    expect(JSON.stringify(inserted)).toContain('invitee@example.org');
    expect(logged).toHaveLength(1);
    const line = JSON.stringify(logged);
    expect(line).not.toContain('s'.repeat(43));
    expect(line).not.toContain('token=');
    expect(line).not.toContain('invitee@example.org');
  });

  it('warns loudly when production has no SMTP', () => {
    const warnings: unknown[] = [];
    jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation((message: unknown) => void warnings.push(message));
    const { context, unitOfWork, txHost } = fakes();
    const factory = (mailerProvider as FactoryProvider).useFactory;
    const config = (env: Record<string, string>) => membershipEnvSchema.parse({ HTTP_PORT: '0', ...env });

    factory(config({ NODE_ENV: 'development' }), context, unitOfWork, txHost);
    expect(warnings).toEqual([]);
    expect(factory(config({ NODE_ENV: 'production' }), context, unitOfWork, txHost)).toBeInstanceOf(
      DevelopmentMailer,
    );
    expect(warnings).toEqual([DEVELOPMENT_MAILER_IN_PRODUCTION]);
  });
});
