package dev.vigil.connector.apaleo.client;

import dev.vigil.connector.apaleo.dto.ApaleoFolio;
import dev.vigil.connector.apaleo.dto.ApaleoReservation;
import dev.vigil.connector.apaleo.dto.ApaleoUnit;
import dev.vigil.connector.support.Json;
import dev.vigil.connector.support.PmsHttp;
import dev.vigil.connector.support.TokenSource;
import dev.vigil.plugin.connector.PmsException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Apaleo's Booking, Inventory and Finance APIs, {@code GET}s only, with a bearer token from the
 * identity server. Lists are paged by {@code pageNumber} (from 1) and {@code pageSize}; an empty page
 * answers {@code 204}.
 */
public final class ApaleoClient {

    static final int PAGE = 100;

    private final PmsHttp http;
    private final TokenSource tokens;

    /**
     * A client for one account.
     *
     * @param http the HTTP client
     * @param tokens the account's tokens
     */
    public ApaleoClient(PmsHttp http, TokenSource tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /**
     * One reservation.
     *
     * @param id the reservation id ({@code XPGMSXGF-1})
     * @return the reservation, empty when Apaleo has none with that id
     * @throws PmsException when Apaleo cannot be asked
     */
    public Optional<ApaleoReservation> reservation(String id) throws PmsException {
        HttpResponse<String> r = get("/booking/v1/reservations/" + enc(id) + "?expand=booker");
        return r.statusCode() == 404 ? Optional.empty()
                : Optional.of(Json.read(ok(r).body(), ApaleoReservation.class, http, "reservation"));
    }

    /**
     * Reservations matching a query, every page.
     *
     * @param query query parameters, already encoded, without paging
     * @return the reservations
     * @throws PmsException when Apaleo cannot be asked
     */
    public List<ApaleoReservation> reservations(String query) throws PmsException {
        List<ApaleoReservation> all = new ArrayList<>();
        for (int page = 1; page < 1000; page++) {
            HttpResponse<String> r = get("/booking/v1/reservations?" + query + "&pageNumber=" + page + "&pageSize=" + PAGE);
            if (r.statusCode() == 204) {
                break;
            }
            ApaleoReservation.Page p = Json.read(ok(r).body(), ApaleoReservation.Page.class, http, "reservation list");
            List<ApaleoReservation> items = p.reservations() == null ? List.of() : p.reservations();
            all.addAll(items);
            if (items.size() < PAGE || all.size() >= p.count()) {
                break;
            }
        }
        return all;
    }

    /**
     * The units of a property, every page.
     *
     * @param propertyId the property
     * @return the units
     * @throws PmsException when Apaleo cannot be asked
     */
    public List<ApaleoUnit> units(String propertyId) throws PmsException {
        List<ApaleoUnit> all = new ArrayList<>();
        for (int page = 1; page < 1000; page++) {
            HttpResponse<String> r = get("/inventory/v1/units?propertyId=" + enc(propertyId) + "&pageNumber=" + page
                    + "&pageSize=" + PAGE);
            if (r.statusCode() == 204) {
                break;
            }
            ApaleoUnit.Page p = Json.read(ok(r).body(), ApaleoUnit.Page.class, http, "unit list");
            List<ApaleoUnit> items = p.units() == null ? List.of() : p.units();
            all.addAll(items);
            if (items.size() < PAGE || all.size() >= p.count()) {
                break;
            }
        }
        return all;
    }

    /**
     * The folios of a reservation.
     *
     * @param reservationId the reservation
     * @return its folios
     * @throws PmsException when Apaleo cannot be asked
     */
    public List<ApaleoFolio> folios(String reservationId) throws PmsException {
        HttpResponse<String> r = get("/finance/v1/folios?reservationIds=" + enc(reservationId));
        if (r.statusCode() == 204) {
            return List.of();
        }
        ApaleoFolio.Page page = Json.read(ok(r).body(), ApaleoFolio.Page.class, http, "folio list");
        return page.folios() == null ? List.of() : page.folios();
    }

    /**
     * One folio.
     *
     * @param folioId the folio
     * @return the folio, empty when there is none
     * @throws PmsException when Apaleo cannot be asked
     */
    public Optional<ApaleoFolio> folio(String folioId) throws PmsException {
        HttpResponse<String> r = get("/finance/v1/folios/" + enc(folioId));
        return r.statusCode() == 404 ? Optional.empty()
                : Optional.of(Json.read(ok(r).body(), ApaleoFolio.class, http, "folio"));
    }

    /**
     * The payments posted on a folio.
     *
     * @param folioId the folio
     * @return its payments
     * @throws PmsException when Apaleo cannot be asked
     */
    public List<ApaleoFolio.Payment> payments(String folioId) throws PmsException {
        HttpResponse<String> r = get("/finance/v1/folios/" + enc(folioId) + "/payments");
        if (r.statusCode() == 204 || r.statusCode() == 404) {
            return List.of();
        }
        ApaleoFolio.Payments p = Json.read(ok(r).body(), ApaleoFolio.Payments.class, http, "payment list");
        return p.payments() == null ? List.of() : p.payments();
    }

    /**
     * A token, for the health check.
     *
     * @throws PmsException when the identity server refuses the credentials
     */
    public void authenticate() throws PmsException {
        tokens.token();
    }

    private HttpResponse<String> get(String pathAndQuery) throws PmsException {
        return http.send(tokens, token -> http.request(http.uri(pathAndQuery))
                .header("Authorization", "Bearer " + token).GET().build());
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
