import { generatePath } from 'react-router';
import { PATHS } from '../../app/paths';

export const NEW_IMPORT_PATH = `${PATHS.imports}/new`;
export const IMPORT_JOB_ROUTE = `${PATHS.imports}/:importId`;

/** The page of one import: its mapping while uploaded, its progress while running, its result after. */
export const importJobPath = (importId: string) => generatePath(IMPORT_JOB_ROUTE, { importId });
