import { PATHS } from '../../app/paths';

export function organizationPath(organizationId: string): string {
  return `${PATHS.organizations}/${organizationId}`;
}

/** The person's profile page (owned by the people pages). */
export function personPath(personId: string): string {
  return `${PATHS.people}/${personId}`;
}

export function personGraphPath(personId: string): string {
  return `${PATHS.relationships}/${personId}`;
}
