package dev.vigil.connector.cloudbeds;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.vigil.plugin.testkit.OpenApiContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake Cloudbeds API v1.3 on WireMock for property 318267: {@code getReservation},
 * {@code getReservations} (paged, at most 100 a page) and {@code getHotelDetails}, with the
 * {@code x-api-key} header, numbers as strings, datetimes as {@code YYYY-MM-DD HH:MM:SS} and
 * "not found" as {@code success:false} inside HTTP 200. Every 200 answer is checked against the
 * vendor's OpenAPI file.
 */
final class CloudbedsFake {

    static final String API_KEY = "cbat_Qm9yZWFsaXNTZWNyZXRLZXkxMjM0NTY3ODkw";
    static final String PROPERTY = "318267";
    static final String IN_HOUSE = "7061304407766";
    static final String DEPARTED = "7061304407767";
    static final String CHANNEL = "7061304407768";
    static final String GUEST = "128834211";
    static final String COMPANION = "128834212";
    static final String CARD = "cc-5501";
    static final String BLOCK = "WEDDING2026";

    static final OpenApiContract SPEC = OpenApiContract.load(Path.of("src/test/resources/cloudbeds/pms-v1.3-openapi.yaml"))
            .withoutFormatAssertions();

    private static final ObjectMapper JSON = new ObjectMapper();
    final WireMockServer server = new WireMockServer(options().dynamicPort());

