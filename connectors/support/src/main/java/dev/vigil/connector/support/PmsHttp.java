package dev.vigil.connector.support;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.vigil.plugin.connector.PmsException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HTTP to one PMS connection: every attempt waits for the client-side rate limiter, times out, and is
 * retried with exponential back-off and jitter on a timeout, a refused connection, {@code 408},
 * {@code 429} and {@code 5xx}, waiting as long as {@code Retry-After} asks when the PMS says. Built on
 * {@code java.net.http} and Failsafe. Only paths are logged, never queries or bodies: they may hold
 * guest data.
 */
public final class PmsHttp {

    private static final Logger LOG = Logger.getLogger(PmsHttp.class.getName());

    private final String pms;
    private final HttpSettings settings;
    private final Clock clock;
    private final HttpClient client;
    private final FailsafeExecutor<HttpResponse<String>> policy;
    private final HealthTracker health;

    /**
     * A client for one connection.
     *
     * @param pms the PMS's name for messages, e.g. {@code Mews}
     * @param settings address, timeouts, retries and rate
     * @param clock the clock
     */
    public PmsHttp(String pms, HttpSettings settings, Clock clock) {
        this.pms = pms;
        this.settings = settings;
        this.clock = clock;
        this.health = new HealthTracker(clock);
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        RetryPolicy<HttpResponse<String>> retry = RetryPolicy.<HttpResponse<String>>builder()
                .handle(IOException.class)
                .handleResultIf(r -> retryable(r.statusCode()))
                .abortIf(r -> r != null && RetryAfter.of(r, clock.instant())
                        .filter(wait -> wait.compareTo(settings.maxRetryWait()) > 0).isPresent())
                .withDelayFn(ctx -> RetryAfter.of(ctx.getLastResult(), clock.instant())
                        .orElseGet(() -> backOff(ctx.getAttemptCount())))
                .withMaxRetries(settings.retries())
                .onRetry(e -> LOG.log(Level.FINE, "{0}: attempt {1} failed ({2}); trying again",
                        new Object[] {pms, e.getAttemptCount(), e.getLastResult() == null
                                ? String.valueOf(e.getLastException()) : e.getLastResult().statusCode()}))
                .build();
        RateLimiter<HttpResponse<String>> limiter = RateLimiter.<HttpResponse<String>>smoothBuilder(
                        settings.rateLimit().permits(), settings.rateLimit().period())
                .withMaxWaitTime(settings.maxQueueWait()).build();
        this.policy = Failsafe.with(retry).compose(limiter);
    }

    /**
     * The address of a resource under the base URL.
     *
     * @param pathAndQuery e.g. {@code /booking/v1/reservations/X-1}
     * @return the URI
     */
    public URI uri(String pathAndQuery) {
        return URI.create(settings.baseUrl() + pathAndQuery);
    }

