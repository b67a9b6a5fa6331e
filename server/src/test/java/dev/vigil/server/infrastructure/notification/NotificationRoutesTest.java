package dev.vigil.server.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.notification.Route;
import dev.vigil.server.domain.model.tenant.Property;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import dev.vigil.server.testing.MapConfig;
import dev.vigil.server.testing.TestPacks;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes come from configuration per property and channel, and a bad one stops startup with its setting named. */
class NotificationRoutesTest {

    private static final Property HARBOR = new Property(new PropertyId("harbor-inn"), new TenantId("chain"), "Harbor Inn", null);
    private static final Property GRAND = new Property(new PropertyId("grand-hotel"), new TenantId("chain"), "Grand", null);
    private static final String SECRET = WebhookReceiver.SECRET;

    private static ConfiguredNotificationRoutes routes(Map<String, String> settings) {
        MapConfig config = new MapConfig(settings);
        ConfiguredChannels channels = new ConfiguredChannels();
        channels.config = config;
        channels.clock = Clock.systemUTC();
        channels.plugins = new dev.vigil.server.infrastructure.plugins.PluginClassPath(config);
        channels.load();
        ConfiguredNotificationRoutes routes = new ConfiguredNotificationRoutes();
        routes.config = config;
        routes.channels = channels;
        routes.protocols = TestPacks.connecticut();
        routes.settings = VigilSettings.of(config);
        return routes;
    }

    private static Map<String, String> base() {
        Map<String, String> m = new HashMap<>();
        m.put("vigil.db.url", "jdbc:postgresql://db/vigil");
        m.put("vigil.mail.host", "smtp.chain.example");
        m.put("vigil.mail.from", "vigil@chain.example");
        m.put("vigil.webhook.ops.url", "https://ops.chain.example/hooks/vigil");
        m.put("vigil.webhook.ops.secret", SECRET);
        return m;
    }

    @Test
    void aPropertysOwnRoutes_winOverTheSharedOnes_andEveryEventRoutesAreApart() {
        Map<String, String> m = base();
        m.put("vigil.notify.on_duty_security", "email:security@chain.example");
        m.put("vigil.property.harbor-inn.notify.on_duty_security", "email:security@harbor.example, webhook:ops");
        m.put("vigil.notify.duty_manager", "email:manager@chain.example");
        m.put("vigil.notify.all-events", "webhook:ops");
        ConfiguredNotificationRoutes routes = routes(m);
        Map<PropertyId, Integer> counts = routes.load(List.of(HARBOR, GRAND));

        assertThat(routes.routes(HARBOR.id(), "on_duty_security"))
                .containsExactly(Route.parse("email:security@harbor.example"), Route.parse("webhook:ops"));
        assertThat(routes.routes(GRAND.id(), "on_duty_security")).containsExactly(Route.parse("email:security@chain.example"));
        assertThat(routes.routes(GRAND.id(), "duty_manager")).containsExactly(Route.parse("email:manager@chain.example"));
        assertThat(routes.everyEvent(GRAND.id())).containsExactly(Route.parse("webhook:ops"));
        assertThat(counts).containsEntry(HARBOR.id(), 4).containsEntry(GRAND.id(), 3);
        assertThat(routes.caseLink("c-1")).isEmpty();
    }

    @Test
    void badRoutes_stopStartup_namingTheSetting() {
        Map<String, String> unknownScheme = base();
        unknownScheme.put("vigil.property.harbor-inn.notify.duty_manager", "pager:42");
        assertThatThrownBy(() -> routes(unknownScheme).load(List.of(HARBOR)))
                .hasMessageContaining("vigil.property.harbor-inn.notify.duty_manager").hasMessageContaining("no channel 'pager'");

        Map<String, String> unknownWebhook = base();
        unknownWebhook.put("vigil.notify.all-events", "webhook:hq");
        assertThatThrownBy(() -> routes(unknownWebhook).load(List.of(HARBOR)))
                .hasMessageContaining("vigil.notify.all-events").hasMessageContaining("no webhook named 'hq'");

        Map<String, String> noSmtp = base();
        noSmtp.remove("vigil.mail.host");
        noSmtp.put("vigil.notify.on_duty_security", "email:security@chain.example");
        assertThatThrownBy(() -> routes(noSmtp).load(List.of(HARBOR))).hasMessageContaining("vigil.mail.host");

        Map<String, String> notAnAddress = base();
        notAnAddress.put("vigil.notify.on_duty_security", "email:front desk");
        assertThatThrownBy(() -> routes(notAnAddress).load(List.of(HARBOR))).hasMessageContaining("not an e-mail address");
    }

