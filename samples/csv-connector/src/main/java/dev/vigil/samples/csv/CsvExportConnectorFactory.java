package dev.vigil.samples.csv;

import dev.vigil.plugin.connector.ApiVersion;
import dev.vigil.plugin.connector.ConnectorContext;
import dev.vigil.plugin.connector.ConnectorFactory;
import dev.vigil.plugin.connector.PmsConnector;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Factory of the CSV export connector ({@code csv-export}). Settings, under
 * {@code vigil.connector.csv-export.} or a property's {@code vigil.property.<id>.connector.}:
 * {@code export-file} (the path the PMS writes its export to) and {@code poll-interval} (default
 * {@code PT15M}).
 */
public final class CsvExportConnectorFactory implements ConnectorFactory {

    @Override
    public String id() {
        return ExportMapping.SYSTEM;
    }

    @Override
    public ApiVersion apiVersion() {
        // SPEC is a compile-time constant: this records the API this plugin was compiled against
        return ApiVersion.parse(ApiVersion.SPEC);
    }

    @Override
    public PmsConnector create(ConnectorContext context) {
        Path file = Path.of(context.settings().require("export-file"));
        return new CsvExportConnector(new CsvExport(file), new ExportMapping(context.tokenizer()), context.zone(),
                context.clock(), context.settings().duration("poll-interval", Duration.ofMinutes(15)));
    }
}
