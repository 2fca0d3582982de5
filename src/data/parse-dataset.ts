// Reading and checking the bundled files: loaded beside their download (data/queries.ts), so the
// reader, the row checks and valibot are not in the page's first script.
import { parseTable } from './csv';
import {
  GEOGRAPHY_COLUMNS,
  OBSERVATION_COLUMNS,
  SOURCE_COLUMNS,
  geographySchema,
  observationSchema,
  sourceSchema,
} from './schema';
import {
  DataFileError,
  buildEntries,
  observationWarnings,
  type DataTexts,
  type Dataset,
} from './dataset';

/** Parses and cross-checks the three files; throws a DataFileError naming the first bad file. */
export function parseDataset(texts: DataTexts): Dataset {
  const geographyTable = parseTable(texts['geographies.csv'], geographySchema, GEOGRAPHY_COLUMNS);
  const geographies = new Map(geographyTable.rows.map((g) => [g.id, g]));
  for (const g of geographyTable.rows) {
    if (g.parent && !geographies.has(g.parent))
      geographyTable.errors.push({
        row: g.row,
        column: 'parent',
        message: `unknown geography "${g.parent}"`,
      });
  }
  if (geographyTable.errors.length)
    throw new DataFileError('geographies.csv', geographyTable.errors, 'invalid');

  const sourceTable = parseTable(texts['sources.csv'], sourceSchema, SOURCE_COLUMNS);
  if (sourceTable.errors.length)
    throw new DataFileError('sources.csv', sourceTable.errors, 'invalid');
  const sources = new Map(sourceTable.rows.map((s) => [s.id, s]));

  const observationTable = parseTable(
    texts['observations.csv'],
    observationSchema({
      geographies: new Set(geographies.keys()),
      sources: new Set(sources.keys()),
      requireSource: true,
    }),
    OBSERVATION_COLUMNS,
  );
  if (observationTable.errors.length)
    throw new DataFileError('observations.csv', observationTable.errors, 'invalid');

  const observations = observationTable.rows;
  if (!observations.some((o) => o.period.kind === 'year')) {
    const message =
      'has no yearly figures (periods like 2018/19), so there is nothing to chart by year';
    throw new DataFileError('observations.csv', [{ row: 0, column: 'period', message }], 'invalid');
  }
  return {
    observations,
    sources,
    geographies,
    entries: buildEntries(observations),
    warnings: observationWarnings(observations),
  };
}
