/**
 * The fields an import can fill, as data: add a field here (with the column names common organizing
 * CRM exports use for it) and it can be mapped, previewed, validated and imported. `key` is the
 * person field of the people contract (`personFields`), validated by the same schema and normalizer
 * as `membership.person.create`; a field whose key the person entity does not map is left out at
 * start-up, so the catalogue may name fields before their column exists.
 *
 * `kind` says how a cell becomes a request value: `text` as is, `list` split on , ; or |, `boolean`
 * from yes/no/true/false/1/0.
 *
 * Aliases are compared after lower-casing and dropping everything but letters and digits, so
 * "First Name", "first_name" and "FIRSTNAME" are one alias. Sources: Action Network (first_name,
 * can2_phone, zip_code, can2_user_tags), NationBuilder (first_name, email1, mobile_number,
 * primary_zip, tag_list, nationbuilder_id), EveryAction/VAN (FirstName, VANID, Zip5, CellPhone),
 * Action Builder (First Name, Email Address, Phone Number, Zip Code), Mailchimp (Email Address,
 * First Name, TAGS, LEID).
 */
export interface ImportField {
  key: string;
  label: string;
  kind: 'text' | 'list' | 'boolean';
  aliases: string[];
  /** Needed to create a person. */
  requiredToCreate?: boolean;
  /** Usable as `matchOn`. */
  matchOn?: 'EMAIL' | 'PHONE' | 'EXTERNAL_ID';
}

export const IMPORT_FIELDS: ImportField[] = [
  {
    key: 'firstName',
    label: 'First name',
    kind: 'text',
    requiredToCreate: true,
    aliases: [
      'first_name',
      'first name',
      'firstname',
      'given_name',
      'given name',
      'forename',
      'fname',
      'first',
    ],
  },
  {
    key: 'lastName',
    label: 'Last name',
    kind: 'text',
    requiredToCreate: true,
    aliases: ['last_name', 'last name', 'lastname', 'family_name', 'family name', 'surname', 'lname', 'last'],
  },
  {
    key: 'email',
    label: 'Email',
    kind: 'text',
    matchOn: 'EMAIL',
    aliases: [
      'email',
      'email address',
      'email_address',
      'e-mail',
      'email1',
      'primary_email',
      'primary email',
      'personal email',
      'preferred email',
      'can2_email',
      'emailaddress',
    ],
  },
  {
    key: 'phone',
    label: 'Phone',
    kind: 'text',
    matchOn: 'PHONE',
    aliases: [
      'phone',
      'phone number',
      'phone_number',
      'mobile',
      'mobile_number',
      'mobile number',
      'mobile phone',
      'cell',
      'cell phone',
      'cellphone',
      'cell_phone',
      'can2_phone',
      'can2_sms_phone',
      'primary_phone',
      'preferred phone',
      'home phone',
      'phone1',
      'telephone',
      'tel',
    ],
  },
  {
    key: 'phoneSms',
    label: 'Phone takes SMS',
    kind: 'boolean',
    aliases: [
      'sms',
      'sms opt in',
      'sms_opt_in',
      'sms optin',
      'mobile_opt_in',
      'text opt in',
      'can2_sms_opt_in',
      'is_mobile_opted_in',
    ],
  },
  {
    key: 'postalCode',
    label: 'Postal code',
    kind: 'text',
    aliases: [
      'zip',
      'zip_code',
      'zip code',
      'zipcode',
      'zip5',
      'postal_code',
      'postal code',
      'postcode',
      'post code',
      'primary_zip',
      'address_zip',
      'billing_zip',
      'plz',
    ],
  },
  {
    key: 'preferredLanguage',
    label: 'Preferred language',
    kind: 'text',
    aliases: [
      'language',
      'preferred_language',
      'preferred language',
      'lang',
      'locale',
      'language preference',
    ],
  },
  {
    key: 'externalId',
    label: 'External id',
    kind: 'text',
    matchOn: 'EXTERNAL_ID',
    aliases: [
      'external_id',
      'external id',
      'id',
      'uuid',
      'vanid',
      'van id',
      'nationbuilder_id',
      'nationbuilder id',
      'action_network_id',
      'an_id',
      'leid',
      'euid',
      'contact id',
      'contact_id',
      'member id',
      'member_id',
      'record id',
    ],
  },
  {
    key: 'tags',
    label: 'Tags',
    kind: 'list',
    aliases: ['tags', 'tag', 'tag_list', 'tag list', 'can2_user_tags', 'labels', 'activist codes'],
  },
  {
    key: 'pronouns',
    label: 'Pronouns',
    kind: 'text',
    aliases: ['pronouns', 'pronoun', 'preferred pronouns'],
  },
  {
    key: 'joinedOn',
    label: 'Joined date',
    kind: 'text',
    aliases: [
      'joined',
      'joined_on',
      'joined on',
      'join date',
      'join_date',
      'date joined',
      'member since',
      'created_at',
      'signup date',
      'optin_time',
    ],
  },
  {
    key: 'addressLine1',
    label: 'Address line 1',
    kind: 'text',
    aliases: [
      'address',
      'address1',
      'address_1',
      'address line 1',
      'address_line1',
      'street',
      'street address',
      'primary_address1',
      'address_address1',
      'addressline1',
    ],
  },
  {
    key: 'addressLine2',
    label: 'Address line 2',
    kind: 'text',
    aliases: [
      'address2',
      'address_2',
      'address line 2',
      'address_line2',
      'apt',
      'unit',
      'primary_address2',
      'address_address2',
    ],
  },
  {
    key: 'city',
    label: 'City',
    kind: 'text',
    aliases: ['city', 'town', 'primary_city', 'address_city', 'locality'],
  },
  {
    key: 'region',
    label: 'State or region',
    kind: 'text',
    aliases: ['state', 'region', 'province', 'county', 'primary_state', 'address_state', 'state/province'],
  },
  {
    key: 'country',
    label: 'Country',
    kind: 'text',
    aliases: ['country', 'country_code', 'country code', 'primary_country_code'],
  },
  {
    key: 'sourceDetail',
    label: 'Where they came from',
    kind: 'text',
    aliases: [
      'source',
      'source_detail',
      'source detail',
      'signup source',
      'signup_source',
      'utm_source',
      'how heard',
      'how did you hear about us',
      'referrer',
      'lead source',
    ],
  },
  {
    key: 'area',
    label: 'Area or neighbourhood',
    kind: 'text',
    aliases: ['area', 'neighborhood', 'neighbourhood', 'district', 'ward', 'precinct', 'turf'],
  },
];

/** Lower case, letters and digits only: the form headers and aliases are compared in. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
