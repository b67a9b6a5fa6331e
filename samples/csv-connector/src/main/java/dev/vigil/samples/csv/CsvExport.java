package dev.vigil.samples.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client: reads the export file (a header line, then one line per reservation; commas, with double
 * quotes around values that hold commas or quotes, as RFC 4180 writes them). Read only: the file is
 * never written.
 */
public final class CsvExport {

    private final Path file;

    /**
     * An export at a path.
     *
     * @param file the export file
     */
    public CsvExport(Path file) {
        this.file = file;
    }

    /** @return the export's path */
    public Path file() {
        return file;
    }

    /**
     * Every line of the export, by reservation id.
     *
     * @return the rows
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a required column is missing
     */
    public Map<String, ExportRow> read() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, ExportRow> rows = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = split(lines.get(0).replace("\uFEFF", ""));
        for (String required : ExportRow.REQUIRED) {
            if (!header.contains(required)) {
                throw new IllegalArgumentException("the export has no column '" + required + "'");
            }
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i).trim(), i < cells.size() ? cells.get(i) : "");
            }
            ExportRow row = new ExportRow(values);
            if (row.get("reservation_id") != null) {
                rows.put(row.get("reservation_id"), row);
            }
        }
        return rows;
    }

    /** Splits one line at commas outside double quotes; a doubled quote inside quotes is one quote. */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
