package dev.vigil.connector.mews;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Map;

/**
 * A fake Mews Connector API on WireMock, answering as Mews documents (operations/*.md): POST only,
 * tokens in the body, {@code 401 {"Message": "Invalid AccessToken."}} for other tokens, cursor paging.
 * Data: an in-house stay with a child in a group (card), a departed stay (cash), a channel-collected
 * stay, a stay owned by a company (invoice), and 130 past stays in room 101 that need two pages.
 */
final class MewsFake {

    static final String CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    static final String ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";
    static final String ENTERPRISE = "851df8c8-90f2-4c4a-8e01-a4fc46b25178";
    static final String SERVICE = "bd26d8db-86da-4f96-9efc-e5a4654a4a94";
    static final String ADULT = "ab58c939-be30-4a60-8f75-ae1600c60c9f";
    static final String CHILD = "fe568bbd-1ecb-4bb2-bf77-96c3698de20d";

    /** In house in room 412: owner Jane (customer), companion, booker, group, card payment, 2 adults + 1 child. */
    static final String IN_HOUSE = "0f515589-99b4-423d-b83a-b237009f0509";
    static final String ROOM_412 = "20e00c32-d561-4008-8609-82d8aa525714";
    static final String GUEST_JANE = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d";
    static final String COMPANION = "c2f1d888-232e-49eb-87ac-5f75363af13b";
    static final String BOOKER = "ebd507c5-6bfd-4ca9-96aa-ffed6fa94f72";
    static final String GROUP = "94843f6f-3be3-481b-a1c7-06458774c3df";
    static final String CARD = "c922266b-291d-4e25-9df7-afbd007c1991";
    static final String CARD_PAYMENT = "a41e2d45-71bc-49b4-9a05-a3ac5f75735c";
    /** Departed from room 305, paid cash. */
    static final String DEPARTED = "bfee2c44-1f84-4326-a862-5289598f6e2d";
    static final String ROOM_305 = "5b5d0a4e-6d84-4b0c-8a6f-2f1a7d6b1a01";
    static final String GUEST_CASH = "7d0c9a2e-0a46-4d8c-b1a4-54e1b9f0c7aa";
    /** Booked through a channel manager, paid by the channel (external payment), expected. */
    static final String CHANNEL = "6a1d3f2b-8c44-4e0a-9a57-0d2e4b7f9c10";
    static final String GUEST_OTA = "3e8b7a61-2d4f-4b1e-8c9a-1f0e2d3c4b5a";
    /** Owned by a company, paid by invoice. */
    static final String COMPANY_STAY = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
    static final String COMPANY = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String ROOM_101 = "44444444-1111-4222-8333-555555555101";

    private static final ObjectMapper JSON = new ObjectMapper();
    final WireMockServer server = new WireMockServer(options().dynamicPort());

