package dev.vigil.server.it;

import static dev.vigil.server.it.Filings.minutesAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Mews connector in the server on Payara Micro, against a fake Mews this test starts on the port the
 * build reserved and gave the server ({@code vigil.property.demo-hotel.connector=mews}; failsafe execution
 * {@code connector-it}): a filing with a reservation reference gets the stay context and its links, a
 * filing made while Mews is down is linked once Mews is back, webhooks are taken with the connection's
 * secret only, and the connection's health shows in readiness.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectorIT {

    private static final String SECRET = "mews-webhook-secret-7f3a9c2e";
    static FakeMews mews;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("vigil.war", "target/ROOT.war")));
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startMews() {
        String port = System.getProperty("it.mews.port");
        assumeTrue(port != null, "runs in the connector-it execution, which gives the server the fake's address");
        mews = new FakeMews(Integer.parseInt(port)).start();
    }

    @AfterAll
    static void stopMews() {
        if (mews != null) {
            mews.stop();
        }
    }

    private Http http() {
        return new Http(base.toString());
    }

    private String file(String reservation, String room, String codes) {
        String body = "{\"propertyId\":\"demo-hotel\",\"observedAt\":\"" + minutesAgo(5) + "\",\"reporter\":{\"id\":\"frontdesk\","
                + "\"role\":\"FD\"},\"location\":{\"room\":\"" + room + "\"}," + (reservation == null ? ""
                : "\"reservationRef\":\"" + reservation + "\",") + "\"indicators\":" + codes + "}";
        Http.Reply reply = http().post("api/v1/observations", "frontdesk", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return Json.object(reply.body()).getString("id");
    }

    private JsonObject pms(String observationId) {
        Http.Reply read = http().get("api/v1/observations/" + observationId, "security");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(FakeMews.GUEST).doesNotContain(FakeMews.BOOKER).doesNotContain(FakeMews.CARD)
                .doesNotContain(FakeMews.GROUP).doesNotContain(FakeMews.ACCESS_TOKEN);
        return Json.object(read.body()).getJsonObject("stay").getJsonObject("pms");
    }

    @Test
    @Order(1)
    void aFilingWithAReservationRef_getsTheStayContext_withTokensOnly() {
        String id = file("52", "412", "[\"CTRL_HOLDS_ID_MONEY\"]");
        JsonObject pms = pms(id);
        assertThat(pms.getString("state")).isEqualTo("LINKED");
        assertThat(pms.getString("system")).isEqualTo("mews");
        assertThat(pms.getString("reservationRef")).isEqualTo(FakeMews.id(52));
        assertThat(pms.getString("confirmationNumber")).isEqualTo("52");
        assertThat(pms.getString("status")).isEqualTo("IN_HOUSE");
        assertThat(pms.getString("room")).isEqualTo("412");
        assertThat(pms.getInt("adults")).isEqualTo(2);
        assertThat(pms.getInt("children")).isEqualTo(1);
        assertThat(pms.getString("paymentMethod")).isEqualTo("CARD");
        assertThat(pms.getString("guestToken")).startsWith("guest:");
        assertThat(pms.getString("bookerToken")).startsWith("payer:");
        assertThat(pms.getString("payerToken")).startsWith("payer:");
        assertThat(pms.getString("groupToken")).startsWith("res_group:");
    }

    @Test
    @Order(2)
    void twoRoomsBookedByOnePerson_areLinkedIntoOneCase_throughTheBookerThePmsNamed() {
        String first = file("52", "412", "[\"CTRL_SPEAKS_FOR\"]");
        String second = file("53", "415", "[\"CTRL_SPEAKS_FOR\"]");
        Http.Reply queue = http().get("api/v1/cases?room=415", "security");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        String caseId = Json.object(queue.body()).getJsonArray("cases").getJsonObject(0).getString("id");
        Http.Reply detail = http().get("api/v1/cases/" + caseId, "security");
        assertThat(detail.body()).contains(first, second).contains("\"PAYER\"").contains("\"RESERVATION\"")
                .doesNotContain(FakeMews.BOOKER);
    }

    @Test
    @Order(3)
    void aFilingWhileMewsIsDown_isStoredAtOnce_andLinkedWhenMewsAnswersAgain() throws InterruptedException {
        mews.stop();
        long started = System.nanoTime();
        String id = file("54", "416", "[\"BEH_RARELY_LEAVES\"]");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("stored without waiting for Mews")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(pms(id).getString("state")).isEqualTo("PENDING");
        mews = new FakeMews(Integer.parseInt(System.getProperty("it.mews.port"))).start();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject linked = pms(id);
        while (!"LINKED".equals(linked.getString("state")) && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            linked = pms(id);
        }
        assertThat(linked.getString("state")).isEqualTo("LINKED");
        assertThat(linked.getString("reservationRef")).isEqualTo(FakeMews.id(54));
        assertThat(linked.getString("room")).isEqualTo("416");
    }

    @Test
    @Order(4)
    void aWebhookWithTheSecret_updatesTheStay_andOneWithoutIsRefused() throws InterruptedException {
        String id = file("53", "415", "[\"ROOM_SUPPLIES_NO_ENTRY\"]");
        assertThat(pms(id).getInt("adults")).isEqualTo(1);
        mews.reservation(53, 415, 3, "Started");
        String delivery = "{\"EnterpriseId\":\"" + FakeMews.ENTERPRISE + "\",\"IntegrationId\":\"c8bee838-7fb1-4f4e-8fac-ac87008b2f90\","
                + "\"Events\":[{\"Discriminator\":\"ServiceOrderUpdated\",\"Value\":{\"Id\":\"" + FakeMews.id(53) + "\"}},"
                + "{\"Discriminator\":\"ServiceOrderUpdated\",\"Value\":{\"Id\":\"" + FakeMews.id(53) + "\"}}]}";
        assertThat(http().post("api/v1/connectors/mews/webhook?token=wrong", null, delivery).status()).isEqualTo(401);
        assertThat(http().post("api/v1/connectors/mews/webhook", null, delivery).status()).isEqualTo(401);
        assertThat(http().post("api/v1/connectors/opera/webhook?token=" + SECRET, null, delivery).status()).isEqualTo(404);
        long started = System.nanoTime();
        Http.Reply taken = http().post("api/v1/connectors/mews/webhook?token=" + SECRET, null, delivery);
        assertThat(taken.status()).as(taken.body()).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("within Mews's five seconds").isLessThan(Duration.ofSeconds(5));
        String basic = "Basic " + Base64.getEncoder().encodeToString(("mews:" + SECRET).getBytes());
        assertThat(http().post("api/v1/connectors/mews/webhook", null, delivery, "Authorization", basic).status()).isEqualTo(202);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (pms(id).getInt("adults") != 3 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertThat(pms(id).getInt("adults")).isEqualTo(3);
    }

    @Test
    @Order(5)
    void theConnectionsHealth_showsInReadiness_withoutFailingIt() {
        Http.Reply ready = http().get("health/ready", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("pms-connectors").contains("demo-hotel").contains("mews UP")
                .doesNotContain(FakeMews.ACCESS_TOKEN);
    }
}
