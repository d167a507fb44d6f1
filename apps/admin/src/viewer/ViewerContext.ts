import { createContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['me'];

/** Set by the signed-in layout once `me` has loaded; pages below it can rely on it. */
export const ViewerContext = createContext<Viewer | null>(null);
