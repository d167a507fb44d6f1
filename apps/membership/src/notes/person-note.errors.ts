import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const PersonNoteErrorCode = {
  NOTE_NOT_FOUND: 'NOTE_NOT_FOUND',
  NOTE_EDIT_FORBIDDEN: 'NOTE_EDIT_FORBIDDEN',
} as const;
export type PersonNoteErrorCode = (typeof PersonNoteErrorCode)[keyof typeof PersonNoteErrorCode];

export class PersonNoteException extends DomainError {
  constructor(reason: PersonNoteErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: PersonNoteErrorCode): ErrorCode {
  switch (reason) {
    case PersonNoteErrorCode.NOTE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case PersonNoteErrorCode.NOTE_EDIT_FORBIDDEN:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(reason);
  }
}

export const PersonNoteErrors = {
  notFound: (id: string) =>
    new PersonNoteException(PersonNoteErrorCode.NOTE_NOT_FOUND, `note ${id} was not found`),
  editForbidden: () =>
    new PersonNoteException(
      PersonNoteErrorCode.NOTE_EDIT_FORBIDDEN,
      'only its author or an ADMIN can edit this note',
    ),
};
