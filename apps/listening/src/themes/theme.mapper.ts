import type { ThemeDto } from '@groundwork/contracts';
import type { Theme } from './theme';

export function toThemeDto(theme: Theme): ThemeDto {
  return { ...theme, createdAt: theme.createdAt.toISOString() };
}
