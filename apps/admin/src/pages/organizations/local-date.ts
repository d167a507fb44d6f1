/** Calendar dates (`LocalDate`, e.g. 2026-01-31) are days, not instants: read and shown in local time. */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

function localDay(value: string): Date {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function formatLocalDate(value: string | null | undefined): string {
  return value ? dayFormat.format(localDay(value)) : '—';
}

export function formatShortLocalDate(value: string): string {
  return shortDayFormat.format(localDay(value));
}

export function toLocalDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function todayLocalDate(): string {
  return toLocalDate(new Date());
}

export function addDays(value: string, days: number): string {
  const date = localDay(value);
  date.setDate(date.getDate() + days);
  return toLocalDate(date);
}

/** `from – to`, or `since from` while open; empty when neither is known. */
export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return `${formatLocalDate(from)} – ${formatLocalDate(to)}`;
  if (from) return `Since ${formatLocalDate(from)}`;
  if (to) return `Until ${formatLocalDate(to)}`;
  return '';
}
