import { ApiTokensResolver } from './api-tokens/api-tokens.resolver';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { OverviewResolver } from './overview/overview.resolver';
import { organizationsResolvers } from './organizations/organizations.resolvers';
import { relationshipsResolvers } from './relationships/relationships.resolvers';
import { ladderResolvers } from './ladder/ladder.resolvers';
import { LeadershipResolver } from './leadership/leadership.resolver';
import { consentResolvers } from './consent/consent.resolvers';
import { tagsResolvers } from './tags/tags.resolvers';
import { PeopleResolver } from './people/people.resolver';
import { PersonProfileResolver } from './people/person-profile.resolver';
import { CustomFieldsResolver } from './custom-fields/custom-fields.resolver';
import { DemographicsResolver } from './demographics/demographics.resolver';
import { NotesResolver } from './notes/notes.resolver';
import { PersonNoteResolver } from './notes/person-note.resolver';
import { TimelineEntryResolver, TimelineResolver } from './timeline/timeline.resolver';
import { ImportsResolver } from './imports/imports.resolver';
import { SegmentsResolver } from './segments/segments.resolver';
import { duplicatesResolvers } from './duplicates/duplicates.resolvers';
import { InvitationsResolver } from './users/invitations.resolver';
import { UsersResolver } from './users/users.resolver';
import { PrioritizationResolver } from './prioritization/prioritization.resolver';

/** Every resolver of the public API: the app provides them and the schema printer reads them. */
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
  ...organizationsResolvers,
  ...relationshipsResolvers,
  ...ladderResolvers,
  LeadershipResolver,
  ...consentResolvers,
  ...tagsResolvers,
  ImportsResolver,
  SegmentsResolver,
  ...duplicatesResolvers,
  PrioritizationResolver,
];
