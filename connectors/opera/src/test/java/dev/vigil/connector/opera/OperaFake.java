package dev.vigil.connector.opera;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.vigil.plugin.testkit.OpenApiContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake OHIP gateway on WireMock for hotel {@code HOTEL1}: the OAuth token API, {@code getHotelReservations}
 * with limit/offset paging and {@code getBusinessEvents}. Every JSON answer it serves is checked against
 * Oracle's published descriptions ({@code rsv.json}, {@code int.json}, {@code oauth.json}).
 */
final class OperaFake {

    static final String CLIENT_ID = "vigil_client";
    static final String CLIENT_SECRET = "Zt8pQm2Lx7Rv4Wn9";
    static final String APP_KEY = "41ecd082-8997-4c69-af34-2f72b83645ff";
    static final String TOKEN = "eyJ4NXQjUzI1NiI6Ik9ISVAifQ.eyJzdWIiOiJ2aWdpbCJ9.b2hpcA";
    static final String HOTEL = "HOTEL1";
    static final String EXT = "VIGIL";
    static final String IN_HOUSE = "8837561";
    static final String DEPARTED = "8837562";
    static final String CHANNEL = "8837563";
    static final String GUEST = "512093";
    static final String COMPANION = "512094";
    static final String CARD_ID = "990011";
    static final String COMPANY = "700123";
    static final String BLOCK = "BLK20477";

    static final List<OpenApiContract> SPECS = List.of(
            OpenApiContract.load(Path.of("src/test/resources/ohip/rsv.json")),
            OpenApiContract.load(Path.of("src/test/resources/ohip/int.json")),
            OpenApiContract.load(Path.of("src/test/resources/ohip/oauth.json")));

    private static final ObjectMapper JSON = new ObjectMapper();
    final WireMockServer server = new WireMockServer(options().dynamicPort());

