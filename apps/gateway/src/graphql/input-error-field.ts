/**
 * The input field a GraphQL coercion or validation message is about, in the dotted form services
 * use (`email`, `tags.1`), so every BAD_USER_INPUT names its field the same way. graphql-js only
 * says it in prose:
 *   Variable "$input" got invalid value 5 at "input.tags[1]"; String cannot represent …
 *   Variable "$input" got invalid value {…}; Field "firstName" of required type "String!" was not provided.
 *   Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"
 *   Field "CreatePersonInput.firstName" of required type "String!" was not provided.
 *   Argument "id" of required type "ID!" was not provided.
 */
export function inputErrorField(message: string): string | undefined {
  const at = /\bat "([^"]+)"/.exec(message)?.[1];
  // The path starts with the variable's name; the fields inside it follow.
  const path = at
    ? at
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .slice(1)
    : [];
  const field = /Field "(?:[^".]+\.)?([^".]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  if (field) path.push(field);
  if (path.length > 0) return path.join('.');
  return /^(?:Variable "\$|Argument ")([^"]+)"/.exec(message)?.[1];
}
