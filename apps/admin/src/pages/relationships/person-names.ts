interface Named {
  firstName: string;
  lastName: string;
}

export function fullName(person: Named | null | undefined): string {
  return person ? `${person.firstName} ${person.lastName}`.trim() : 'Someone no longer here';
}
