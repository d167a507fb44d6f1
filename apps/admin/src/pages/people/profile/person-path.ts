import { generatePath } from 'react-router';
import { PATHS } from '../../../app/paths';

/** The profile page of one person. */
export const personPath = (id: string) => generatePath(PATHS.person, { id });
