package dev.vigil.server.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

/**
 * A fake Mews Connector API for the server's integration test, on a fixed port the build reserved:
 * reservations 52, 53 and 54 (52 and 53 booked by the same person in rooms 412 and 415), in house now,
 * with their rooms, age categories, a card payment and no companions. Answers as Mews documents:
 * POST only, tokens in the body, cursor pages.
 */
final class FakeMews {

    static final String CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    static final String ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D";
    static final String ENTERPRISE = "851df8c8-90f2-4c4a-8e01-a4fc46b25178";
    static final String GUEST = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d";
    static final String BOOKER = "ebd507c5-6bfd-4ca9-96aa-ffed6fa94f72";
    static final String GROUP = "94843f6f-3be3-481b-a1c7-06458774c3df";
    static final String CARD = "c922266b-291d-4e25-9df7-afbd007c1991";
    static final String ADULT = "ab58c939-be30-4a60-8f75-ae1600c60c9f";
    static final String CHILD = "fe568bbd-1ecb-4bb2-bf77-96c3698de20d";

    static String id(int number) {
        return "0f515589-99b4-423d-b83a-b237009f05" + number;
    }

    static String resource(int room) {
        return "20e00c32-d561-4008-8609-82d8aa525" + room;
    }

    final WireMockServer server;

    FakeMews(int port) {
        server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
    }

    FakeMews start() {
        server.start();
        server.stubFor(post(urlMatching("/api/connector/v1/.*")).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"Message\":\"Invalid AccessToken.\"}")));
        op("configuration/get", "{\"Enterprise\":{\"Id\":\"" + ENTERPRISE + "\",\"TimeZoneIdentifier\":\"UTC\"}}");
        op("reservations/getAll/2023-06-06", "{\"Reservations\":[],\"Cursor\":null}", 9);
        reservation(52, 412, 2, "Started");
        reservation(53, 415, 1, "Started");
        reservation(54, 416, 1, "Started");
        op("resources/getAll", "{\"Resources\":[],\"Cursor\":null}", 9);
        for (int room : new int[] {412, 415, 416}) {
            server.stubFor(authed("resources/getAll").withRequestBody(matchingJsonPath("$.ResourceIds[?(@ == '" + resource(room) + "')]"))
                    .willReturn(okJson("{\"Resources\":[{\"Id\":\"" + resource(room) + "\",\"Name\":\"" + room
                            + "\",\"State\":\"Inspected\",\"IsActive\":true}],\"Cursor\":null}")));
        }
        op("ageCategories/getAll", "{\"AgeCategories\":[{\"Id\":\"" + ADULT + "\",\"Classification\":\"Adult\",\"MinimalAge\":18},"
                + "{\"Id\":\"" + CHILD + "\",\"Classification\":\"Child\",\"MinimalAge\":0,\"MaximalAge\":17}],\"Cursor\":null}");
        op("payments/getAll", "{\"Payments\":[],\"Cursor\":null}", 9);
        server.stubFor(authed("payments/getAll").withRequestBody(matchingJsonPath("$.ReservationIds[?(@ == '" + id(52) + "')]"))
                .willReturn(okJson("{\"Payments\":[{\"Id\":\"a41e2d45-71bc-49b4-9a05-a3ac5f75735c\",\"AccountId\":\"" + GUEST
                        + "\",\"AccountType\":\"Customer\",\"ReservationId\":\"" + id(52) + "\",\"State\":\"Charged\","
                        + "\"Type\":\"CreditCardPayment\",\"CreatedUtc\":\"2026-05-10T15:10:00Z\"}],\"Cursor\":null}")));
        op("companionships/getAll", "{\"Companionships\":[],\"Cursor\":null}");
        return this;
    }

    /** A reservation changed in the PMS, as a later webhook will make Vigil read it. */
    void reservation(int number, int room, int adults, String state) {
        String r = "{\"Id\":\"" + id(number) + "\",\"ServiceId\":\"bd26d8db-86da-4f96-9efc-e5a4654a4a94\",\"AccountId\":\""
                + GUEST + number + "\",\"AccountType\":\"Customer\",\"BookerId\":\"" + BOOKER + "\",\"Number\":\"" + number
                + "\",\"State\":\"" + state + "\",\"Origin\":\"Distributor\",\"CommanderOrigin\":null,\"UpdatedUtc\":\""
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\",\"CancellationReason\":null,"
                + "\"CreditCardId\":\"" + CARD + "\",\"GroupId\":" + (number == 52 ? "\"" + GROUP + "\"" : "null")
                + ",\"AssignedResourceId\":\"" + resource(room) + "\",\"PartnerCompanyId\":null,\"TravelAgencyId\":null,"
                + "\"ChannelNumber\":null,\"ScheduledStartUtc\":\"" + java.time.Instant.now().minus(java.time.Duration.ofDays(1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\",\"ActualStartUtc\":null,\"ScheduledEndUtc\":\""
                + java.time.Instant.now().plus(java.time.Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\",\"ActualEndUtc\":null,\"PersonCounts\":[{\"AgeCategoryId\":\"" + ADULT + "\",\"Count\":" + adults + "}"
                + (number == 52 ? ",{\"AgeCategoryId\":\"" + CHILD + "\",\"Count\":1}" : "") + "]}";
        String page = "{\"Reservations\":[" + r + "],\"Cursor\":\"" + id(number) + "\"}";
        server.stubFor(authed("reservations/getAll/2023-06-06").withRequestBody(matchingJsonPath("$.Numbers[?(@ == '" + number + "')]"))
                .willReturn(okJson(page)));
        server.stubFor(authed("reservations/getAll/2023-06-06").withRequestBody(matchingJsonPath("$.ReservationIds[?(@ == '" + id(number) + "')]"))
                .willReturn(okJson(page)));
    }

    private void op(String operation, String answer) {
        op(operation, answer, 5);
    }

    private void op(String operation, String answer, int priority) {
        server.stubFor(authed(operation).atPriority(priority).willReturn(okJson(answer)));
    }

    private static MappingBuilder authed(String operation) {
        return post(urlEqualTo("/api/connector/v1/" + operation)).atPriority(5)
                .withRequestBody(matchingJsonPath("$[?(@.ClientToken == '" + CLIENT_TOKEN + "')]"))
                .withRequestBody(matchingJsonPath("$[?(@.AccessToken == '" + ACCESS_TOKEN + "')]"));
    }

    void stop() {
        server.stop();
    }
}
