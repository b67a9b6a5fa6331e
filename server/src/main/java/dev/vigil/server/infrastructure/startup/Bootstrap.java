package dev.vigil.server.infrastructure.startup;

import dev.vigil.server.infrastructure.notification.ConfiguredChannels;
import dev.vigil.server.infrastructure.notification.ConfiguredNotificationRoutes;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.infrastructure.config.DataDirectory;
import dev.vigil.server.infrastructure.config.VigilSettings;
import dev.vigil.server.domain.model.audit.AuditEntry;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.crypto.TenantKeyring;
import dev.vigil.server.infrastructure.http.RequestLineGuards;
import dev.vigil.server.infrastructure.persistence.jpa.JpaAuditLog;
import dev.vigil.server.domain.model.pattern.RulePack;
import dev.vigil.server.infrastructure.packs.ActiveIndicatorPack;
import dev.vigil.server.infrastructure.packs.ActiveMessages;
import dev.vigil.server.infrastructure.packs.ActiveNoteTerms;
import dev.vigil.server.infrastructure.packs.ActiveProtocols;
import dev.vigil.server.infrastructure.packs.ActiveRulePack;
import dev.vigil.server.infrastructure.persistence.durability.DatabaseDurability;
import dev.vigil.server.infrastructure.persistence.migration.SchemaMigrator;
import dev.vigil.server.infrastructure.security.ChainTokens;
import dev.vigil.server.infrastructure.security.DemoUsers;
import dev.vigil.server.infrastructure.security.FirstAdmin;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts Vigil in a fixed order: migrate the schema, validate the packs, load the tenants' keys,
 * apply the demo-user rules, then report ready. Any failure stops startup with a message that says
 * what to fix; the runnable jar then exits instead of serving half an application.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
@jakarta.enterprise.concurrent.ManagedExecutorDefinition(name = "java:app/concurrent/vigil-deliveries",
        maxAsync = dev.vigil.server.application.notification.Dispatcher.MAX_IN_FLIGHT)
@DataSourceDefinition(
        name = "java:app/jdbc/vigil",
        className = "${MPCONFIG=vigil.db.class}",
        url = "${MPCONFIG=vigil.db.url}",
        user = "${MPCONFIG=vigil.db.user}",
        password = "${MPCONFIG=vigil.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger("dev.vigil");

    @Resource(lookup = "java:app/jdbc/vigil")
    DataSource dataSource;

    @Inject VigilSettings settings;
    @Inject DatabaseDurability durability;
    @Inject ActiveIndicatorPack indicatorPack;
    @Inject ActiveRulePack rulePack;
    @Inject ActiveNoteTerms noteTerms;
    @Inject ActiveProtocols protocols;
    @Inject ActiveMessages messages;
    @Inject ConfiguredChannels channels;
    @Inject dev.vigil.server.infrastructure.connector.ConfiguredConnections connections;
    @Inject ConfiguredNotificationRoutes routes;
    @Inject PropertyDirectory properties;
    @Inject TenantKeyring keyring;
    @Inject JpaAuditLog auditLog;
    @Inject DemoUsers demoUsers;
    @Inject FirstAdmin firstAdmin;
    @Inject ChainTokens chainTokens;
    @Inject Readiness readiness;
    @Inject StartupBanner banner;
    @Inject dev.vigil.server.infrastructure.metrics.VigilMetrics metrics;

    @PostConstruct
    void start() {
        try {
            if (RequestLineGuards.install() > 0) {
                LOG.fine("request-line guard installed");
            }
            if (settings.embeddedDatabase()) {
                DataDirectory.restrict(settings.dataDir()); // before and after the database has created its files
            }
            String schema = SchemaMigrator.migrate(dataSource);
            if (settings.embeddedDatabase()) {
                DataDirectory.restrict(settings.dataDir());
            }
            durability.prepare();
            IndicatorPack pack = indicatorPack.load();
            RulePack rules = rulePack.load(pack);
            noteTerms.load();
            messages.load();
            List<TenantId> newSecret = keyring.ensure(properties.tenants());
            auditLog.sealUnchained(); // entries written before the chain existed, oldest first
            openAuditChains(properties.tenants());
            for (TenantId rewrapped : newSecret) {
                auditLog.appendAlone(new AuditEntry(java.time.Instant.now(), rewrapped.value(), null, "vigil-startup",
                        "KEY_ROTATED", "tenant-secret", rewrapped.value()));
            }
            protocols.load(properties.all());
            channels.load();
            connections.load();
            routes.load(properties.all()).forEach((property, count) -> {
                if (count == 0) {
                    LOG.log(Level.WARNING, "No notification routes for property {0}: its protocol actions show in the "
                            + "security console only. Set vigil.property.{0}.notify.<channel> (docs/protocols.md).", property.value());
                }
            });
            chainTokens.load(); // a bad issuer or key stops startup, not the first sign-in
            List<String> demo = demoUsers.apply();
            firstAdmin.apply().ifPresent(this::announce);
            if (!settings.demo()) {
                firstAdmin.missingAdministratorReason().ifPresent(reason -> LOG.log(Level.WARNING, "No administrator: {0}", reason));
            }
            metrics.register();
            readiness.ready(schema, pack.version(), rules.version());
            banner.announce(pack, rules, schema, demo);
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            LOG.log(Level.SEVERE, "Vigil cannot start: {0}", reason);
            LOG.log(Level.FINE, "startup failure", e);
            if (settings.haltOnStartupFailure()) {
                haltSoon();
            }
            throw new IllegalStateException("Vigil cannot start: " + reason, e);
        }
    }

    /** Each tenant's audit chain head, before any filing; a server starting beside another may find it just made. */
    private void openAuditChains(List<TenantId> tenants) {
        for (TenantId tenant : tenants) {
            try {
                auditLog.openChain(tenant.value());
            } catch (RuntimeException raced) {
                LOG.log(Level.FINE, "audit chain of tenant {0} opened by another server", tenant.value());
            }
        }
    }

    /** A generated first password goes to the console once, never to the log. */
    private void announce(FirstAdmin.Created admin) {
        LOG.log(Level.INFO, "Created the first administrator {0} of tenant {1}; they set their own password at the "
                + "first sign-in.", new Object[] {admin.username(), admin.tenant()});
        admin.generatedPassword().ifPresent(password -> ConsoleNotice.show("\n"
                + "  ==============================================================================\n"
                + "  First administrator of tenant " + admin.tenant() + ": user name " + admin.username() + "\n"
                + "  password: " + password + "\n"
                + "  It is shown this once and stored nowhere but as a hash. Sign in at /login and\n"
                + "  choose a password of your own; then create the other accounts in the console.\n"
                + "  ==============================================================================\n"));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        RequestLineGuards.remove(); // the server's listeners must not keep this application's classes
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof dev.vigil.server.infrastructure.packs.PackValidationException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    /** Exits from another thread: exiting on the deployment thread would wait on itself. */
    private static void haltSoon() {
        Thread exit = new Thread(() -> {
            System.err.println("Vigil stopped because it could not start; see the message above.");
            System.exit(2);
        }, "vigil-startup-failure");
        exit.setDaemon(false);
        exit.start();
    }
}
