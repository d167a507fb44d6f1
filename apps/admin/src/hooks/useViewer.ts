import { useContext } from 'react';
import { ViewerContext, type Viewer } from '../viewer/ViewerContext';

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available inside the signed-in layout');
  return viewer;
}
