import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { OrganizationPeopleDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { fullName } from '../relationships/person-names';
import { AffiliationsCard } from './AffiliationsCard';
import type { AffiliationRow } from './AffiliationsTable';
import { personPath } from './organization-paths';

const PAGE_SIZE = 20;
const AFFILIATIONS_QUERY_CONTEXT = { additionalTypenames: ['Affiliation'] };

export function OrganizationPeople({
  organizationId,
  organizationName,
  editable,
}: {
  organizationId: string;
  organizationName: string;
  editable: boolean;
}) {
  const [includeEnded, setIncludeEnded] = useState(false);
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: OrganizationPeopleDocument,
    variables: { id: organizationId, first: PAGE_SIZE, after: paging.after, includeEnded },
    context: AFFILIATIONS_QUERY_CONTEXT,
  });
  const connection = data?.organization?.people;
  const rows: AffiliationRow[] | undefined = connection?.edges.map(({ node }) => ({
    id: node.id,
    name: fullName(node.person),
    link: node.person ? personPath(node.person.id) : null,
    role: node.role ?? null,
    startedOn: node.startedOn ?? null,
    endedOn: node.endedOn ?? null,
    description: `${fullName(node.person)} at ${organizationName}`,
  }));

  return (
    <AffiliationsCard
      title="People"
      nameHeader="Person"
      anchor={{ organizationId }}
      rows={rows}
      editable={editable}
      includeEnded={includeEnded}
      onIncludeEndedChange={(value) => {
        setIncludeEnded(value);
        paging.goToFirstPage();
      }}
      emptyMessage={includeEnded ? 'No one has been affiliated yet.' : 'No one is affiliated right now.'}
      status={
        error && !data ? (
          <ErrorState
            error={error}
            title="Could not load its people"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading people…" />
        ) : null
      }
      pager={
        connection && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="people" />
        )
      }
    />
  );
}
