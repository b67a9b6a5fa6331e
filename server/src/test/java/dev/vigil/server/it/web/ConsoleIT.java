package dev.vigil.server.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.it.Filings;
import dev.vigil.server.it.Http;
import dev.vigil.server.it.Json;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The security console in Debian's headless Chromium: the queue, a case (its explanation, timeline
 * plot, contacts, acknowledgement, decision, report download), the property view's plots, accounts
 * that an admin creates and their owner signs in with, and sign-in through a real OpenID Connect
 * provider started by the test; axe-core on each page.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static Browser browser;
    private static boolean filed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")));
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private Http http() {
        return new Http(base.toString());
    }

    private void file(String user, String role, int minutesAgo, String room, String codes, String extra) {
        Http.Reply reply = http().post("api/v1/observations", user, Filings.inRoom(user, role, minutesAgo, room, codes, extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** A report case in room 614 (control signs, five short visits, a lookout) and an urgent one in 301. */
    private Browser browserAs(String user) {
        if (!filed) {
            file("frontdesk", "FD", 600, "614", "[\"CTRL_SPEAKS_FOR\",\"CTRL_HOLDS_ID_MONEY\"]", null);
            for (int v = 1; v <= 5; v++) {
                file("security", "SEC", 300 - 30 * v, "614", "[\"VIS_SHORT_VISIT\"]", "\"subjects\":{\"visitor\":\"badge-" + v + "\"}");
            }
            file("manager", "SEC", 60, "614", "[\"CTRL_LOOKOUT\"]", null);
            file("frontdesk", "HK", 20, "301", "[\"PHYS_VIOLENCE_OBSERVED\"]", null);
            filed = true;
        }
        if (browser == null) {
            browser = new Browser(base.toString(), 1280, 900);
        }
        browser.signOut();
        browser.signIn(user, user + "-demo");
        return browser;
    }

    @Test
    @Order(1)
    void theQueue_putsTheUrgentCaseFirst_andFilters() {
        Browser b = browserAs("security");
        b.load("/console");
        List<WebElement> rows = b.all("#case-queue tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.get(0).getAttribute("class")).contains("sev-URGENT");
        assertThat(b.find("#case-queue").getText()).contains("614", "301");
        assertThat(Accessibility.graveViolations(b)).isEmpty();
        b.screenshot(shot("console-queue.png"), 900);
        new Select(b.find("#f-minSeverity")).selectByValue("URGENT");
        b.tap("#queue-filters button[type=submit]");
        b.waitReady();
        assertThat(b.all("#case-queue tbody tr")).allSatisfy(r -> assertThat(r.getAttribute("class")).contains("sev-URGENT"));
    }

    @Test
    @Order(2)
    void aCase_explainsItself_plotsItsReports_namesWhomToContact_andTakesAcknowledgementDecisionAndDownload() throws IOException {
        Browser b = browserAs("security");
        b.load("/console?room=614");
        b.tap("#case-queue tbody tr a");
        b.waitUntil(d -> d.getCurrentUrl().contains("/console/cases/"));
        b.waitReady();
        if (!b.all("#start-review").isEmpty()) {
            b.tap("#start-review");
            b.waitUntil(d -> b.all("#start-review").isEmpty());
        }
        assertThat(b.find("#case-why").getText()).contains("R5");
        int observations = b.all("#case-observations tbody tr").size();
        assertThat(observations).isGreaterThanOrEqualTo(7);
        assertThat(b.all("#timeline-plot g.obs")).hasSize(observations);
        assertThat(b.all("#timeline-plot g.window")).hasSizeGreaterThanOrEqualTo(1);
        WebElement hotline = b.find("#case-actions li[data-kind=CONTACT_HOTLINE]");
        assertThat(hotline.findElements(org.openqa.selenium.By.cssSelector(".contacts a[href^='tel:']"))).isNotEmpty();
        assertThat(hotline.getText()).contains("1-888-373-7888");
        assertThat(Accessibility.graveViolations(b)).isEmpty();
        b.screenshot(shot("console-case.png"), 2400);

        b.find("#case-actions li[data-kind=CONTACT_HOTLINE] input[name=note]").sendKeys("Called, reference 5521");
        b.tap("#case-actions li[data-kind=CONTACT_HOTLINE] .ack-button");
        b.waitUntil(d -> b.classOf("#case-actions li[data-kind=CONTACT_HOTLINE]").contains("state-ACKNOWLEDGED"));

        new Select(b.find("#decision")).selectByValue("REPORT");
        b.tap("#decide");
        assertThat(b.find("#case-message .errors").getText()).isNotBlank();
        b.find("#decision-note").sendKeys("Hotline called at 15:10, reference 5521");
        b.tap("#decide");
        b.waitUntil(d -> b.textOf("#case-decide .decisions").contains("5521"));

        b.find("#case-markings form.mark:nth-of-type(2) input[name=reason]").sendKeys("Our own night auditor's badge");
        b.tap("#case-markings form.mark:nth-of-type(2) button[type=submit]");
        b.waitUntil(d -> b.textOf("#markings-list").contains("night auditor"));

        Path downloads = Files.createTempDirectory("vigil-downloads");
        b.downloadTo(downloads);
        b.tap("#report-pdf");
        b.tap("#report-json");
        b.waitUntil(d -> listing(downloads).size() == 2);
        Path pdf = listing(downloads).stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path json = listing(downloads).stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        assertThat(Files.readString(json)).contains("\"packet\"").doesNotContain("badge-1");
    }

    @Test
    @Order(3)
    void thePropertyView_mapsRoomsByFloor_andPlotsTheTimeToAct() {
        Browser b = browserAs("manager");
        b.load("/console/property");
        WebElement urgentRoom = b.find("#heatmap-plot g.cell[data-place='301']");
        assertThat(urgentRoom.getAttribute("class")).contains("sev-URGENT");
        assertThat(b.find("#heatmap-plot").getText()).contains("614");
        assertThat(b.find("#time-to-act-plot")).isNotNull();
        assertThat(b.all("#tta-table tbody tr")).hasSize(4);
        assertThat(Accessibility.graveViolations(b)).isEmpty();
        b.screenshot(shot("console-property.png"), 1400);
        b.load("/console/compliance");
        assertThat(b.find("#compliance-training").getText()).isNotBlank();
    }

    @Test
    @Order(4)
    void anAdminCreatesAnAccount_whoseOwnerSetsTheirOwnPassword_andSignsIn() {
        Browser b = browserAs("admin");
        b.load("/console/accounts");
        b.find("#new-username").sendKeys("maria.lopez");
        b.find("#new-property").sendKeys("demo-hotel");
        b.tap("#create");
        String temporary = b.find("#temporary-password").getText();
        assertThat(temporary).hasSize(16);
        assertThat(b.find("#accounts-table").getText()).contains("maria.lopez");
        assertThat(Accessibility.graveViolations(b)).isEmpty();
        assertThat(http().get("api/v1/me", "maria.lopez:" + temporary).status()).as("no API use before a password of one's own").isEqualTo(401);
        Http.Reply firstAdmin = http().get("api/v1/me", "first.admin:Harbor-lights-2026");
        assertThat(firstAdmin.status()).as("the configured first administrator exists and must set a password").isEqualTo(401);
        assertThat(firstAdmin.body()).contains("must be changed");

        b.signOut();
        b.load("/login");
        b.find("#username").sendKeys("maria.lopez");
        b.find("#password").sendKeys(temporary);
        b.tap("#sign-in");
        b.waitUntil(d -> d.getCurrentUrl().contains("/login/password"));
        b.waitReady();
        b.find("#currentPassword").sendKeys(temporary);
        b.find("#newPassword").sendKeys("password1234");
        b.find("#confirmPassword").sendKeys("password1234");
        b.tap("#set-password");
        assertThat(b.find("#login-message .errors").getText()).contains("common");
        for (String field : List.of("#currentPassword", "#newPassword", "#confirmPassword")) {
            b.find(field).clear();
        }
        b.find("#currentPassword").sendKeys(temporary);
        b.find("#newPassword").sendKeys("Lighthouse-harbor-42");
        b.find("#confirmPassword").sendKeys("Lighthouse-harbor-42");
        b.tap("#set-password");
        b.waitUntil(d -> d.getCurrentUrl().contains("changed=1"));
        b.signIn("maria.lopez", "Lighthouse-harbor-42");
        assertThat(b.find("#room")).isNotNull();

        browserAs("admin").load("/console/accounts");
        b.tap("#disable-maria\\.lopez");
        b.waitUntil(d -> b.classOf("tr[data-username='maria.lopez']").contains("disabled"));
        assertThat(http().get("api/v1/me", "maria.lopez:Lighthouse-harbor-42").status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    void aChainsStaffSignInThroughTheirOpenIdProvider_withRolesAndPropertyFromItsClaims() throws Exception {
        int port = Integer.parseInt(System.getProperty("it.oidc.port"));
        MockOAuth2Server provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), port);
        try {
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "u-7731", "JWT", List.of("vigil-it"),
                    Map.of("preferred_username", "dana.guard", "groups", List.of("security"), "tenant", "demo-chain",
                            "property", "demo-hotel"), 3600));
            Browser b = browserAs("security");
            b.signOut();
            b.load("/login");
            b.tap("#oidc-sign-in");
            b.waitUntil(d -> !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().contains(":" + port));
            b.waitReady();
            assertThat(b.find(".who").getText()).contains("dana.guard");
            b.load("/console");
            assertThat(b.find("#case-queue").getText()).contains("614");
        } finally {
            provider.shutdown();
        }
    }

    private static List<Path> listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(p -> !p.toString().endsWith(".crdownload") && !p.toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path shot(String name) {
        return Path.of(System.getProperty("it.screenshots", "target/screenshots"), name);
    }
}
