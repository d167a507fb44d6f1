import { inputErrorField } from './input-error-field';

describe('inputErrorField', () => {
  it.each([
    [
      'Variable "$input" got invalid value 5 at "input.firstName"; String cannot represent a non string value: 5',
      'firstName',
    ],
    [
      'Variable "$input" got invalid value 7 at "input.tags[1]"; String cannot represent a non string value: 7',
      'tags.1',
    ],
    [
      'Variable "$input" got invalid value { lastName: "x" }; Field "firstName" of required type "String!" was not provided.',
      'firstName',
    ],
    [
      'Variable "$input" got invalid value { x: 1 }; Field "x" is not defined by type "CreatePersonInput".',
      'x',
    ],
    ['Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', 'first'],
    ['Variable "$input" of required type "SignUpInput!" was not provided.', 'input'],
    ['Field "CreatePersonInput.firstName" of required type "String!" was not provided.', 'firstName'],
    ['Argument "id" of required type "ID!" was not provided.', 'id'],
  ])('%s → %s', (message, field) => {
    expect(inputErrorField(message)).toBe(field);
  });

  it('is undefined when the message names no field', () => {
    expect(inputErrorField('Syntax Error: Unexpected Name "quer".')).toBeUndefined();
  });
});
