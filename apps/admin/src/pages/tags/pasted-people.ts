const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface PastedPeople {
  ids: string[];
  emails: string[];
  /** Lines that are neither a person id nor an email address. */
  unreadable: string[];
}

/** Splits a pasted list (one per line, or separated by commas, semicolons or tabs) into person ids and emails. */
export function parsePastedPeople(text: string): PastedPeople {
  const entries = [
    ...new Set(
      text
        .split(/[\n\r,;\t]+/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
  return {
    ids: entries.filter((entry) => UUID.test(entry)).map((entry) => entry.toLowerCase()),
    emails: entries
      .filter((entry) => !UUID.test(entry) && EMAIL.test(entry))
      .map((entry) => entry.toLowerCase()),
    unreadable: entries.filter((entry) => !UUID.test(entry) && !EMAIL.test(entry)),
  };
}

/** Splits ids into batches that fit the gateway's request size limit (about 2,500 ids per request). */
export function batches<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
