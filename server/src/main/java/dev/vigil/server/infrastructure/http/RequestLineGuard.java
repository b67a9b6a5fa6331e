package dev.vigil.server.infrastructure.http;

import dev.vigil.server.application.shared.PercentEscapes;
import dev.vigil.server.application.shared.ProblemDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

/**
 * A filter in the HTTP listener's chain, between the HTTP codec and the servlet container: a request
 * whose address the container cannot decode (a malformed percent-escape such as {@code %ZZ}, escapes
 * that are not UTF-8, {@code %00}) is answered here, {@code 400} as problem+json, and the connection
 * closed; so is {@code CONNECT} ({@code 405}). The container would answer {@code %ZZ} with {@code 200}
 * and an empty body, the others with an empty {@code 400}, and hold a {@code CONNECT} open as a tunnel,
 * before any application sees the request.
 */
public class RequestLineGuard extends BaseFilter {

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Object message = ctx.getMessage();
        if (!(message instanceof HttpContent content) || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        if (org.glassfish.grizzly.http.Method.CONNECT.equals(request.getMethod())) {
            // the container would take it for a tunnel and wait; Vigil is no proxy
            return refuse(ctx, request, 405, "Method Not Allowed", "This method is not allowed here.");
        }
        if (!undecodable(request.getRequestURI())) {
            return ctx.getInvokeAction();
        }
        return refuse(ctx, request, 400, "Bad Request",
                "The address holds a malformed percent-escape, bytes that are not UTF-8, or a control character.");
    }

    private static NextAction refuse(FilterChainContext ctx, HttpRequestPacket request, int status, String title, String detail) {
        HttpResponsePacket response = request.getResponse();
        if (response.isCommitted()) {
            return ctx.getStopAction();
        }
        byte[] body = ProblemDocument.json(status, title, detail).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setReasonPhrase(title);
        response.setContentType(ProblemDocument.MEDIA_TYPE);
        response.setContentLength(body.length);
        ProblemDocument.HEADERS.forEach(response::addHeader);
        response.addHeader("Connection", "close");
        ctx.write(HttpContent.builder(response).content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build());
        ctx.getConnection().closeSilently();
        return ctx.getStopAction();
    }

    /**
     * True when the raw address has a {@code %} not followed by two hex digits, escapes that decode to invalid
     * UTF-8, or a control character once decoded ({@code %00}, which the container refuses with an empty answer).
     */
    static boolean undecodable(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return false;
        }
        try {
            PercentEscapes.decode(raw, false, true);
            return false;
        } catch (PercentEscapes.Undecodable e) {
            return true;
        }
    }
}