    /**
     * A request builder for a resource, with the per-attempt timeout set.
     *
     * @param uri where
     * @return the builder
     */
    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).header("Accept", "application/json");
    }

    /**
     * Sends a request whose credentials are in the request itself.
     *
     * @param request the request
     * @return the answer, whatever its status except the ones mapped to an exception
     * @throws PmsException {@code AUTH} on {@code 401} and {@code 403}; {@code UNAVAILABLE} or
     *         {@code RATE_LIMITED} when the retries ran out
     */
    public HttpResponse<String> send(HttpRequest request) throws PmsException {
        return checked(exchange(request), request);
    }

    /**
     * Sends a request with a bearer token; on {@code 401} drops the token and tries once with a fresh one.
     *
     * @param tokens where the token comes from
     * @param build makes the request for a token
     * @return the answer
     * @throws PmsException as {@link #send(HttpRequest)}
     */
    public HttpResponse<String> send(TokenSource tokens, Function<String, HttpRequest> build) throws PmsException {
        String token = tokens.token();
        HttpRequest request = build.apply(token);
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() == 401) {
            tokens.invalidate(token);
            request = build.apply(tokens.token());
            response = exchange(request);
        }
        return checked(response, request);
    }

    /**
     * Sends a request with retries and the rate limit, and returns whatever the PMS finally answered.
     *
     * @param request the request
     * @return the last answer
     * @throws PmsException {@code UNAVAILABLE} when no answer came, {@code RATE_LIMITED} when the
     *         client-side limiter could not give a slot in time
     */
    public HttpResponse<String> exchange(HttpRequest request) throws PmsException {
        try {
            return policy.get(() -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (RateLimitExceededException e) {
            health.degraded(pms + " calls are queued beyond " + settings.maxQueueWait() + " by the rate limit of "
                    + settings.rateLimit());
            throw new PmsException(PmsException.Kind.RATE_LIMITED, "too many calls to " + pms + " at once", e);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String what = pms + " cannot be reached at " + settings.baseUrl().getHost() + ": "
                    + cause.getClass().getSimpleName();
            health.down(what);
            throw new PmsException(PmsException.Kind.UNAVAILABLE, what, cause);
        }
    }

    private HttpResponse<String> checked(HttpResponse<String> response, HttpRequest request) throws PmsException {
        int status = response.statusCode();
        String path = request.uri().getPath();
        if (status == 401 || status == 403) {
            String what = pms + " refused the credentials (HTTP " + status + " on " + path
                    + "): check the connector's tokens and their permissions";
            health.down(what);
            throw new PmsException(PmsException.Kind.AUTH, what);
        }
        if (status == 429) {
            String what = pms + " kept answering 429 (rate limited) on " + path;
            health.degraded(what);
            throw new PmsException(PmsException.Kind.RATE_LIMITED, what);
        }
        if (retryable(status)) {
            String what = pms + " kept failing (HTTP " + status + " on " + path + ")";
            health.down(what);
            throw new PmsException(PmsException.Kind.UNAVAILABLE, what);
        }
        health.up(pms + " answered");
        return response;
    }

    /**
     * The exception for an answer the connector did not expect (a {@code 400}, a {@code 409}).
     *
     * @param response the answer
     * @return the exception to throw
     */
    public PmsException unexpected(HttpResponse<String> response) {
        String what = pms + " answered HTTP " + response.statusCode() + " on " + response.request().uri().getPath();
        health.degraded(what);
        return new PmsException(PmsException.Kind.BAD_RESPONSE, what);
    }

    /**
     * Records an answer that could not be read, and makes the exception for it.
     *
     * @param what what was wrong, without data from the answer
     * @param cause the parse failure, or null
     * @return the exception to throw
     */
    public PmsException badResponse(String what, Throwable cause) {
        health.degraded(pms + ": " + what);
        return new PmsException(PmsException.Kind.BAD_RESPONSE, pms + ": " + what, cause);
    }

    /** A light, read-only call to the PMS, for a health check. */
    @FunctionalInterface
    public interface Probe {
        /**
         * Makes the call.
         *
         * @throws PmsException when the PMS does not answer or refuses the credentials
         */
        void call() throws PmsException;
    }

    /**
     * Checks the connection with one light call: {@code UP} with the given detail when it works, else
     * the reason the failed call left.
     *
     * @param upDetail what worked, e.g. {@code "Mews answered configuration/get"}
     * @param probe the call
     * @return the health found
     */
    public dev.vigil.plugin.connector.HealthReport check(String upDetail, Probe probe) {
        try {
            probe.call();
            health.up(upDetail);
        } catch (PmsException e) {
            // the tracker already holds the reason
        }
        return health.report();
    }

    /**
     * The connection's health as its calls turned out.
     *
     * @return the tracker
     */
    public HealthTracker health() {
        return health;
    }

    /** @return the settings in force */
    public HttpSettings settings() {
        return settings;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** Exponential back-off from 200 ms up to 10 s, with a quarter of jitter so that callers spread out. */
    static Duration backOff(int attempts) {
        long base = Math.min(10_000L, 200L << Math.min(16, Math.max(0, attempts - 1)));
        double jitter = 0.75 + java.util.concurrent.ThreadLocalRandom.current().nextDouble() * 0.5;
        return Duration.ofMillis((long) (base * jitter));
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
