package dev.vigil.server.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.it.Http;
import dev.vigil.server.it.Json;
import dev.vigil.server.testing.TestTokens;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The staff filing page and the embeddable checklist in Debian's headless Chromium at phone width:
 * the tap budget, right-to-left Arabic, the emergency instruction, the note linter, the offline queue
 * filing exactly once, discreet mode, quick exit, sign-out, the widget from an allowed and a refused
 * origin, and axe-core.
 */
@ExtendWith(ChromiumCondition.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPageIT {

    private static final int PHONE = 360;
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")));
    }

    @ArquillianResource
    URL base;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base.toString(), PHONE, 780);
            browser.signIn("frontdesk", "frontdesk-demo");
        }
        return browser;
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private Http http() {
        return new Http(base.toString());
    }

    /** Observations filed about a room in the last day, as the property view counts them. */
    private long observationsIn(String room) {
        JsonObject heat = Json.object(http().get("api/v1/properties/demo-hotel/heatmap", "security").body());
        return heat.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("place").equals(room)).mapToLong(c -> c.getJsonNumber("observations").longValue())
                .sum();
    }

    @Test
    @Order(1)
    void threeSignFiling_takesAtMostEightTapsBesidesTheRoom_onAPhone_andAnswersWithGuidance() {
        Browser b = browser();
        b.load("/?lang=en");
        b.script("localStorage.clear()");
        b.load("/");
        assertThat(b.script("return window.innerWidth")).as("a phone-sized screen").isEqualTo(360L);
        b.resetInteractions();
        b.typeUncounted("#room", "8214");
        List<WebElement> signs = b.all("#checklist input[name=indicator]");
        assertThat(signs).hasSizeGreaterThan(10);
        for (WebElement sign : signs.subList(0, 3)) {
            b.tap(sign);
        }
        b.tap("#send");
        WebElement answer = b.find("#answer h2");
        assertThat(answer.getText()).contains("8214");
        assertThat(b.interactions()).as("taps and keystrokes besides the room number").isLessThanOrEqualTo(8);
        assertThat(b.find("#answer .guidance").getText()).containsIgnoringCase("confront");
        assertThat(b.find("#hotline-link").getAttribute("href")).startsWith("tel:");
        assertThat(observationsIn("8214")).isEqualTo(1);
        b.screenshot(shot("staff-en-360.png"), 1000);
    }

    @Test
    @Order(2)
    void aSignOfDanger_bringsAnUnmissableInstructionToCallTheEmergencyNumber() {
        Browser b = browser();
        b.load("/");
        b.typeUncounted("#room", "8215");
        b.tap("#ind-mine-PHYS_VIOLENCE_OBSERVED");
        b.tap("#send");
        WebElement instruction = b.find("#call-emergency");
        assertThat(instruction.getText()).contains("911");
        assertThat(b.find("#call-emergency a.call").getAttribute("href")).isEqualTo("tel:911");
        assertThat(b.script("return document.activeElement.closest('#emergency-answer') !== null")).isEqualTo(true);
    }

    @Test
    @Order(3)
    void aNoteThatDescribesWhoSomeoneIs_isFlaggedBeforeSending() {
        Browser b = browser();
        b.load("/");
        b.tap("details.details summary");
        b.find("#note").sendKeys("The man looked Mexican and held her passport");
        assertThat(b.find("#note-warnings li").getText()).isNotBlank();
    }

    @Test
    @Order(4)
    void arabic_mirrorsThePage_keepsTheHotlineNumberInOrder_andIsRemembered() {
        Browser b = browser();
        b.load("/?lang=ar");
        assertThat(b.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(b.script("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        WebElement number = b.find("#hotline-number");
        assertThat(number.getText()).isEqualTo("1-888-373-7888");
        assertThat(b.script("return getComputedStyle(arguments[0]).direction", number)).isEqualTo("ltr");
        Object inOrder = b.script("const text = arguments[0].firstChild; const r = document.createRange();"
                + "r.setStart(text, 0); r.setEnd(text, 1); const first = r.getBoundingClientRect().left;"
                + "r.setStart(text, text.length - 1); r.setEnd(text, text.length); return first < r.getBoundingClientRect().left;", number);
        assertThat(inOrder).as("the 1 of 1-888 is left of the last 8").isEqualTo(true);
        Object roomStartsRight = b.script("const room = document.getElementById('room').getBoundingClientRect();"
                + "const area = document.getElementById('area').getBoundingClientRect(); return room.left > area.left;");
        assertThat(roomStartsRight).as("the room field comes first, on the right").isEqualTo(true);
        assertThat(Accessibility.graveViolations(b)).isEmpty();
        b.screenshot(shot("staff-ar-360.png"), 1000);
        b.load("/");
        assertThat(b.script("return document.documentElement.lang")).isEqualTo("ar");
        b.load("/?lang=en");
        assertThat(b.script("return document.documentElement.dir")).isEqualTo("ltr");
        assertThat(Accessibility.graveViolations(b)).isEmpty();
    }

    @Test
    @Order(5)
    void aFilingMadeOffline_waitsOnTheDevice_andIsFiledExactlyOnceWhenTheConnectionReturns() {
        Browser b = browser();
        b.load("/");
        b.typeUncounted("#room", "7301");
        b.tap(b.all("#checklist input[name=indicator]").get(0));
        b.offline(true);
        try {
            b.tap("#send");
            assertThat(b.find("#waiting li.waiting-item").getText()).contains("7301");
            assertThat(b.find("#offline").isDisplayed()).isTrue();
            String kept = (String) b.asyncScript(IDB_READ);
            assertThat(kept).contains("7301");
            assertThat(observationsIn("7301")).isZero();
            b.offline(false);
            b.waitUntil(d -> b.all("#waiting").stream().noneMatch(WebElement::isDisplayed));
            assertThat(b.find("#answer h2").getText()).contains("7301");
            assertThat(observationsIn("7301")).isEqualTo(1);
            // the answer was lost on the way back: the page still holds the filing and sends it again, same key, same body
            b.asyncScript(IDB_WRITE, kept);
            b.script("window.dispatchEvent(new Event('online'))");
            b.waitUntil(d -> "[]".equals(b.asyncScript(IDB_READ)));
            assertThat(observationsIn("7301")).as("filed exactly once").isEqualTo(1);
        } finally {
            b.offline(false);
        }
    }

    @Test
    @Order(6)
    void discreetMode_showsANeutralTitleAndIcon_andIsRemembered() {
        Browser b = browser();
        b.load("/");
        String normalTitle = b.driver().getTitle();
        b.tap("#discreet");
        assertThat(b.driver().getTitle()).isNotEqualTo(normalTitle).doesNotContainIgnoringCase("vigil").doesNotContainIgnoringCase("report");
        assertThat(b.find("#favicon").getAttribute("href")).contains("icon-neutral");
        assertThat(b.find("#page-title").getText()).doesNotContainIgnoringCase("report");
        b.waitUntil(d -> Json.object(http().get("api/v1/me", "frontdesk").body()).getBoolean("discreet"));
        b.load("/");
        assertThat(b.script("return document.body.classList.contains('discreet')")).isEqualTo(true);
        b.tap("#discreet");
        b.waitUntil(d -> !Json.object(http().get("api/v1/me", "frontdesk").body()).getBoolean("discreet"));
    }

    @Test
    @Order(7)
    void quickExit_leavesNothingOnScreenNorInTheBackHistory() {
        Browser b = browser();
        b.driver().get("data:text/html,<title>before</title>");
        b.load("/");
        b.typeUncounted("#room", "9999");
        new Actions(b.driver()).sendKeys(Keys.ESCAPE).perform();
        b.waitUntil(d -> d.getCurrentUrl().equals("about:blank"));
        assertThat(b.script("return document.body ? document.body.innerText : ''")).isEqualTo("");
        b.driver().navigate().back();
        b.waitUntil(d -> d.getCurrentUrl().startsWith("data:"));
        assertThat(b.driver().getTitle()).isEqualTo("before");
    }

    @Test
    @Order(8)
    void pagesAndAnswersWithFilingData_areNeverCached_andSignOutClearsTheSite() {
        Http.Reply page = http().get("", "frontdesk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "script-src 'self'");
        assertThat(http().get("api/v1/me", "frontdesk").header("Cache-Control")).isEqualTo("no-store");
        Http.Reply session = http().postAs("login", null, "application/x-www-form-urlencoded", "username=frontdesk&password=frontdesk-demo");
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        Http.Reply forged = http().postAs("login", null, "application/x-www-form-urlencoded",
                "username=frontdesk&password=frontdesk-demo", "Origin", "https://elsewhere.example");
        assertThat(forged.status()).as("another site cannot sign a browser in").isEqualTo(403);
        Http.Reply signedOut = http().postAs("logout", null, "application/x-www-form-urlencoded", "");
        assertThat(signedOut.header("Clear-Site-Data")).contains("\"cookies\"", "\"storage\"", "\"cache\"");

        Browser b = browser();
        b.load("/");
        b.tap("#sign-out");
        b.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        b.open("/");
        b.waitUntil(d -> d.getCurrentUrl().contains("/login"));
        assertThat(Accessibility.graveViolations(b)).isEmpty();
    }

    @Test
    @Order(9)
    void theWidget_loadsInAnAllowedHostsFrame_andFiles_butNotInAnotherOrigin() {
        String token = TestTokens.token(b -> b.claim("upn", "pms.desk").claim("tenant", "demo-chain").claim("property", "demo-hotel")
                .claim("groups", List.of("staff")).claim("reporter_roles", List.of("FD", "HK")));
        String widget = base.toString().replaceAll("/$", "") + "/embed?room=512&reservation=R-512&lang=es#token=" + token;
        int port = Integer.parseInt(System.getProperty("it.embed.port"));
        try (HostPages host = new HostPages(port, widget); Browser b = new Browser(base.toString(), 1024, 900)) {
            assertThat(http().get("embed", null).header("Content-Security-Policy")).contains("frame-ancestors " + host.allowedOrigin());
            b.driver().get(host.allowedOrigin() + "/pms.html");
            b.driver().switchTo().frame("vigil");
            b.waitReady();
            assertThat(b.find("h1").getText()).contains("512");
            assertThat(b.find("#reservation").getAttribute("value")).isEqualTo("R-512");
            b.tap(b.all("#checklist input[name=indicator]").get(0));
            b.tap("#send");
            assertThat(b.find("#answer h2").getText()).contains("512");
            b.driver().switchTo().defaultContent();

            b.driver().get(host.otherOrigin() + "/pms.html");
            b.driver().switchTo().frame("vigil");
            b.sleep(2000);
            assertThat(b.all("#filing")).as("a host that is not allowed sees no checklist").isEmpty();
            b.driver().switchTo().defaultContent();
        }
        assertThat(observationsIn("512")).isEqualTo(1);
    }

    private static Path shot(String name) {
        return Path.of(System.getProperty("it.screenshots", "target/screenshots"), name);
    }

    private static final String IDB_READ = "const done = arguments[arguments.length - 1];"
            + "const open = indexedDB.open('vigil-filings', 1);"
            + "open.onupgradeneeded = () => open.result.createObjectStore('waiting', {keyPath: 'key'});"
            + "open.onsuccess = () => { const all = open.result.transaction('waiting').objectStore('waiting').getAll();"
            + "all.onsuccess = () => { open.result.close(); done(JSON.stringify(all.result)); }; };";

    private static final String IDB_WRITE = "const records = JSON.parse(arguments[0]); const done = arguments[arguments.length - 1];"
            + "const open = indexedDB.open('vigil-filings', 1);"
            + "open.onsuccess = () => { const tx = open.result.transaction('waiting', 'readwrite');"
            + "records.forEach(r => tx.objectStore('waiting').put(r)); tx.oncomplete = () => { open.result.close(); done(true); }; };";
}
