import type { ConsentChannel, ConsentRecordDto, ConsentStatus } from '@groundwork/contracts';

export interface ConsentRecordRow {
  id: string;
  person_id: string;
  channel: ConsentChannel;
  status: ConsentStatus;
  source: string;
  wording: string;
  recorded_at: Date;
  recorded_by: string | null;
}

export const toConsentRecordDto = (row: ConsentRecordRow): ConsentRecordDto => ({
  id: row.id,
  personId: row.person_id,
  channel: row.channel,
  status: row.status,
  source: row.source,
  wording: row.wording,
  recordedAt: row.recorded_at.toISOString(),
  recordedBy: row.recorded_by,
});
