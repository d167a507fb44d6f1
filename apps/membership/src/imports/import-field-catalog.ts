import { Injectable } from '@nestjs/common';
import { personFields, type ImportFieldDto, type ImportMatchOn } from '@groundwork/contracts';
import { DataSource } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { IMPORT_FIELDS, headerKey, type ImportField } from './import-fields';

/** A field of the catalogue that this build can import, with the people column it fills. */
export interface AvailableImportField extends ImportField {
  column: string;
}

/**
 * The catalogue narrowed to the fields the people contract validates and the person entity maps,
 * with their columns; suggests a mapping from a file's headers.
 */
@Injectable()
export class ImportFieldCatalog {
  readonly fields: AvailableImportField[];
  /** Every column of `people` the entity maps. */
  readonly peopleColumns: Set<string>;
  private readonly byKey: Map<string, AvailableImportField>;
  private readonly byAlias = new Map<string, string>();

  constructor(dataSource: DataSource) {
    const columns = new Map(
      dataSource
        .getMetadata(PersonEntity)
        .columns.map((column) => [column.propertyName, column.databaseName]),
    );
    this.peopleColumns = new Set(columns.values());
    this.fields = IMPORT_FIELDS.flatMap((field) => {
      const column = columns.get(field.key);
      return column && field.key in personFields ? [{ ...field, column }] : [];
    });
    this.byKey = new Map(this.fields.map((field) => [field.key, field]));
    for (const field of this.fields) {
      for (const alias of [field.key, field.label, ...field.aliases]) {
        if (!this.byAlias.has(headerKey(alias))) this.byAlias.set(headerKey(alias), field.key);
      }
    }
  }

  get(key: string): AvailableImportField | undefined {
    return this.byKey.get(key);
  }

  /** The field `matchOn` compares, when this build has it. */
  matchField(matchOn: ImportMatchOn): AvailableImportField | undefined {
    return this.fields.find((field) => field.matchOn === matchOn);
  }

  describe(): ImportFieldDto[] {
    return this.fields.map((field) => ({
      key: field.key,
      label: field.label,
      requiredToCreate: field.requiredToCreate ?? false,
      matchable: field.matchOn !== undefined,
    }));
  }

  /** Each column's likely field; a field is suggested for its first matching column only. */
  suggest(columns: string[]): Array<{ column: string; field: string | null }> {
    const taken = new Set<string>();
    return columns.map((column) => {
      const field =
        this.byAlias.get(headerKey(column)) ??
        this.byAlias.get(headerKey(column.replace(/^(primary|home|work|personal)[\s_]+/i, '')));
      if (!field || taken.has(field)) return { column, field: null };
      taken.add(field);
      return { column, field };
    });
  }
}
