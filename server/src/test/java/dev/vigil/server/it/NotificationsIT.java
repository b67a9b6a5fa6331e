package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications end to end on the runnable jar: an observation of violence tells the reporter to
 * call 911 and, through the outbox, e-mails security and the manager at a real SMTP server and posts
 * a signed webhook, with no guest identifier in any of them; administrators see them delivered. The
 * chain's webhook also hears that the case opened (on watch, before the violence) and that its severity
 * rose. Every webhook delivered, the overdue step's included, validates against its schema in docs/webhooks/.
 */
class NotificationsIT {

    private static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(
            "it-webhook-secret-of-32-bytes-..".getBytes(StandardCharsets.US_ASCII));

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    record Hook(java.util.Map<String, List<String>> headers, String body) {
        String id() {
            return headers.get("webhook-id").get(0);
        }
    }

    @Test
    void violence_reachesSecurityAndTheManagerByEmail_andTheChainBySignedWebhook() throws Exception {
        List<Hook> hooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/vigil", exchange -> {
            java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
            hooks.add(new Hook(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        List<String> options = List.of("-Dvigil.data.dir=" + work.resolve("data"), "-Dvigil.demo=true",
                "-Dvigil.mail.host=127.0.0.1", "-Dvigil.mail.port=" + smtp.getSmtp().getPort(), "-Dvigil.mail.starttls=false",
                "-Dvigil.mail.from=vigil@demo-hotel.example",
                "-Dvigil.webhook.ops.url=http://127.0.0.1:" + receiver.getAddress().getPort() + "/vigil",
                "-Dvigil.webhook.ops.secret=" + SECRET,
                "-Dvigil.webhook.ops.allow-private=true",
                "-Dvigil.public-url=https://vigil.demo-chain.example/",
                "-Dvigil.property.demo-hotel.notify.on_duty_security=email:security@demo-hotel.example",
                "-Dvigil.property.demo-hotel.notify.duty_manager=email:manager@demo-hotel.example",
                "-Dvigil.property.demo-hotel.notify.all-events=webhook:ops");
        try (VigilProcess vigil = VigilProcess.start(work, options, Map.of()).awaitReady(Duration.ofMinutes(5))) {
            // a sign that only puts the room on watch: a case opens that requires no step, so only the chain hears of it
            Http.Reply watched = vigil.http().post("api/v1/observations", "frontdesk", body("[\"ROOM_IDS_MANY_NAMES\"]", ""));
            assertThat(watched.status()).as(watched.body()).isEqualTo(201);
            Http.Reply filed = vigil.http().post("api/v1/observations", "frontdesk",
                    body("[\"PHYS_VIOLENCE_OBSERVED\"]", "\"subjects\":{\"vehicle\":\"QX-4821\",\"guest\":\"Jane Rawname\"}"));
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            assertThat(Json.object(filed.body()).getJsonArray("immediateActions").getJsonObject(0).getString("type"))
                    .isEqualTo("CALL_911");

            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            while ((smtp.getReceivedMessages().length < 2 || hooks.size() < 3) && Instant.now().isBefore(until)) {
                Thread.sleep(500);
            }
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
                    .containsExactlyInAnyOrder("security@demo-hotel.example", "manager@demo-hotel.example");
            for (MimeMessage m : mails) {
                assertThat(m.getSubject()).isEqualTo("Vigil: URGENT case at Demo Hotel Hartford needs action");
                // the case's random id may hold the digits of the room number: it is the one number the mail may carry
                String text = ((String) m.getContent()).replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "<case id>");
                assertThat(text).contains("tell security", "Never confront", "911", "<case id>")
                        .doesNotContain("QX-4821", "Rawname", "214", "R-1001", "PHYS_VIOLENCE");
            }
            assertThat(hooks).extracting(h -> h.headers().get("vigil-event").get(0))
                    .containsExactlyInAnyOrder("case.opened", "case.severity_raised", "case.actions_required");
            assertThat(hooks).filteredOn(h -> h.body().contains("\"event\":\"case.actions_required\"")).singleElement().satisfies(h -> {
                new com.standardwebhooks.Webhook(SECRET).verify(h.body(), h.headers()); // as a chain's receiver checks it
                assertThat(h.body()).contains("\"severity\":\"URGENT\"", "\"contacts\"", "\"number\":\"911\"")
                        .doesNotContain("QX-4821", "Rawname", "R-1001");
            });
            assertThat(hooks).filteredOn(h -> h.body().contains("\"event\":\"case.severity_raised\"")).singleElement()
                    .satisfies(h -> assertThat(h.body()).contains("\"previousSeverity\":\"WATCH\"", "\"severity\":\"URGENT\""));

            Http.Reply outbox = vigil.http().get("api/v1/admin/notifications?status=DELIVERED", "admin");
            assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
            JsonObject page = Json.object(outbox.body());
            assertThat(page.getJsonObject("counts").getInt("DELIVERED")).isEqualTo(5);
            assertThat(page.getJsonArray("notifications").getValuesAs(JsonObject.class))
                    .extracting(n -> n.getString("route"))
                    .containsExactlyInAnyOrder("email:security@demo-hotel.example", "email:manager@demo-hotel.example",
                            "webhook:ops", "webhook:ops", "webhook:ops");
            hooks.forEach(h -> assertThat(outbox.body()).contains(h.id()));
            String metrics = vigil.http().get("metrics?scope=application", null).body();
            assertThat(metrics).contains("vigil_notifications{", "status=\"delivered\"", "vigil_notifications_delivered_total",
                    "vigil_case_actions_overdue", "vigil_timer_last_run_age_seconds");
            assertThat(vigil.http().get("health/ready", null).body()).contains("\"dispatcher\"", "last ran");
            assertThat(vigil.http().get("api/v1/admin/notifications", "security").status()).isEqualTo(403);
            assertThat(vigil.http().get("api/v1/admin/notifications?status=LOST", "admin").body()).contains("status");
            assertThat(vigil.output()).doesNotContain("QX-4821", "Rawname");

            // a reviewer's ESCALATE_URGENT raises a case as new evidence does, and the chain hears of it the same way
            Http.Reply watch = vigil.http().post("api/v1/observations", "frontdesk",
                    body("[\"ROOM_IDS_MANY_NAMES\"]", "").replace("\"214\"", "\"318\"").replace("R-1001", "R-1002"));
            assertThat(watch.status()).as(watch.body()).isEqualTo(201);
            String watched318 = Json.object(vigil.http().get("api/v1/cases?minSeverity=WATCH", "security").body())
                    .getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("severity").equals("WATCH")).findFirst().orElseThrow().getString("id");
            Http.Reply escalated = vigil.http().post("api/v1/cases/" + watched318 + "/decisions", "security",
                    "{\"decision\":\"ESCALATE_URGENT\",\"note\":\"Shouting and a call for help heard from the room at 15:20\"}");
            assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);

            // the URGENT case's immediate steps go overdue at the deadline watch's next minute: the second event type
            Instant overdueBy = Instant.now().plus(Duration.ofSeconds(150));
            while ((hooks.stream().noneMatch(h -> h.body().contains("\"event\":\"case.action_overdue\""))
                    || hooks.stream().noneMatch(h -> h.body().contains("\"caseId\":\"" + watched318 + "\"")))
                    && Instant.now().isBefore(overdueBy)) {
                Thread.sleep(1000);
            }
            assertThat(hooks).extracting(h -> h.headers().get("vigil-event").get(0))
                    .contains("case.actions_required", "case.action_overdue");
            assertThat(hooks).filteredOn(h -> h.body().contains("\"caseId\":\"" + watched318 + "\""))
                    .extracting(h -> h.headers().get("vigil-event").get(0))
                    .contains("case.opened", "case.severity_raised", "case.actions_required");
            for (Hook h : hooks) {
                new com.standardwebhooks.Webhook(SECRET).verify(h.body(), h.headers());
                assertThat(WebhookSchemas.problems(h.body())).as("delivery %s against docs/webhooks/", h.body()).isEmpty();
                assertThat(h.body()).contains("\"link\":\"https://vigil.demo-chain.example/api/v1/cases/")
                        .doesNotContain("QX-4821", "Rawname", "R-1001");
            }
            JsonObject contract = Json.object(vigil.http().get("openapi", null, "Accept", "application/json").body());
            assertThat(contract.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("https://vigil.demo-chain.example");
        } finally {
            receiver.stop(0);
        }
    }

}