    OperaFake start() {
        server.start();
        String problem = "{\"type\":\"https://www.rfc-editor.org/rfc/rfc9110.html#name-401-unauthorized\","
                + "\"title\":\"Unauthorized\",\"status\":401,\"o:errorCode\":\"401\"}";
        server.stubFor(post(urlEqualTo("/oauth/v1/tokens")).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(problem)));
        server.stubFor(post(urlEqualTo("/oauth/v1/tokens")).atPriority(5)
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes())))
                .withHeader("x-app-key", equalTo(APP_KEY))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\","
                        + "\"oracle_tk_context\":\"user_assertion\"}")));
        server.stubFor(get(urlMatching("/(rsv|int)/v1/.*")).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(problem)));
        stub(api(get(urlPathEqualTo("/rsv/v1/hotels/" + HOTEL + "/reservations")), 9), List.of(), false);
        byQuery("reservationIdList=" + IN_HOUSE, List.of(inHouse()));
        byQuery("confirmationNumberList=40217733", List.of(inHouse()));
        byQuery("reservationIdList=" + DEPARTED, List.of(departed()));
        byQuery("reservationIdList=" + CHANNEL, List.of(channel()));
        byQuery("roomId=0412&", List.of(inHouse()));
        byQuery("roomId=0305&", List.of(departed()));
        pagedRoom0101();
        server.stubFor(api(get(urlPathEqualTo("/int/v1/externalSystem/" + EXT + "/hotels/" + HOTEL + "/businessEvents")), 9)
                .willReturn(aResponse().withStatus(204)));
        return this;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    MappingBuilder api(MappingBuilder m, int priority) {
        return m.atPriority(priority).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("x-app-key", equalTo(APP_KEY)).withHeader("x-hotelid", equalTo(HOTEL));
    }

    /** Makes the business-events queue hold one event, answered once (the queue is dequeued). */
    void queue(String module, String action, String primaryKey, long actionId) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("moduleName", module);
        header.put("actionType", action);
        header.put("actionId", actionId);
        header.put("primaryKey", primaryKey);
        header.put("publisherId", 11);
        header.put("createdDateTime", "2026-05-10T15:02:11Z");
        header.put("hotelId", HOTEL);
        Map<String, Object> event = Map.of("businessEvent", Map.of("header", header, "details", List.of(
                        Map.of("dataElement", "RESV_STATUS", "oldValue", "RESERVED", "newValue", "CHECKED IN", "hotelId", HOTEL))),
                "businessEventId", Map.of("id", String.valueOf(actionId), "type", "BusinessEvent"));
        server.stubFor(api(get(urlPathEqualTo("/int/v1/externalSystem/" + EXT + "/hotels/" + HOTEL + "/businessEvents")), 5)
                .inScenario("queue-" + actionId).whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("dequeued")
                .willReturn(okJson(write(Map.of("businessEventData", List.of(event))))));
    }

    static Map<String, Object> inHouse() {
        Map<String, Object> r = reservation(IN_HOUSE, "40217733", "InHouse", "0412", "2026-05-10", "2026-05-13", 1, List.of(12), "WEB");
        r.put("reservationGuest", Map.of("id", GUEST, "givenName", "Jane", "surname", "Doe", "email", "jane.doe@example.com",
                "phoneNumber", "+1 203 555 0100", "accompanyGuests", List.of(Map.of("firstName", "Max", "lastName", "Doe",
                        "profileIdList", List.of(Map.of("id", COMPANION, "type", "Profile"))))));
        r.put("reservationPaymentMethod", Map.of("paymentMethod", "VA", "paymentCard", Map.of("cardId", Map.of("id", CARD_ID,
                "type", "CreditCard"), "cardType", "Va", "cardNumberMasked", "XXXXXXXXXXXX1111", "cardHolderName", "Jane Doe")));
        r.put("paymentMethod", "VA");
        ((Map<String, Object>) r.get("roomStay")).put("reservationBlock", Map.of("blockIdList", List.of(Map.of("id", BLOCK,
                "type", "Block")), "blockName", "Doe wedding", "hotelId", HOTEL));
        return r;
    }

    static Map<String, Object> departed() {
        Map<String, Object> r = reservation(DEPARTED, "40217734", "CheckedOut", "0305", "2026-05-08", "2026-05-09", 1, List.of(), "PMS");
        r.put("walkInIndicator", true);
        r.put("reservationGuest", Map.of("id", "512100", "givenName", "Alex", "surname", "Smith"));
        r.put("reservationPaymentMethod", Map.of("paymentMethod", "CA"));
        r.put("paymentMethod", "CA");
        return r;
    }

    static Map<String, Object> channel() {
        Map<String, Object> r = reservation(CHANNEL, "40217735", "Reserved", null, "2026-05-20", "2026-05-22", 2, List.of(4, 9), "OTA");
        r.put("reservationGuest", Map.of("id", "512200", "givenName", "Kim", "surname", "Lee"));
        r.put("attachedProfiles", List.of(Map.of("name", "Example Travel", "profileIdList", List.of(Map.of("id", COMPANY,
                "type", "Profile")), "reservationProfileType", "TravelAgent")));
        r.put("reservationPaymentMethod", Map.of("paymentMethod", "VCC", "paymentCard", Map.of("cardId", Map.of("id", "990099",
                "type", "CreditCard"), "cardType", "Mc", "cardNumberMasked", "XXXXXXXXXXXX4444")));
        r.put("paymentMethod", "VCC");
        return r;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> reservation(String id, String confirmation, String status, String room, String arrival,
                                           String departure, int adults, List<Integer> ages, String channel) {
        Map<String, Object> stay = new LinkedHashMap<>();
        stay.put("arrivalDate", arrival);
        stay.put("departureDate", departure);
        stay.put("adultCount", adults);
        stay.put("childCount", ages.size());
        stay.put("childAges", ages.stream().map(a -> Map.of("age", a)).toList());
        stay.put("roomClass", "ALL");
        stay.put("roomType", "KNG");
        stay.put("numberOfRooms", 1);
        if (room != null) {
            stay.put("roomId", room);
        }
        stay.put("ratePlanCode", "BAR");
        stay.put("rateAmount", Map.of("amount", 189.0, "currencyCode", "USD"));
        stay.put("bookingChannelCode", channel);
        stay.put("guarantee", Map.of("guaranteeCode", "CC", "onHold", false));
        stay.put("marketCode", "LEI");
        stay.put("sourceCode", channel);
        stay.put("balance", Map.of("amount", 0.0, "currencyCode", "USD"));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("reservationIdList", List.of(Map.of("id", id, "type", "Reservation"), Map.of("id", confirmation, "type", "Confirmation")));
        r.put("roomStay", stay);
        r.put("sourceOfSale", Map.of("sourceType", channel, "sourceCode", "1A"));
        r.put("hotelId", HOTEL);
        r.put("reservationStatus", status);
        r.put("createDateTime", "2026-04-12T09:13:55Z");
        r.put("lastModifyDateTime", "2026-05-10T15:40:02Z");
        r.put("walkInIndicator", false);
        return r;
    }

    private void byQuery(String filter, List<Map<String, Object>> found) {
        stub(api(get(urlMatching("/rsv/v1/hotels/" + HOTEL + "/reservations\\?" + filter.replace("?", "\\?")
                + ".*fetchInstructions=FetchChildAges.*offset=0")), 5), found, false);
    }

    private void pagedRoom0101() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean last = i == 59;
            Map<String, Object> r = reservation(String.valueOf(9000000 + i), String.valueOf(50000000 + i),
                    last ? "InHouse" : "Cancelled", "0101", "2026-05-11", "2026-05-12", 1, List.of(), "WEB");
            r.put("reservationGuest", Map.of("id", String.valueOf(600000 + i)));
            all.add(r);
        }
        stub(api(get(urlMatching("/rsv/v1/hotels/" + HOTEL + "/reservations\\?roomId=0101&.*limit=50&offset=0")), 4),
                all.subList(0, 50), true);
        stub(api(get(urlMatching("/rsv/v1/hotels/" + HOTEL + "/reservations\\?roomId=0101&.*limit=50&offset=50")), 4),
                all.subList(50, 60), false);
    }

    private void stub(MappingBuilder m, List<Map<String, Object>> items, boolean hasMore) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("reservationInfo", items);
        page.put("totalPages", hasMore ? 2 : 1);
        page.put("offset", 0);
        page.put("limit", 50);
        page.put("hasMore", hasMore);
        page.put("totalResults", items.size());
        page.put("count", items.size());
        server.stubFor(m.willReturn(okJson(write(Map.of("reservations", page, "links", List.of(Map.of("href",
                server.baseUrl() + "/rsv/v1/hotels/" + HOTEL + "/reservations", "rel", "self", "method", "GET",
                "templated", false)))))));
    }

    /** Every JSON answer served so far, checked against Oracle's descriptions. */
    List<String> contractViolations() {
        List<String> all = new ArrayList<>();
        for (var event : server.getAllServeEvents()) {
            String path = java.net.URI.create(event.getRequest().getUrl()).getPath();
            String body = event.getResponse().getBodyAsString();
            if (body == null || body.isBlank()) {
                continue;
            }
            OpenApiContract spec = SPECS.stream().filter(s -> s.describes(event.getRequest().getMethod().getName(), path))
                    .findFirst().orElseThrow(() -> new AssertionError("no OHIP description covers " + path));
            all.addAll(spec.violations(event.getRequest().getMethod().getName(), path, event.getResponse().getStatus(), body));
        }
        return all;
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
