import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as before from './hand-written-schema';
import {
  DATASET_COLUMNS,
  geographySchema,
  observationSchema,
  sourceSchema,
} from '../../src/data/schema';

const value = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'offences',
    'platform_offences',
    'platform_share',
    'age_band_share',
    'sex_share',
    'offences_change',
    'platform_bogus',
    'age_band_x',
    '2018/19',
    '2017/18-2024/25',
    '2018/20',
    '1999/00',
    '2020-01..2020-12',
    'england-wales',
    'uk',
    'atlantis',
    'instagram',
    'value',
    'year',
    'Bad Id',
    '4,373',
    '4,37',
    '12.5',
    '-5',
    '101',
    '1234567890123456',
    '0',
    'female',
    'girls',
    'published',
    'derived',
    'approximate',
    'guessed',
    'nspcc-2019-09',
    'nspcc-2019',
    '2019-09',
    'Sept 2019',
    'H',
    'M',
    'L',
    'over',
    'under',
    'revised-2024',
    'region',
    'force',
    'https://x.org/a',
    'http://x',
    '2019-09-11',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 6 }),
);

/** Rows of any of the columns, some absent. */
const row = (columns: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...columns), value, { maxKeys: columns.length });

const observationCtx = {
  geographies: new Set(['england-wales', 'uk']),
  sources: new Set(['nspcc-2019-09']),
};

const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'date', 'url', 'confidence', 'note'];
const GEOGRAPHY_COLUMNS = ['id', 'name', 'type', 'parent', 'note'];

describe('the valibot row checks give what the hand-written ones gave', () => {
  it.each([true, false])('observations (source required: %s)', (requireSource) => {
    const ctx = { ...observationCtx, requireSource };
    const ours = observationSchema(ctx);
    const theirs = before.observationSchema(ctx);
    fc.assert(
      fc.property(row([...DATASET_COLUMNS, 'extra']), (raw) => {
        expect(ours.safeParse(raw)).toEqual(theirs.safeParse(raw));
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['sources', sourceSchema, before.sourceSchema, SOURCE_COLUMNS],
    ['geographies', geographySchema, before.geographySchema, GEOGRAPHY_COLUMNS],
  ] as const)('%s', (_, ours, theirs, columns) => {
    fc.assert(
      fc.property(row(columns), (raw) => {
        expect(ours.safeParse(raw)).toEqual(theirs.safeParse(raw));
      }),
      { numRuns: 10000 },
    );
  });
});
