package dev.vigil.connector.apaleo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fake Apaleo on WireMock: the identity server's client-credentials token endpoint and the Booking,
 * Inventory and Finance APIs as their Swagger models describe them ({@code ReservationItemModel},
 * {@code UnitListModel}, {@code FolioListModel}, {@code PaymentListModel}); {@code 401} without the
 * token, {@code 404} for unknown ids, {@code 204} for an empty page.
 */
final class ApaleoFake {

    static final String CLIENT_ID = "SDXE-SP-VIGIL";
    static final String CLIENT_SECRET = "f8Yq3vR0tLk2wPzX9mNb4cJd7hGs1eQa";
    static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJ2aWdpbCJ9.c2lnbmF0dXJl";
    static final String PROPERTY = "MUC";
    static final String IN_HOUSE = "XPGMSXGF-1";
    static final String DEPARTED = "KQRTWZNB-1";
    static final String CHANNEL = "LMNPQRST-1";
    static final String BLOCK = "MUC-BLK-WEDDING";
    static final String UNIT_101 = "MUC-A-101";

    private static final ObjectMapper JSON = new ObjectMapper();
    final WireMockServer server = new WireMockServer(options().dynamicPort());

    ApaleoFake start() {
        server.start();
        server.stubFor(post(urlEqualTo("/connect/token")).atPriority(10)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_client\"}")));
        server.stubFor(post(urlEqualTo("/connect/token")).atPriority(5)
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes())))
                .withRequestBody(equalTo("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\",\"scope\":\"reservations.read folios.read units.read\"}")));
        server.stubFor(get(urlMatching("/(booking|inventory|finance)/v1/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(401)));
        stub(api(get(urlMatching("/booking/v1/reservations/[^?/]+.*")), 9).willReturn(aResponse().withStatus(404)));
        reservation(inHouse());
        reservation(departed());
        reservation(channel());
        stub(api(get(urlPathEqualTo("/booking/v1/reservations")), 9).willReturn(aResponse().withStatus(204)));
        list("bookingId=XPGMSXGF", List.of(inHouse()));
        list("externalCode=4122803910", List.of(channel()));
        list("unitIds=MUC-A-412&dateFilter=Stay", List.of(inHouse()));
        list("unitIds=MUC-A-305&dateFilter=Stay", List.of(departed()));
        pagedStaysInUnit101();
        units();
        stub(api(get(urlMatching("/finance/v1/folios\\?reservationIds=.*")), 9).willReturn(aResponse().withStatus(204)));
        folio("MUC-F1", IN_HOUSE, "XPGMSXGF", "john.roe@example.com", List.of("VisaCredit"));
        folio("MUC-F2", DEPARTED, "KQRTWZNB", null, List.of("Cash"));
        folio("MUC-F3", CHANNEL, "LMNPQRST", null, List.of("BookingCom"));
        return this;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    MappingBuilder api(MappingBuilder m, int priority) {
        MappingBuilder authed = m.atPriority(priority).withHeader("Authorization", equalTo("Bearer " + TOKEN));
        return authed;
    }

    private void stub(MappingBuilder m) {
        server.stubFor(m);
    }

    static Map<String, Object> inHouse() {
        Map<String, Object> r = base(IN_HOUSE, "XPGMSXGF", "InHouse", "MUC-A-412", "A.412", "2026-05-10T15:00:00+02:00",
                "2026-05-13T11:00:00+02:00", 2, List.of(7), "Direct");
        r.put("blockId", BLOCK);
        r.put("checkInTime", "2026-05-10T15:12:09+02:00");
        r.put("primaryGuest", Map.of("title", "Ms", "firstName", "Jane", "lastName", "Doe", "email", "jane.doe@example.com",
                "phone", "+49 89 000000", "address", Map.of("addressLine1", "Example Str. 1", "postalCode", "80331",
                        "city", "Munich", "countryCode", "DE")));
        r.put("additionalGuests", List.of(Map.of("firstName", "Max", "lastName", "Doe", "birthDate", "2019-03-02")));
        r.put("booker", Map.of("firstName", "John", "lastName", "Roe", "email", "john.roe@example.com"));
        r.put("paymentAccount", Map.of("accountNumber", "1111", "accountHolder", "John Roe", "expiryMonth", "8",
                "expiryYear", "2027", "paymentMethod", "visa", "payerEmail", "john.roe@example.com", "isVirtual", false,
                "isActive", true));
        r.put("guaranteeType", "CreditCard");
        return r;
    }

    static Map<String, Object> departed() {
        Map<String, Object> r = base(DEPARTED, "KQRTWZNB", "CheckedOut", "MUC-A-305", "A.305", "2026-05-08T15:00:00+02:00",
                "2026-05-09T11:00:00+02:00", 1, List.of(), "Direct");
        r.put("checkInTime", "2026-05-08T22:40:00+02:00");
        r.put("checkOutTime", "2026-05-09T09:12:00+02:00");
        r.put("primaryGuest", Map.of("firstName", "Alex", "lastName", "Smith", "birthDate", "1990-01-31"));
        r.put("booker", Map.of("firstName", "Alex", "lastName", "Smith"));
        r.put("guaranteeType", "PM6Hold");
        return r;
    }

    static Map<String, Object> channel() {
        Map<String, Object> r = base(CHANNEL, "LMNPQRST", "Confirmed", null, null, "2026-05-20T15:00:00+02:00",
                "2026-05-22T11:00:00+02:00", 2, List.of(3, 16), "BookingCom");
        r.remove("unit");
        r.put("externalCode", "4122803910");
        r.put("source", "Booking.com");
        r.put("primaryGuest", Map.of("firstName", "Kim", "lastName", "Lee", "email", "k.lee@guest.booking.example"));
        r.put("booker", Map.of("firstName", "Kim", "lastName", "Lee", "email", "k.lee@guest.booking.example"));
        r.put("paymentAccount", Map.of("accountNumber", "4444", "accountHolder", "Booking.com", "expiryMonth", "12",
                "expiryYear", "2026", "paymentMethod", "mastercard", "isVirtual", true, "isActive", true));
        r.put("guaranteeType", "Ota");
        return r;
    }

    static Map<String, Object> base(String id, String booking, String status, String unitId, String unitName,
                                    String arrival, String departure, int adults, List<Integer> childrenAges,
                                    String channel) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("bookingId", booking);
        r.put("status", status);
        r.put("property", Map.of("id", PROPERTY, "code", PROPERTY, "name", "Hotel Munich", "description", "Hotel Munich"));
        r.put("ratePlan", Map.of("id", "MUC-NONREF-SGL", "code", "NONREF", "name", "Non Refundable",
                "description", "Non Refundable", "isSubjectToCityTax", false));
        r.put("unitGroup", Map.of("id", "MUC-DBL", "code", "DBL", "name", "Double", "description", "Double room", "type", "BedRoom"));
        if (unitId != null) {
            r.put("unit", Map.of("id", unitId, "name", unitName, "description", "Double room", "unitGroupId", "MUC-DBL"));
        }
        r.put("totalGrossAmount", Map.of("amount", 318.0, "currency", "EUR"));
        r.put("arrival", arrival);
        r.put("departure", departure);
        r.put("created", "2026-04-20T18:01:44+02:00");
        r.put("modified", "2026-05-10T15:13:02+02:00");
        r.put("adults", adults);
        r.put("childrenAges", childrenAges);
        r.put("channelCode", channel);
        r.put("travelPurpose", "Leisure");
        r.put("balance", Map.of("amount", 0.0, "currency", "EUR"));
        r.put("hasCityTax", false);
        return r;
    }

    private void reservation(Map<String, Object> r) {
        stub(api(get(urlEqualTo("/booking/v1/reservations/" + r.get("id") + "?expand=booker")), 5)
                .willReturn(okJson(write(r))));
    }

    private void list(String filter, List<Map<String, Object>> items) {
        stub(api(get(urlMatching("/booking/v1/reservations\\?.*" + filter.replace("?", "\\?") + ".*pageNumber=1&pageSize=100")), 5)
                .willReturn(okJson(write(Map.of("reservations", items, "count", items.size())))));
    }

    /** 130 one-night stays in unit A.101: two pages of 100. */
    private void pagedStaysInUnit101() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            boolean last = i == 129;
            Map<String, Object> r = base(String.format("PGX%05d-1", i), String.format("PGX%05d", i),
                    last ? "InHouse" : "Canceled", UNIT_101, "A.101", "2026-05-11T15:00:00+02:00",
                    "2026-05-12T11:00:00+02:00", 1, List.of(), "Direct");
            r.put("primaryGuest", Map.of("firstName", "Alex", "lastName", "Smith", "birthDate", "1990-01-31"));
            all.add(r);
        }
        stub(api(get(urlMatching("/booking/v1/reservations\\?.*unitIds=" + UNIT_101 + ".*pageNumber=1&pageSize=100")), 4)
                .willReturn(okJson(write(Map.of("reservations", all.subList(0, 100), "count", 130)))));
        stub(api(get(urlMatching("/booking/v1/reservations\\?.*unitIds=" + UNIT_101 + ".*pageNumber=2&pageSize=100")), 4)
                .willReturn(okJson(write(Map.of("reservations", all.subList(100, 130), "count", 130)))));
    }

    private void units() {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(unit("MUC-A-412", "A.412"));
        all.add(unit("MUC-A-305", "A.305"));
        all.add(unit(UNIT_101, "A.101"));
        for (int i = 0; all.size() < 140; i++) {
            all.add(unit("MUC-B-" + (500 + i), "B." + (500 + i)));
        }
        stub(api(get(urlEqualTo("/inventory/v1/units?propertyId=MUC&pageNumber=1&pageSize=100")), 5)
                .willReturn(okJson(write(Map.of("units", all.subList(0, 100), "count", all.size())))));
        stub(api(get(urlEqualTo("/inventory/v1/units?propertyId=MUC&pageNumber=2&pageSize=100")), 5)
                .willReturn(okJson(write(Map.of("units", all.subList(100, all.size()), "count", all.size())))));
    }

    private static Map<String, Object> unit(String id, String name) {
        return Map.of("id", id, "name", name, "description", "Room " + name,
                "property", Map.of("id", PROPERTY, "code", PROPERTY, "name", "Hotel Munich"),
                "unitGroup", Map.of("id", "MUC-DBL", "code", "DBL", "name", "Double", "type", "BedRoom"),
                "status", Map.of("isOccupied", false, "condition", "Clean"), "maxPersons", 2);
    }

    private void folio(String id, String reservation, String booking, String debitorEmail, List<String> methods) {
        Map<String, Object> debitor = new LinkedHashMap<>();
        debitor.put("title", "Mr");
        debitor.put("firstName", "John");
        debitor.put("name", "Roe");
        if (debitorEmail != null) {
            debitor.put("email", debitorEmail);
        }
        Map<String, Object> folio = new LinkedHashMap<>();
        folio.put("id", id);
        folio.put("created", "2026-05-10T15:12:09+02:00");
        folio.put("updated", "2026-05-10T15:12:09+02:00");
        folio.put("type", "Guest");
        folio.put("debitor", debitor);
        folio.put("isMainFolio", true);
        folio.put("reservation", Map.of("id", reservation, "bookingId", booking));
        folio.put("property", Map.of("id", PROPERTY, "code", PROPERTY, "name", "Hotel Munich"));
        folio.put("balance", Map.of("amount", 0.0, "currency", "EUR"));
        folio.put("status", "Open");
        stub(api(get(urlEqualTo("/finance/v1/folios?reservationIds=" + reservation)), 5)
                .willReturn(okJson(write(Map.of("folios", List.of(folio), "count", 1)))));
        stub(api(get(urlEqualTo("/finance/v1/folios/" + id)), 5).willReturn(okJson(write(folio))));
        List<Map<String, Object>> payments = new ArrayList<>();
        for (String m : methods) {
            payments.add(Map.of("id", id + "-P" + payments.size(), "method", m, "amount", Map.of("amount", 318.0, "currency", "EUR"),
                    "paymentDate", "2026-05-10T15:20:00+02:00"));
        }
        stub(api(get(urlEqualTo("/finance/v1/folios/" + id + "/payments")), 5)
                .willReturn(okJson(write(Map.of("payments", payments, "count", payments.size())))));
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
