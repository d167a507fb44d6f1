import { PATHS } from '../../app/paths';

export const newSegmentPath = () => `${PATHS.segments}/new`;

/** The builder for one saved segment. */
export const segmentPath = (id: string) => `${PATHS.segments}/${id}`;