    MewsFake start() {
        server.start();
        // anything with other tokens: as Mews answers an invalid access token
        server.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/api/connector/v1/.*"))
                .atPriority(10).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"Message\":\"Invalid AccessToken.\",\"RequestId\":\"2b7d2b8e-2b0e-4f0a-9c7b-0f0c2f6e1c11\",\"Details\":null}")));
        op("configuration/get", Map.of("Enterprise", Map.of("Id", ENTERPRISE, "TimeZoneIdentifier", "Europe/Prague")), 5);
        op("reservations/getAll/2023-06-06", page("Reservations", List.of(), null), 9);
        reservation(inHouse());
        reservation(departed());
        reservation(channel());
        reservation(company());
        server.stubFor(authed("reservations/getAll/2023-06-06")
                .withRequestBody(matchingJsonPath("$.Numbers[?(@ == '52')]"))
                .willReturn(okJson(page("Reservations", List.of(inHouse()), IN_HOUSE))));
        colliding(ROOM_412, List.of(inHouse()));
        colliding(ROOM_305, List.of(departed()));
        pastStaysInRoom101();
        resource(ROOM_412, "412");
        resource(ROOM_305, "305");
        resource(ROOM_101, "101");
        op("resources/getAll", page("Resources", List.of(), null), 9);
        op("ageCategories/getAll", page("AgeCategories", List.of(
                Map.of("Id", ADULT, "ServiceId", SERVICE, "Classification", "Adult", "MinimalAge", 18),
                Map.of("Id", CHILD, "ServiceId", SERVICE, "Classification", "Child", "MinimalAge", 0, "MaximalAge", 17)), null), 5);
        payments("ReservationIds", IN_HOUSE, payment(CARD_PAYMENT, GUEST_JANE, "Customer", IN_HOUSE, "CreditCardPayment", "Charged"));
        payments("PaymentIds", CARD_PAYMENT, payment(CARD_PAYMENT, GUEST_JANE, "Customer", IN_HOUSE, "CreditCardPayment", "Charged"));
        payments("ReservationIds", DEPARTED, payment("e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", GUEST_CASH, "Customer", DEPARTED, "CashPayment", "Charged"));
        payments("ReservationIds", CHANNEL, payment("f1e2d3c4-b5a6-4978-8a9b-1c2d3e4f5a6b", GUEST_OTA, "Customer", CHANNEL, "ExternalPayment", "Charged"));
        payments("ReservationIds", COMPANY_STAY, payment("0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d", COMPANY, "Company", COMPANY_STAY, "InvoicePayment", "Pending"));
        op("payments/getAll", page("Payments", List.of(), null), 9);
        server.stubFor(authed("companionships/getAll").withRequestBody(matchingJsonPath("$.ReservationIds[?(@ == '" + IN_HOUSE + "')]"))
                .willReturn(okJson(page("Companionships", List.of(
                        Map.of("Id", "11111111-2222-4333-8444-555555555555", "CustomerId", GUEST_JANE, "ReservationId", IN_HOUSE),
                        Map.of("Id", "66666666-7777-4888-8999-000000000000", "CustomerId", COMPANION, "ReservationId", IN_HOUSE)), null))));
        op("companionships/getAll", page("Companionships", List.of(), null), 9);
        return this;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    void stop() {
        server.stop();
    }

    static Map<String, Object> inHouse() {
        return reservation(IN_HOUSE, "52", "Started", "Commander", "Email", GUEST_JANE, "Customer", BOOKER, GROUP, CARD,
                ROOM_412, "2026-05-10T14:00:00Z", "2026-05-10T15:02:00Z", "2026-05-13T10:00:00Z", null,
                List.of(Map.of("AgeCategoryId", ADULT, "Count", 2), Map.of("AgeCategoryId", CHILD, "Count", 1)), null);
    }

    static Map<String, Object> departed() {
        return reservation(DEPARTED, "53", "Processed", "Commander", "InPerson", GUEST_CASH, "Customer", GUEST_CASH, null,
                null, ROOM_305, "2026-05-08T14:00:00Z", "2026-05-08T22:40:00Z", "2026-05-09T10:00:00Z",
                "2026-05-09T09:12:00Z", List.of(Map.of("AgeCategoryId", ADULT, "Count", 1)), null);
    }

    static Map<String, Object> channel() {
        return reservation(CHANNEL, "54", "Confirmed", "ChannelManager", null, GUEST_OTA, "Customer", GUEST_OTA, null,
                null, null, "2026-05-20T14:00:00Z", null, "2026-05-22T10:00:00Z", null,
                List.of(Map.of("AgeCategoryId", ADULT, "Count", 2)), "a793d381-65a2-4fa6-9514-00c4c5bfe607");
    }

    static Map<String, Object> company() {
        return reservation(COMPANY_STAY, "55", "Canceled", "Distributor", null, COMPANY, "Company", COMPANY, null,
                null, null, "2026-05-02T14:00:00Z", null, "2026-05-03T10:00:00Z", null,
                List.of(Map.of("AgeCategoryId", ADULT, "Count", 1)), null);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    static Map<String, Object> reservation(String id, String number, String state, String origin, String commanderOrigin,
                                           String account, String accountType, String booker, String group, String card,
                                           String resource, String start, String actualStart, String end,
                                           String actualEnd, List<Map<String, Object>> persons, String travelAgency) {
        Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("Id", id);
        r.put("ServiceId", SERVICE);
        r.put("AccountId", account);
        r.put("AccountType", accountType);
        r.put("CreatorProfileId", "3cd637ef-4728-47f9-8fb1-afb900c9cdcf");
        r.put("UpdaterProfileId", "3cd637ef-4728-47f9-8fb1-afb900c9cdcf");
        r.put("BookerId", booker);
        r.put("Number", number);
        r.put("State", state);
        r.put("Origin", origin);
        r.put("CommanderOrigin", commanderOrigin);
        r.put("OriginDetails", null);
        r.put("CreatedUtc", "2026-04-20T16:00:00Z");
        r.put("UpdatedUtc", "2026-05-10T15:05:00Z");
        r.put("CancelledUtc", "Canceled".equals(state) ? "2026-05-01T10:00:00Z" : null);
        r.put("VoucherId", null);
        r.put("BusinessSegmentId", null);
        r.put("Options", Map.of("OwnerCheckedIn", "Started".equals(state), "AllCompanionsCheckedIn", "Started".equals(state),
                "AnyCompanionCheckedIn", "Started".equals(state), "ConnectorCheckIn", false));
        r.put("RateId", "ed4b660b-19d0-434b-9360-a4de2ea42eda");
        r.put("CreditCardId", card);
        r.put("GroupId", group);
        r.put("RequestedResourceCategoryId", "773d5e42-de1e-43a0-9ce6-f940faf2303f");
        r.put("AssignedResourceId", resource);
        r.put("AvailabilityBlockId", null);
        r.put("PartnerCompanyId", null);
        r.put("TravelAgencyId", travelAgency);
        r.put("AssignedResourceLocked", false);
        r.put("ChannelNumber", "ChannelManager".equals(origin) ? "TW48ZP" : null);
        r.put("ChannelManagerNumber", "");
        r.put("CancellationReason", "Canceled".equals(state) ? "NoShow" : null);
        r.put("ReleasedUtc", null);
        r.put("ScheduledStartUtc", start);
        r.put("ActualStartUtc", actualStart);
        r.put("ScheduledEndUtc", end);
        r.put("ActualEndUtc", actualEnd);
        r.put("Purpose", "Leisure");
        r.put("QrCodeData", null);
        r.put("PersonCounts", persons);
        return r;
    }

    static Map<String, Object> payment(String id, String account, String accountType, String reservation, String type,
                                       String state) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("Id", id);
        p.put("EnterpriseId", ENTERPRISE);
        p.put("AccountId", account);
        p.put("AccountType", accountType);
        p.put("BillId", null);
        p.put("ReservationId", reservation);
        p.put("AccountingCategoryId", null);
        p.put("Amount", Map.of("Currency", "EUR", "NetValue", 250.0, "GrossValue", 275.0, "TaxValues", List.of()));
        p.put("OriginalAmount", Map.of("Currency", "EUR", "NetValue", 250.0, "GrossValue", 275.0, "TaxValues", List.of()));
        p.put("Notes", null);
        p.put("SettlementId", null);
        p.put("ConsumedUtc", "2026-05-10T15:10:00Z");
        p.put("ClosedUtc", null);
        p.put("ChargedUtc", "Charged".equals(state) ? "2026-05-10T15:10:00Z" : null);
        p.put("CreatedUtc", "2026-05-10T15:10:00Z");
        p.put("UpdatedUtc", "2026-05-10T15:10:00Z");
        p.put("AccountingState", "Open");
        p.put("State", state);
        p.put("Identifier", null);
        p.put("Type", type);
        p.put("Kind", "Payment");
        p.put("Data", "CreditCardPayment".equals(type)
                ? Map.of("Discriminator", "CreditCard", "CreditCard", Map.of("CreditCardId", CARD)) : null);
        return p;
    }

    private void reservation(Map<String, Object> r) {
        server.stubFor(authed("reservations/getAll/2023-06-06")
                .withRequestBody(matchingJsonPath("$.ReservationIds[?(@ == '" + r.get("Id") + "')]"))
                .willReturn(okJson(page("Reservations", List.of(r), (String) r.get("Id")))));
    }

    private void colliding(String resource, List<Map<String, Object>> found) {
        server.stubFor(authed("reservations/getAll/2023-06-06")
                .withRequestBody(matchingJsonPath("$.AssignedResourceIds[?(@ == '" + resource + "')]"))
                .withRequestBody(matchingJsonPath("$.CollidingUtc.StartUtc"))
                .willReturn(okJson(page("Reservations", found, found.isEmpty() ? null : (String) found.get(found.size() - 1).get("Id")))));
    }

    /** 130 one-night stays in room 101 collide with a two-day window: Mews pages them 100 at a time. */
    private void pastStaysInRoom101() {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            String id = String.format("00000000-0000-4000-8000-%012d", i);
            boolean last = i == 129;
            all.add(reservation(id, String.valueOf(1000 + i), last ? "Started" : "Canceled", "Distributor", null,
                    GUEST_CASH, "Customer", GUEST_CASH, null, null, ROOM_101, "2026-05-11T14:00:00Z",
                    last ? "2026-05-11T16:00:00Z" : null, "2026-05-12T10:00:00Z", null,
                    List.of(Map.of("AgeCategoryId", ADULT, "Count", 1)), null));
        }
        String firstCursor = (String) all.get(99).get("Id");
        server.stubFor(authed("reservations/getAll/2023-06-06")
                .withRequestBody(matchingJsonPath("$.AssignedResourceIds[?(@ == '" + ROOM_101 + "')]"))
                .withRequestBody(matchingJsonPath("$.Limitation[?(@.Count == 100)]"))
                .atPriority(4).willReturn(okJson(page("Reservations", all.subList(0, 100), firstCursor))));
        server.stubFor(authed("reservations/getAll/2023-06-06")
                .withRequestBody(matchingJsonPath("$.AssignedResourceIds[?(@ == '" + ROOM_101 + "')]"))
                .withRequestBody(matchingJsonPath("$.Limitation[?(@.Cursor == '" + firstCursor + "')]"))
                .atPriority(3).willReturn(okJson(page("Reservations", all.subList(100, 130), (String) all.get(129).get("Id")))));
    }

    private void resource(String id, String name) {
        Map<String, Object> r = Map.of("Id", id, "EnterpriseId", ENTERPRISE, "IsActive", true, "Name", name,
                "State", "Inspected",
                "Data", Map.of("Discriminator", "Space", "Value", Map.of("FloorNumber", name.substring(0, 1))));
        server.stubFor(authed("resources/getAll").withRequestBody(matchingJsonPath("$.ResourceIds[?(@ == '" + id + "')]"))
                .willReturn(okJson(page("Resources", List.of(r), id))));
        server.stubFor(authed("resources/getAll").withRequestBody(matchingJsonPath("$.Names[?(@ == '" + name + "')]"))
                .willReturn(okJson(page("Resources", List.of(r), id))));
    }

    private void payments(String filter, String id, Map<String, Object> payment) {
        server.stubFor(authed("payments/getAll").withRequestBody(matchingJsonPath("$." + filter + "[?(@ == '" + id + "')]"))
                .willReturn(okJson(page("Payments", List.of(payment), (String) payment.get("Id")))));
    }

    private void op(String operation, Object answer, int priority) {
        server.stubFor(authed(operation).atPriority(priority)
                .willReturn(okJson(answer instanceof String text ? text : write(answer))));
    }

    static MappingBuilder authed(String operation) {
        return post(urlEqualTo("/api/connector/v1/" + operation))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(matchingJsonPath("$[?(@.ClientToken == '" + CLIENT_TOKEN + "')]"))
                .withRequestBody(matchingJsonPath("$[?(@.AccessToken == '" + ACCESS_TOKEN + "')]"))
                .withRequestBody(matchingJsonPath("$.Client"))
                .atPriority(5);
    }

    static String page(String field, List<?> items, String cursor) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray(field);
        items.forEach(i -> array.add(JSON.valueToTree(i)));
        page.put("Cursor", cursor);
        return page.toString();
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
