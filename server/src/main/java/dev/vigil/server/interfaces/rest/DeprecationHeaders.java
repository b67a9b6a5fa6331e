package dev.vigil.server.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells every caller of a deprecated operation so, on every answer: {@code Deprecation: @<epoch
 * seconds>} from {@link ApiDeprecation#since()}, {@code Sunset: <HTTP-date>} from
 * {@link ApiDeprecation#sunset()} and, when given, {@code Link: <…>; rel="deprecation"}. Clients and
 * gateways log these headers, so an integration learns of the change from its own traffic.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (resource == null) {
            return;
        }
        deprecationOf(resource.getResourceMethod(), resource.getResourceClass()).ifPresent(d -> {
            response.getHeaders().putSingle("Deprecation", deprecation(d));
            response.getHeaders().putSingle("Sunset", sunset(d));
            if (!d.link().isBlank()) {
                response.getHeaders().add("Link", "<" + d.link() + ">; rel=\"deprecation\"");
            }
        });
    }

    static Optional<ApiDeprecation> deprecationOf(Method method, Class<?> type) {
        if (method != null && method.isAnnotationPresent(ApiDeprecation.class)) {
            return Optional.of(method.getAnnotation(ApiDeprecation.class));
        }
        return Optional.ofNullable(type).map(t -> t.getAnnotation(ApiDeprecation.class));
    }

    /** RFC 9745: a structured-field date, seconds since the epoch of the day's start in UTC. */
    static String deprecation(ApiDeprecation d) {
        return "@" + LocalDate.parse(d.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** RFC 8594: an HTTP-date. */
    static String sunset(ApiDeprecation d) {
        return HTTP_DATE.format(LocalDate.parse(d.sunset()).atStartOfDay(ZoneOffset.UTC));
    }
}
