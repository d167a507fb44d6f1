import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const ConversationErrorCode = {
  CONVERSATION_NOT_FOUND: 'CONVERSATION_NOT_FOUND',
  PERSON_NOT_FOUND: 'PERSON_NOT_FOUND',
  SPEAKER_NOT_A_PARTICIPANT: 'SPEAKER_NOT_A_PARTICIPANT',
  CAMPAIGN_NOT_FOUND: 'CAMPAIGN_NOT_FOUND',
} as const;
export type ConversationErrorCode = (typeof ConversationErrorCode)[keyof typeof ConversationErrorCode];

export class ConversationException extends DomainError {
  constructor(reason: ConversationErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: ConversationErrorCode): ErrorCode {
  switch (reason) {
    case ConversationErrorCode.CONVERSATION_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case ConversationErrorCode.PERSON_NOT_FOUND:
    case ConversationErrorCode.SPEAKER_NOT_A_PARTICIPANT:
    case ConversationErrorCode.CAMPAIGN_NOT_FOUND:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a conversation or concern request can fail, each naming the field at fault. */
export const ConversationErrors = {
  notFound: (id: string, field = 'id') =>
    new ConversationException(
      ConversationErrorCode.CONVERSATION_NOT_FOUND,
      `conversation ${id} was not found`,
      { field },
    ),
  personNotFound: (field: string) =>
    new ConversationException(
      ConversationErrorCode.PERSON_NOT_FOUND,
      ...fieldProblem(field, 'is not a person of this coalition'),
    ),
  speakerNotAParticipant: (field: string) =>
    new ConversationException(
      ConversationErrorCode.SPEAKER_NOT_A_PARTICIPANT,
      ...fieldProblem(field, 'must be one of the participants'),
    ),
  campaignNotFound: (field = 'campaignId') =>
    new ConversationException(
      ConversationErrorCode.CAMPAIGN_NOT_FOUND,
      ...fieldProblem(field, 'is not a listening campaign of this coalition'),
    ),
};
