import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';
import type { Campaign } from './campaign';

export const CampaignErrorCode = {
  CAMPAIGN_NOT_FOUND: 'CAMPAIGN_NOT_FOUND',
  SEGMENT_NOT_FOUND: 'SEGMENT_NOT_FOUND',
  STATUS_BACKWARDS: 'STATUS_BACKWARDS',
  ENDS_BEFORE_START: 'ENDS_BEFORE_START',
} as const;
export type CampaignErrorCode = (typeof CampaignErrorCode)[keyof typeof CampaignErrorCode];

export class CampaignException extends DomainError {
  constructor(reason: CampaignErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: CampaignErrorCode): ErrorCode {
  switch (reason) {
    case CampaignErrorCode.CAMPAIGN_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case CampaignErrorCode.SEGMENT_NOT_FOUND:
    case CampaignErrorCode.ENDS_BEFORE_START:
      return ErrorCode.BAD_USER_INPUT;
    case CampaignErrorCode.STATUS_BACKWARDS:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a campaign request can fail, each naming the field at fault. */
export const CampaignErrors = {
  notFound: (id: string, field = 'id') =>
    new CampaignException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, `listening campaign ${id} was not found`, {
      field,
    }),
  segmentNotFound: () =>
    new CampaignException(
      CampaignErrorCode.SEGMENT_NOT_FOUND,
      ...fieldProblem('audienceSegmentId', 'is not a saved segment of this coalition'),
    ),
  endsBeforeStart: () =>
    new CampaignException(
      CampaignErrorCode.ENDS_BEFORE_START,
      ...fieldProblem('endsOn', 'must not be before startsOn'),
    ),
  statusBackwards: (campaign: Campaign, to: string) =>
    new CampaignException(
      CampaignErrorCode.STATUS_BACKWARDS,
      `campaign ${campaign.id} is ${campaign.status}; it cannot go back to ${to}`,
      { field: 'status' },
    ),
};