    @Test
    void badChannelSettings_stopStartup_namingTheSetting() {
        Map<String, String> shortSecret = base();
        shortSecret.put("vigil.webhook.ops.secret", "short");
        assertThatThrownBy(() -> routes(shortSecret)).hasMessageContaining("vigil.webhook.ops.secret");

        Map<String, String> noFrom = base();
        noFrom.remove("vigil.mail.from");
        assertThatThrownBy(() -> routes(noFrom)).hasMessageContaining("vigil.mail.from");

        Map<String, String> ftp = base();
        ftp.put("vigil.webhook.ops.url", "ftp://ops.chain.example/");
        assertThatThrownBy(() -> routes(ftp)).hasMessageContaining("vigil.webhook.ops.url");

        Map<String, String> oldFormat = base();
        oldFormat.put("vigil.webhook.ops.secret", "s".repeat(40));
        assertThatThrownBy(() -> routes(oldFormat)).hasMessageContaining("vigil.webhook.ops.secret").hasMessageContaining("whsec_");

        Map<String, String> longerThanTheLease = base();
        longerThanTheLease.put("vigil.webhook.ops.timeout", "PT3M");
        assertThatThrownBy(() -> routes(longerThanTheLease)).hasMessageContaining("vigil.webhook.ops.timeout=PT3M")
                .hasMessageContaining("lease");
    }

    @Test
    void webhooksIntoThePrivateNetwork_areRefused_unlessAllowed() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/hook", "http://192.168.0.10/hook", "http://[::1]/hook", "http://[fd00::1]/hook")) {
            Map<String, String> m = base();
            m.put("vigil.webhook.ops.url", url);
            assertThatThrownBy(() -> routes(m)).as(url).hasMessageContaining("vigil.webhook.ops.url resolves to")
                    .hasMessageContaining("vigil.webhook.ops.allow-private=true");
            m.put("vigil.webhook.ops.allow-private", "true");
            routes(m); // the operator said so
        }
    }

    @Test
    void twoSecretsWhileRotating_areBothKept() {
        Map<String, String> m = base();
        String next = "whsec_" + java.util.Base64.getEncoder().encodeToString("another-secret-of-thirty-two-by".getBytes());
        m.put("vigil.webhook.ops.secret", next + " " + SECRET);
        routes(m);
        assertThat(new ConfiguredChannelsProbe(m).secrets("ops")).hasSize(2);
    }

    /** Reads what the channels made of the settings. */
    private record ConfiguredChannelsProbe(Map<String, String> settings) {
        List<WebhookSecret> secrets(String name) {
            ConfiguredChannels channels = new ConfiguredChannels();
            channels.config = new MapConfig(settings);
            channels.clock = Clock.systemUTC();
            channels.load();
            return channels.webhook(name).orElseThrow().secrets();
        }
    }

    @Test
    void inDemoMode_channelsWithoutRoutes_goToTheServerLog_andLinksUseThePublicUrl() {
        Map<String, String> m = new HashMap<>();
        m.put("vigil.db.url", "jdbc:h2:mem:x");
        m.put("vigil.demo", "true");
        m.put("vigil.public-url", "https://vigil.chain.example/");
        ConfiguredNotificationRoutes routes = routes(m);
        routes.load(List.of(HARBOR));
        assertThat(routes.routes(HARBOR.id(), "on_duty_security")).containsExactly(new Route("log", "on_duty_security"));
        assertThat(routes.everyEvent(HARBOR.id())).isEmpty();
        assertThat(routes.caseLink("c-1")).contains("https://vigil.chain.example/api/v1/cases/c-1");
    }
}
