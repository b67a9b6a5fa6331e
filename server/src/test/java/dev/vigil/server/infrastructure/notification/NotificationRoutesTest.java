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
    private static final String SECRET = "s".repeat(40);

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
    }

    @Test
    void inDemoMode_channelsWithoutRoutes_goToTheServerLog_andLinksUseThePublicUrl() {
        Map<String, String> m = new HashMap<>();
        m.put("vigil.db.url", "jdbc:h2:mem:x");
        m.put("vigil.public-url", "https://vigil.chain.example/");
        ConfiguredNotificationRoutes routes = routes(m);
        routes.load(List.of(HARBOR));
        assertThat(routes.routes(HARBOR.id(), "on_duty_security")).containsExactly(new Route("log", "on_duty_security"));
        assertThat(routes.everyEvent(HARBOR.id())).isEmpty();
        assertThat(routes.caseLink("c-1")).contains("https://vigil.chain.example/api/v1/cases/c-1");
    }
}
