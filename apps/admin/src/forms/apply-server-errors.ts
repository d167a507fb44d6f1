import type { UseFormReturnType } from '@mantine/form';
import type { CombinedError } from 'urql';
import { fieldErrors } from '../api/graphql-errors';

/**
 * Shows the gateway's field errors (BAD_USER_INPUT, CONFLICT) inline on the form fields they name;
 * `tags.1` lands on `tags`. Returns true when every field named has a place on this form, so no
 * other message is needed.
 */
export function applyServerErrors<Values extends object>(
  form: UseFormReturnType<Values>,
  error: CombinedError,
): boolean {
  const errors = fieldErrors(error);
  const formFields = Object.keys(form.getValues());
  const placed = errors.filter(({ field, message }) => {
    const formField = field.split('.')[0];
    if (formField === undefined || !formFields.includes(formField)) return false;
    form.setFieldError(formField, sentenceCase(message));
    return true;
  });
  return errors.length > 0 && placed.length === errors.length;
}

/** Services word field messages as fragments ("must be a valid email address"); show them as sentences. */
function sentenceCase(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
