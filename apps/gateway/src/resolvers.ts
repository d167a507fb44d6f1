import { ApiTokensResolver } from './api-tokens/api-tokens.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { ConsentRecordResolver, PersonConsentResolver } from './consent/consent.resolver';
import { CustomFieldsResolver } from './custom-fields/custom-fields.resolver';
import { DemographicsResolver } from './demographics/demographics.resolver';
import { DuplicatesResolver } from './duplicates/duplicates.resolver';
import { ErasureResolver } from './erasure/erasure.resolver';
import { ImportsResolver } from './imports/imports.resolver';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { LadderBoardResolver } from './ladder/ladder-board.resolver';
import { AssessmentResolver, LevelChangeResolver, PersonLevelResolver } from './ladder/ladder-links.resolver';
import { LadderResolver } from './ladder/ladder.resolver';
import { PersonLadderResolver } from './ladder/person-ladder.resolver';
import { LeadershipResolver } from './leadership/leadership.resolver';
import { PersonMergesResolver } from './merge/person-merges.resolver';
import { NotesResolver } from './notes/notes.resolver';
import { PersonNoteResolver } from './notes/person-note.resolver';
import {
  OneOnOnesResolver,
  PersonOneOnOnesResolver,
  WeeklyOneOnOnesResolver,
} from './one-on-ones/one-on-ones.resolver';
import { AffiliationsResolver, PersonAffiliationsResolver } from './organizations/affiliations.resolver';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OverviewResolver } from './overview/overview.resolver';
import { PeopleResolver } from './people/people.resolver';
import { PersonProfileResolver } from './people/person-profile.resolver';
import { PersonDataResolver } from './person-data/person-data.resolver';
import { PrioritizationResolver } from './prioritization/prioritization.resolver';
import { LeaderRelationshipsResolver } from './relationships/leader-relationships.resolver';
import {
  PersonRelationshipsResolver,
  RelationalGraphNodeResolver,
  RelationshipsResolver,
} from './relationships/relationships.resolver';
import { SegmentsResolver } from './segments/segments.resolver';
import { TagGroupResolver, TagResolver } from './tags/tag-links.resolver';
import { TagsResolver } from './tags/tags.resolver';
import { TimelineEntryResolver, TimelineResolver } from './timeline/timeline.resolver';
import { UsersResolver } from './users/users.resolver';

/**
 * Every resolver of the public API: the app provides them and the schema printer reads them. One
 * list, by folder, so a resolver is registered in one place only.
 */
export const resolvers = [
  AuthResolver,
  UsersResolver,
  InvitationsResolver,
  ApiTokensResolver,
  AuditLogResolver,
  PeopleResolver,
  PersonProfileResolver,
  CustomFieldsResolver,
  DemographicsResolver,
  NotesResolver,
  PersonNoteResolver,
  TimelineResolver,
  TimelineEntryResolver,
  OverviewResolver,
  OrganizationsResolver,
  AffiliationsResolver,
  PersonAffiliationsResolver,
  RelationshipsResolver,
  RelationalGraphNodeResolver,
  PersonRelationshipsResolver,
  LeaderRelationshipsResolver,
  OneOnOnesResolver,
  WeeklyOneOnOnesResolver,
  PersonOneOnOnesResolver,
  LadderResolver,
  LadderBoardResolver,
  PersonLadderResolver,
  PersonLevelResolver,
  LevelChangeResolver,
  AssessmentResolver,
  LeadershipResolver,
  PersonConsentResolver,
  ConsentRecordResolver,
  TagsResolver,
  TagResolver,
  TagGroupResolver,
  ImportsResolver,
  SegmentsResolver,
  DuplicatesResolver,
  PersonMergesResolver,
  PersonDataResolver,
  ErasureResolver,
  PrioritizationResolver,
];