    CloudbedsFake start() {
        server.start();
        server.stubFor(get(urlMatching("/api/v1.3/.*")).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":false,\"message\":\"Unauthorized\"}")));
        server.stubFor(api("getReservation", 9).willReturn(okJson("{\"success\":false,\"message\":\"Reservation not found\"}")));
        server.stubFor(api("getReservations", 9).willReturn(okJson(page(List.of(), 0))));
        server.stubFor(api("getHotelDetails", 5).willReturn(okJson(write(Map.of("success", true, "data",
                Map.of("propertyID", PROPERTY, "propertyName", "Example Inn", "propertyType", "Hotel"))))));
        reservation(inHouse());
        reservation(departed());
        reservation(channel());
        summaries("roomName=104&", List.of(summary(IN_HOUSE, "checked_in", "2026-05-10", "2026-05-13")));
        summaries("roomName=305&", List.of(summary(DEPARTED, "checked_out", "2026-05-08", "2026-05-09")));
        summaries("sourceReservationId=4122803910&", List.of(summary(CHANNEL, "confirmed", "2026-05-20", "2026-05-22")));
        pagedRoom101();
        return this;
    }

    String baseUrl() {
        return server.baseUrl() + "/api/v1.3";
    }

    void stop() {
        server.stop();
    }

    MappingBuilder api(String method, int priority) {
        return get(urlPathEqualTo("/api/v1.3/" + method)).atPriority(priority)
                .withHeader("x-api-key", equalTo(API_KEY)).withHeader("X-PROPERTY-ID", equalTo(PROPERTY));
    }

    static Map<String, Object> inHouse() {
        Map<String, Object> r = reservation(IN_HOUSE, "checked_in", "Website", "2026-05-10", "2026-05-13", "104", "2", "1");
        r.put("guestList", Map.of(GUEST, guest(GUEST, "Jane", "Doe", "jane.doe@example.com", true),
                COMPANION, guest(COMPANION, "Max", "Doe", null, false)));
        r.put("cardsOnFile", List.of(Map.of("cardID", CARD, "cardNumber", "xxxxxxxxxxxx1111", "cardType", "visa")));
        r.put("allotmentBlockCode", BLOCK);
        return r;
    }

    static Map<String, Object> departed() {
        Map<String, Object> r = reservation(DEPARTED, "checked_out", "Walk-In", "2026-05-08", "2026-05-09", "305", "1", "0");
        r.put("guestList", Map.of("128834300", guest("128834300", "Alex", "Smith", null, true)));
        return r;
    }

    static Map<String, Object> channel() {
        Map<String, Object> r = reservation(CHANNEL, "confirmed", "Booking.com", "2026-05-20", "2026-05-22", null, "2", "2");
        r.put("thirdPartyIdentifier", "4122803910");
        r.put("channelProvidedCreditCard", true);
        r.put("guestList", Map.of("128834400", guest("128834400", "Kim", "Lee", "k.lee@guest.booking.example", true)));
        r.put("cardsOnFile", List.of(Map.of("cardID", "cc-9900", "cardNumber", "xxxxxxxxxxxx4444", "cardType", "master")));
        return r;
    }

    static Map<String, Object> reservation(String id, String status, String source, String start, String end, String room,
                                           String adults, String children) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("propertyID", PROPERTY);
        r.put("guestName", "Guest");
        r.put("guestEmail", "");
        r.put("isAnonymized", false);
        r.put("reservationID", id);
        r.put("dateCreated", "2026-04-16 21:10:02");
        r.put("dateModified", "2026-05-10 15:55:41");
        r.put("source", source);
        r.put("sourceID", "ss-101");
        r.put("status", status);
        r.put("total", 318.0);
        r.put("balance", 0.0);
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("reservationRoomID", "90123");
        unit.put("roomTypeName", "Queen");
        unit.put("roomTypeID", "501234");
        unit.put("subReservationID", id);
        unit.put("isRoomLocked", false);
        unit.put("startDate", start);
        unit.put("endDate", end);
        unit.put("adults", adults);
        unit.put("children", children);
        unit.put("dailyRates", List.of());
        unit.put("roomTotal", "318.00");
        if (room != null) {
            unit.put("roomName", room);
            unit.put("roomID", "501234-" + room);
            r.put("assigned", List.of(unit));
            r.put("unassigned", List.of());
        } else {
            r.put("assigned", List.of());
            r.put("unassigned", List.of(unit));
        }
        r.put("cardsOnFile", List.of());
        r.put("customFields", List.of());
        r.put("startDate", start);
        r.put("endDate", end);
        r.put("channelProvidedCreditCard", false);
        r.put("origin", source);
        r.put("mealPlans", "");
        return r;
    }

    static Map<String, Object> guest(String id, String first, String last, String email, boolean main) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("guestID", id);
        g.put("guestFirstName", first);
        g.put("guestLastName", last);
        if (email != null) {
            g.put("guestEmail", email);
        }
        if (main) {
            g.put("guestPhone", "+1 203 555 0100");
        }
        g.put("isAnonymized", false);
        g.put("isMainGuest", main);
        return g;
    }

    static Map<String, Object> summary(String id, String status, String start, String end) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("propertyID", PROPERTY);
        s.put("reservationID", id);
        s.put("dateCreated", "2026-04-16 21:10:02");
        s.put("dateModified", "2026-05-10 15:55:41");
        s.put("status", status);
        s.put("guestID", GUEST);
        s.put("startDate", start);
        s.put("endDate", end);
        s.put("adults", "1");
        s.put("children", "0");
        s.put("balance", 0.0);
        s.put("sourceName", "Website");
        s.put("rooms", List.of());
        return s;
    }

    private void reservation(Map<String, Object> r) {
        server.stubFor(get(urlMatching("/api/v1.3/getReservation\\?propertyID=" + PROPERTY + "&reservationID=" + r.get("reservationID")))
                .atPriority(5).withHeader("x-api-key", equalTo(API_KEY))
                .willReturn(okJson(write(Map.of("success", true, "data", r)))));
    }

    private void summaries(String filter, List<Map<String, Object>> items) {
        server.stubFor(get(urlMatching("/api/v1.3/getReservations\\?propertyID=" + PROPERTY + "&" + filter + ".*pageNumber=1&pageSize=100"))
                .atPriority(5).withHeader("x-api-key", equalTo(API_KEY)).willReturn(okJson(page(items, items.size()))));
    }

    /** 130 cancelled-or-current stays in room 101 that Cloudbeds pages 100 at a time. */
    private void pagedRoom101() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            all.add(summary(String.valueOf(7061304500000L + i), i == 129 ? "checked_in" : "canceled", "2026-05-11", "2026-05-12"));
        }
        Map<String, Object> current = reservation("7061304500129", "checked_in", "Website", "2026-05-11", "2026-05-12", "101", "1", "0");
        current.put("guestList", Map.of("128834500", guest("128834500", "Sam", "Roe", null, true)));
        reservation(current);
        String prefix = "/api/v1.3/getReservations\\?propertyID=" + PROPERTY + "&roomName=101&.*";
        server.stubFor(get(urlMatching(prefix + "pageNumber=1&pageSize=100")).atPriority(4)
                .withHeader("x-api-key", equalTo(API_KEY)).willReturn(okJson(page(all.subList(0, 100), 130))));
        server.stubFor(get(urlMatching(prefix + "pageNumber=2&pageSize=100")).atPriority(4)
                .withHeader("x-api-key", equalTo(API_KEY)).willReturn(okJson(page(all.subList(100, 130), 130))));
    }

    private static String page(List<Map<String, Object>> items, int total) {
        return write(Map.of("success", true, "data", items, "count", items.size(), "total", total));
    }

    /** Every 200 answer served so far, checked against the vendor's description (it documents only 200). */
    List<String> contractViolations() {
        List<String> all = new ArrayList<>();
        for (var event : server.getAllServeEvents()) {
            String path = java.net.URI.create(event.getRequest().getUrl()).getPath();
            if (event.getResponse().getStatus() == 200) {
                all.addAll(SPEC.violations("GET", path, 200, event.getResponse().getBodyAsString()));
            }
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
