package dev.vigil.server.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (a resource method, or every method of a resource class) as deprecated: its
 * answers carry {@code Deprecation} (RFC 9745) and {@code Sunset} (RFC 8594) headers, and a
 * {@code Link} to what replaces it. Say {@code @Operation(deprecated = true)} on the method too, so that
 * the contract at {@code /openapi} marks it {@code deprecated: true} (the server does not read Java's
 * {@code @Deprecated} for that). docs/api.md, "Versions and deprecation", says
 * when an operation is deprecated and how long it is served afterwards (at least twelve months).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiDeprecation {

    /** The day the deprecation was announced, ISO-8601 ({@code 2027-01-15}). */
    String since();

    /** The first day the operation may stop answering, ISO-8601; at least twelve months after {@link #since()}. */
    String sunset();

    /** Where to read what replaces it, absolute or relative to the API; empty for none. */
    String link() default "";
}
