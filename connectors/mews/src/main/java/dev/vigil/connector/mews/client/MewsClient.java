package dev.vigil.connector.mews.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.connector.mews.dto.MewsAgeCategory;
import dev.vigil.connector.mews.dto.MewsCompanionship;
import dev.vigil.connector.mews.dto.MewsConfiguration;
import dev.vigil.connector.mews.dto.MewsPayment;
import dev.vigil.connector.mews.dto.MewsReservation;
import dev.vigil.connector.mews.dto.MewsResource;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.plugin.connector.PmsException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Mews Connector API, read operations only. Every call is a {@code POST} of JSON to
 * {@code /api/connector/v1/<resource>/<operation>} with {@code ClientToken}, {@code AccessToken} and
 * {@code Client} in the body; lists are paged by {@code Limitation: {Count, Cursor}}.
 */
public final class MewsClient {

    /** Items asked for per page (Mews allows 1 to 1000). */
    static final int PAGE = 100;

    private final PmsHttp http;
    private final String clientToken;
    private final String accessToken;
    private final String client;

    /**
     * A client for one access token.
     *
     * @param http the HTTP client of the connection
     * @param clientToken the partner's client token
     * @param accessToken the property's access token
     * @param client the client name and version sent with every call
     */
    public MewsClient(PmsHttp http, String clientToken, String accessToken, String client) {
        this.http = http;
        this.clientToken = clientToken;
        this.accessToken = accessToken;
        this.client = client;
    }

    /**
     * Reservations by their ids.
     *
     * @param ids reservation ids
     * @return the reservations found
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsReservation> reservationsById(List<String> ids) throws PmsException {
        return reservations(Map.of("ReservationIds", ids));
    }

    /**
     * Reservations by their numbers (what staff see).
     *
     * @param numbers reservation numbers
     * @return the reservations found
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsReservation> reservationsByNumber(List<String> numbers) throws PmsException {
        return reservations(Map.of("Numbers", numbers));
    }

    /**
     * Reservations assigned to a room that overlap an interval.
     *
     * @param resourceId the room's resource id
     * @param from the interval's start
     * @param to the interval's end
     * @return the reservations found
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsReservation> reservationsInRoom(String resourceId, Instant from, Instant to) throws PmsException {
        return reservations(Map.of("AssignedResourceIds", List.of(resourceId),
                "CollidingUtc", Map.of("StartUtc", from.toString(), "EndUtc", to.toString())));
    }

    private List<MewsReservation> reservations(Map<String, Object> filter) throws PmsException {
        return all("reservations/getAll/2023-06-06", filter, MewsReservation.Page.class,
                p -> new Paged<>(p.reservations(), p.cursor()));
    }

    /**
     * Rooms by their ids or names.
     *
     * @param filter {@code ResourceIds} or {@code Names}
     * @param values the ids or names
     * @return the resources found
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsResource> resources(String filter, List<String> values) throws PmsException {
        return all("resources/getAll", Map.of(filter, values, "Extent", Map.of("Resources", true, "Inactive", false)),
                MewsResource.Page.class, p -> new Paged<>(p.resources(), p.cursor()));
    }

    /**
     * The age categories of a service.
     *
     * @param serviceId the service (the stay service of the reservations)
     * @return its age categories
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsAgeCategory> ageCategories(String serviceId) throws PmsException {
        return all("ageCategories/getAll", Map.of("ServiceIds", List.of(serviceId)), MewsAgeCategory.Page.class,
                p -> new Paged<>(p.ageCategories(), p.cursor()));
    }

    /**
     * Payments by reservation or by payment id.
     *
     * @param filter {@code ReservationIds} or {@code PaymentIds}
     * @param ids the ids
     * @return the payments found
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsPayment> payments(String filter, List<String> ids) throws PmsException {
        return all("payments/getAll", Map.of(filter, ids), MewsPayment.Page.class,
                p -> new Paged<>(p.payments(), p.cursor()));
    }

    /**
     * The other guests of reservations.
     *
     * @param reservationIds the reservations
     * @return their companionships
     * @throws PmsException when Mews cannot be asked
     */
    public List<MewsCompanionship> companionships(List<String> reservationIds) throws PmsException {
        return all("companionships/getAll", Map.of("ReservationIds", reservationIds), MewsCompanionship.Page.class,
                p -> new Paged<>(p.companionships(), p.cursor()));
    }

    /**
     * The enterprise's configuration: one light call, used as the health check.
     *
     * @return the configuration
     * @throws PmsException when Mews cannot be asked or refuses the tokens
     */
    public MewsConfiguration configuration() throws PmsException {
        return Json.read(post("configuration/get", body(Map.of())).body(), MewsConfiguration.class, http,
                "configuration");
    }

    private record Paged<T>(List<T> items, String cursor) {
    }

    private <P, T> List<T> all(String operation, Map<String, Object> filter, Class<P> pageType,
                               Function<P, Paged<T>> unpack) throws PmsException {
        List<T> all = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 1000; pages++) {
            ObjectNode body = body(filter);
            ObjectNode limitation = body.putObject("Limitation").put("Count", PAGE);
            if (cursor != null) {
                limitation.put("Cursor", cursor);
            }
            HttpResponse<String> response = post(operation, body);
            if (response.statusCode() == 204) {
                break;
            }
            Paged<T> page = unpack.apply(Json.read(response.body(), pageType, http, operation + " answer"));
            List<T> items = page.items() == null ? List.of() : page.items();
            all.addAll(items);
            if (page.cursor() == null || items.size() < PAGE || page.cursor().equals(cursor)) {
                break;
            }
            cursor = page.cursor();
        }
        return all;
    }

    private ObjectNode body(Map<String, Object> fields) {
        ObjectNode body = Json.MAPPER.valueToTree(fields);
        body.put("ClientToken", clientToken).put("AccessToken", accessToken).put("Client", client);
        return body;
    }

    private HttpResponse<String> post(String operation, ObjectNode body) throws PmsException {
        HttpRequest request = http.request(http.uri("/api/connector/v1/" + operation))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        HttpResponse<String> response = http.send(request);
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw http.unexpected(response);
        }
        return response;
    }
}
