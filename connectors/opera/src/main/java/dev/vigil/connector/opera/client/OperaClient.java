package dev.vigil.connector.opera.client;

import dev.vigil.connector.opera.dto.OperaBusinessEvents;
import dev.vigil.connector.opera.dto.OperaReservation;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.TokenSource;
import dev.vigil.plugin.connector.PmsException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * OHIP's Reservation and Integration Processor APIs for one hotel, {@code GET}s only, each with the
 * bearer token, {@code x-app-key} and {@code x-hotelid}. Lists are paged by {@code limit} and
 * {@code offset} until {@code hasMore} is false.
 */
public final class OperaClient {

    static final int PAGE = 50;

    private final PmsHttp http;
    private final TokenSource tokens;
    private final String appKey;
    private final String hotelId;

    /**
     * A client for one hotel.
     *
     * @param http the HTTP client
     * @param tokens the OAuth tokens
     * @param appKey the application key
     * @param hotelId the OPERA hotel code
     */
    public OperaClient(PmsHttp http, TokenSource tokens, String appKey, String hotelId) {
        this.http = http;
        this.tokens = tokens;
        this.appKey = appKey;
        this.hotelId = hotelId;
    }

    /**
     * Reservations matching a query, every page, with child ages.
     *
     * @param query encoded filters of {@code getHotelReservations}
     * @return the reservations
     * @throws PmsException when OHIP cannot be asked
     */
    public List<OperaReservation> reservations(String query) throws PmsException {
        List<OperaReservation> all = new ArrayList<>();
        for (int offset = 0; offset < 100_000; offset += PAGE) {
            HttpResponse<String> r = get("/rsv/v1/hotels/" + enc(hotelId) + "/reservations?" + query
                    + "&fetchInstructions=Reservation&fetchInstructions=FetchChildAges&limit=" + PAGE + "&offset=" + offset);
            if (r.statusCode() == 204 || r.statusCode() == 404) {
                break;
            }
            OperaReservation.Details details = Json.read(ok(r).body(), OperaReservation.Details.class, http,
                    "reservation list");
            OperaReservation.Page page = details.reservations();
            if (page == null || page.reservationInfo() == null) {
                break;
            }
            all.addAll(page.reservationInfo());
            if (!Boolean.TRUE.equals(page.hasMore()) || page.reservationInfo().isEmpty()) {
                break;
            }
        }
        return all;
    }

    /**
     * Dequeues the business events waiting for an external system (at most 20, OHIP's limit).
     *
     * @param externalSystem the consumer code configured in OPERA
     * @return the events
     * @throws PmsException when OHIP cannot be asked
     */
    public OperaBusinessEvents businessEvents(String externalSystem) throws PmsException {
        HttpResponse<String> r = get("/int/v1/externalSystem/" + enc(externalSystem) + "/hotels/" + enc(hotelId)
                + "/businessEvents?limit=20");
        if (r.statusCode() == 204) {
            return new OperaBusinessEvents(List.of());
        }
        return Json.read(ok(r).body(), OperaBusinessEvents.class, http, "business events");
    }

    /**
     * A token, for the health check.
     *
     * @throws PmsException when the credentials are refused
     */
    public void authenticate() throws PmsException {
        tokens.token();
    }

    private HttpResponse<String> get(String pathAndQuery) throws PmsException {
        return http.send(tokens, token -> http.request(http.uri(pathAndQuery))
                .header("Authorization", "Bearer " + token).header("x-app-key", appKey)
                .header("x-hotelid", hotelId).GET().build());
    }

    private HttpResponse<String> ok(HttpResponse<String> r) throws PmsException {
        if (r.statusCode() != 200) {
            throw http.unexpected(r);
        }
        return r;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
