/**
 * A sample PMS connector plugin built only against {@code vigil-plugin-api}: it reads a nightly CSV export
 * of in-house guests ({@link dev.vigil.samples.csv.CsvExport}, the client), keeps its lines as written
 * ({@link dev.vigil.samples.csv.ExportRow}, the wire format) and maps them to stay contexts, tokenising on
 * the way ({@link dev.vigil.samples.csv.ExportMapping}). See {@code docs/plugin-guide.md}.
 */
package dev.vigil.samples.csv;
