import type { Role } from '@groundwork/contracts';
import type { OutgoingMail } from '../mail/mailer';

export interface InvitationMailInput {
  to: string;
  coalitionName: string;
  role: Role;
  token: string;
  expiresAt: Date;
  publicUrl: string;
}

export function invitationMail(input: InvitationMailInput): OutgoingMail {
  const acceptUrl = new URL('/accept-invitation', input.publicUrl);
  acceptUrl.searchParams.set('token', input.token);
  return {
    to: input.to,
    subject: `You are invited to ${input.coalitionName} on Groundwork`,
    text: [
      `You have been invited to join ${input.coalitionName} on Groundwork as ${input.role.toLowerCase()}.`,
      '',
      `Accept the invitation and set your password here:`,
      acceptUrl.toString(),
      '',
      `This link works once and expires on ${input.expiresAt.toUTCString()}.`,
      `If you did not expect this invitation, you can ignore this message.`,
    ].join('\n'),
  };
}
