package dev.vigil.server.interfaces.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Documents offered as JSON or PDF by {@code Accept}: the first acceptable type wins, a wildcard or
 * no header means JSON. Exports are never cached: they hold case or staff facts.
 */
final class Exports {

    static final String PDF = "application/pdf";
    static final MediaType PDF_TYPE = MediaType.valueOf(PDF);

    private Exports() {
    }

    /** True when the caller asked for the PDF before JSON. */
    static boolean wantsPdf(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return false;
            }
            if (PDF_TYPE.isCompatible(type)) {
                return true;
            }
        }
        if (acceptable.isEmpty()) {
            return false;
        }
        throw new NotAcceptableException();
    }

    static Response json(Object entity, String language) {
        Response.ResponseBuilder ok = Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store");
        return (language == null ? ok : ok.header(HttpHeaders.CONTENT_LANGUAGE, language)).build();
    }

    static Response pdf(byte[] document, String fileName, String language) {
        Response.ResponseBuilder ok = Response.ok(document, PDF_TYPE).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return (language == null ? ok : ok.header(HttpHeaders.CONTENT_LANGUAGE, language)).build();
    }
}
