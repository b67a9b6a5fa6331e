package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.shared.PercentEscapes;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request under {@code /api} must be before the API reads it: a method the API uses, an
 * address whose escapes are well formed, valid UTF-8 and free of encoded slashes and control
 * characters, a body no larger than the limit, in UTF-8 if it says a charset at all and valid UTF-8
 * whatever it says. Each refusal is a {@link Refusal} with its status; the body is read once, here,
 * and handed on.
 */
final class ApiInput {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9!#$&^_.+-]{1,64}/[A-Za-z0-9!#$&^_.+-]{1,64}(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]{1,64}=(\"[^\"\\\\]{0,64}\"|[A-Za-z0-9!#$&^_.+-]{1,64}))*\\s*");

    /** A request the API will not read: its status, title and what to do about it. */
    static final class Refusal extends Exception {
        final int status;
        final String title;

        Refusal(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.title = title;
        }
    }

    private ApiInput() {
    }

    /** Checks the method, address, query and declared body of an API request. */
    static void check(HttpServletRequest request, int maxBody) throws Refusal {
        if (!METHODS.contains(request.getMethod())) {
            throw new Refusal(405, "Method Not Allowed", "This method is not allowed here.");
        }
        decode(request.getRequestURI(), false, "address");
        String raw = request.getRequestURI().toLowerCase(Locale.ROOT);
        if (raw.contains("%2f") || raw.contains("%5c")) {
            // an identifier never holds a slash: whatever it names does not exist
            throw new Refusal(404, "Not Found", "There is nothing at this address.");
        }
        if (request.getQueryString() != null) {
            decode(request.getQueryString(), true, "query");
        }
        String type = request.getContentType();
        if (type != null) {
            if (type.length() > 200 || !MEDIA_TYPE.matcher(type).matches()) {
                throw new Refusal(415, "Unsupported Media Type", "The Content-Type header is malformed; send application/json.");
            }
            String charset = charsetOf(type);
            if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
                throw new Refusal(415, "Unsupported Media Type", "Send the body in UTF-8 (charset=utf-8, or no charset).");
            }
        }
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            throw new Refusal(413, "Content Too Large", "The body is larger than " + maxBody + " bytes.");
        }
    }

    /** The request with its body read (at most {@code maxBody} bytes) and checked to be valid UTF-8. */
    static HttpServletRequest withBody(HttpServletRequest request, int maxBody) throws Refusal, IOException {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return request;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBody + 1);
        }
        if (body.length > maxBody) {
            throw new Refusal(413, "Content Too Large", "The body is larger than " + maxBody + " bytes.");
        }
        if (!validUtf8(body)) {
            throw new Refusal(400, "Bad Request", "The body is not valid UTF-8.");
        }
        return new Buffered(request, body);
    }

    /** Percent-decodes a raw address or query strictly: well-formed escapes, UTF-8, no control characters. */
    static String decode(String raw, boolean query, String what) throws Refusal {
        try {
            return PercentEscapes.decode(raw, query, false);
        } catch (PercentEscapes.Undecodable e) {
            throw new Refusal(400, "Bad Request", "The " + what + switch (e.fault()) {
                case MALFORMED_ESCAPE -> " holds a malformed percent-escape.";
                case UNESCAPED_CHARACTER -> " holds a character that must be escaped.";
                case NOT_UTF8 -> " is not valid UTF-8.";
                case CONTROL_CHARACTER -> " holds a control character.";
            });
        }
    }

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String charsetOf(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").trim();
            }
        }
        return null;
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
