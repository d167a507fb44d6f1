import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PersonAffiliationsDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { AffiliationsCard } from './AffiliationsCard';
import type { AffiliationRow } from './AffiliationsTable';
import { organizationPath } from './organization-paths';

const PAGE_SIZE = 10;
const AFFILIATIONS_QUERY_CONTEXT = { additionalTypenames: ['Affiliation'] };

/** A person's organizations, for the person profile: add, end and remove affiliations. */
export function PersonAffiliationsSection({ personId }: { personId: string }) {
  const { canEditPeople } = usePermissions();
  const [includeEnded, setIncludeEnded] = useState(false);
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: PersonAffiliationsDocument,
    variables: { personId, first: PAGE_SIZE, after: paging.after, includeEnded },
    context: AFFILIATIONS_QUERY_CONTEXT,
  });
  const connection = data?.person?.affiliations;
  const rows: AffiliationRow[] | undefined = connection?.edges.map(({ node }) => {
    const name = node.organization?.name ?? 'An organization no longer here';
    return {
      id: node.id,
      name,
      link: node.organization ? organizationPath(node.organization.id) : null,
      role: node.role ?? null,
      startedOn: node.startedOn ?? null,
      endedOn: node.endedOn ?? null,
      description: node.role ? `${node.role} at ${name}` : `Affiliation with ${name}`,
    };
  });

  return (
    <AffiliationsCard
      title="Organizations"
      nameHeader="Organization"
      anchor={{ personId }}
      rows={rows}
      editable={canEditPeople}
      includeEnded={includeEnded}
      onIncludeEndedChange={(value) => {
        setIncludeEnded(value);
        paging.goToFirstPage();
      }}
      emptyMessage={
        includeEnded
          ? 'Never affiliated with an organization.'
          : 'Not affiliated with any organization right now.'
      }
      status={
        error && !data ? (
          <ErrorState
            error={error}
            title="Could not load their organizations"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading organizations…" />
        ) : null
      }
      pager={
        connection && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="organizations" />
        )
      }
    />
  );
}
