package dev.vigil.server.interfaces.web;

import dev.vigil.server.application.shared.ProblemDocument;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole application (see {@code WEB-INF/web.xml}): an error that the container or a
 * framework raises on its own, without a problem document of Vigil's (a header Jersey cannot parse, an
 * exception that escaped every mapper), is answered as problem+json with the status kept, naming nothing
 * internal. A thrown exception is logged once, here, and answered {@code 500}.
 */
@WebServlet("/error-answer")
public class ErrorAnswers extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorAnswers.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : 500;
        if (thrown instanceof Throwable t) {
            LOG.log(Level.SEVERE, "request failed outside every mapper", t);
            status = 500;
        }
        String[] words = switch (status) {
            case 400 -> new String[] {"Bad Request", "The request could not be read: a header or the address is malformed."};
            case 401 -> new String[] {"Unauthorized", "Sign in: send HTTP Basic credentials (or a bearer token where configured)."};
            case 403 -> new String[] {"Forbidden", "You may not do this."};
            case 404 -> new String[] {"Not Found", "There is nothing at this address."};
            case 405 -> new String[] {"Method Not Allowed", "This method is not allowed here."};
            case 406 -> new String[] {"Not Acceptable", "This resource cannot answer in the media type the Accept header asks for."};
            case 408 -> new String[] {"Request Timeout", "The request took too long to arrive."};
            case 413 -> new String[] {"Content Too Large", "The body is too large."};
            case 414 -> new String[] {"URI Too Long", "The address is too long."};
            case 415 -> new String[] {"Unsupported Media Type", "Send the body as application/json in UTF-8."};
            case 503 -> new String[] {"Service Unavailable", "Vigil is not ready; try again in a moment."};
            default -> new String[] {"Internal Server Error",
                    "Something went wrong on our side; nothing was stored. Try again, or tell your administrator."};
        };
        if (status < 400 || status > 599) {
            status = 500;
        }
        ProblemDocument.HEADERS.forEach(response::setHeader);
        ProblemResponse.write(response, status, words[0], words[1]);
    }
}
