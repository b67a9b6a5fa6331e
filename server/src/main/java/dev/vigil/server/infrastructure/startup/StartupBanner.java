package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.infrastructure.config.VigilSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** Tells the person who started Vigil where it answers and in which mode it runs. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger("dev.vigil");

    @Inject VigilSettings settings;
    @Inject HttpPort httpPort;

    public void announce(IndicatorPack pack, RulePack rules, String schemaVersion, List<String> demoUsers) {
        String url = "http://localhost:" + httpPort.port().map(String::valueOf).orElse("8080") + "/";
        StringBuilder text = new StringBuilder()
                .append("\n\n  Vigil is starting at ").append(url)
                .append("\n  database: ").append(settings.embeddedDatabase() ? "embedded H2 in " + settings.dataDir()
                        : redact(settings.databaseUrl()))
                .append(" (schema ").append(schemaVersion).append(")")
                .append("\n  indicator pack: ").append(pack.name()).append(' ').append(pack.version())
                .append(" (").append(pack.indicators().size()).append(" indicators, ")
                .append(String.join("/", pack.locales())).append(")")
                .append("\n  rule pack: ").append(rules.name()).append(' ').append(rules.version())
                .append(" (").append(rules.rules().size()).append(" rules; every fixture passed)");
        if (settings.demo()) {
            text.append("\n  DEMO MODE: demo users are active (").append(String.join(", ", demoUsers))
                    .append("; password = user name + \"-demo\"). Never use demo mode with real data.");
        } else {
            text.append("\n  production mode: no demo users");
        }
        text.append("\n  readiness: ").append(url).append("health/ready\n");
        LOG.info(text.toString());
    }

    private static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
