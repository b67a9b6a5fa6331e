package dev.vigil.connector.cloudbeds.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.connector.cloudbeds.dto.CloudbedsEnvelope;
import dev.vigil.connector.cloudbeds.dto.CloudbedsReservation;
import dev.vigil.connector.cloudbeds.dto.CloudbedsReservationSummary;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.plugin.connector.PmsException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Cloudbeds API v1.3 for one property, {@code GET}s only, with the {@code x-api-key} and
 * {@code X-PROPERTY-ID} headers. Errors may come inside HTTP 200 as {@code success: false}.
 * {@code getReservations} is paged by {@code pageNumber} and {@code pageSize} (at most 100).
 */
public final class CloudbedsClient {

    static final int PAGE = 100;

    private final PmsHttp http;
    private final String apiKey;
    private final String propertyId;

    /**
     * A client for one property.
     *
     * @param http the HTTP client
     * @param apiKey the API key
     * @param propertyId the property id
     */
    public CloudbedsClient(PmsHttp http, String apiKey, String propertyId) {
        this.http = http;
        this.apiKey = apiKey;
        this.propertyId = propertyId;
    }

    /**
     * One reservation in full.
     *
     * @param reservationId the id
     * @return the reservation, empty when Cloudbeds has none
     * @throws PmsException when Cloudbeds cannot be asked or refuses the key
     */
    public Optional<CloudbedsReservation> reservation(String reservationId) throws PmsException {
        Optional<JsonNode> data = call("getReservation?propertyID=" + enc(propertyId) + "&reservationID=" + enc(reservationId))
                .map(CloudbedsEnvelope::data);
        if (data.isEmpty() || data.get().isNull() || data.get().isMissingNode()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.treeToValue(data.get(), CloudbedsReservation.class));
        } catch (java.io.IOException e) {
            throw http.badResponse("the getReservation answer is not in the documented format", null);
        }
    }

    /**
     * Reservations matching filters, every page.
     *
     * @param query encoded filters of {@code getReservations}
     * @return the summaries
     * @throws PmsException when Cloudbeds cannot be asked
     */
    public List<CloudbedsReservationSummary> reservations(String query) throws PmsException {
        List<CloudbedsReservationSummary> all = new ArrayList<>();
        for (int page = 1; page < 1000; page++) {
            Optional<CloudbedsEnvelope> answer = call("getReservations?propertyID=" + enc(propertyId) + "&" + query
                    + "&pageNumber=" + page + "&pageSize=" + PAGE);
            if (answer.isEmpty() || answer.get().data() == null || !answer.get().data().isArray()) {
                break;
            }
            for (JsonNode item : answer.get().data()) {
                try {
                    all.add(Json.MAPPER.treeToValue(item, CloudbedsReservationSummary.class));
                } catch (java.io.IOException e) {
                    throw http.badResponse("a getReservations item is not in the documented format", null);
                }
            }
            Integer total = answer.get().total();
            if (answer.get().data().size() < PAGE || total != null && all.size() >= total) {
                break;
            }
        }
        return all;
    }

    /**
     * The property's details: one light call, used as the health check.
     *
     * @throws PmsException when Cloudbeds cannot be asked or refuses the key
     */
    public void hotelDetails() throws PmsException {
        call("getHotelDetails?propertyID=" + enc(propertyId));
    }

    private Optional<CloudbedsEnvelope> call(String methodAndQuery) throws PmsException {
        HttpResponse<String> r = http.send(http.request(http.uri("/" + methodAndQuery)).header("x-api-key", apiKey)
                .header("X-PROPERTY-ID", propertyId).GET().build());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw http.unexpected(r);
        }
        CloudbedsEnvelope envelope = Json.read(r.body(), CloudbedsEnvelope.class, http, "answer");
        if (envelope.success()) {
            return Optional.of(envelope);
        }
        String message = envelope.message() == null ? "" : envelope.message().toLowerCase(Locale.ROOT);
        if (message.contains("not found") || message.contains("no reservation")) {
            return Optional.empty();
        }
        if (message.contains("api key") || message.contains("access token") || message.contains("unauthorized")
                || message.contains("permission") || message.contains("not authorized")) {
            String what = "Cloudbeds refused the credentials (success:false): check vigil.connector.cloudbeds.api-key "
                    + "and property-id";
            http.health().down(what);
            throw new PmsException(PmsException.Kind.AUTH, what);
        }
        // the message may repeat what was asked for: keep it out of logs and health
        throw http.badResponse("Cloudbeds answered success:false to " + methodAndQuery.substring(0,
                methodAndQuery.indexOf('?') < 0 ? methodAndQuery.length() : methodAndQuery.indexOf('?')), null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
