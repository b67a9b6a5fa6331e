package dev.vigil.plugin.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Comparator;
import java.util.List;

/** Adapter that reads a WireMock fake's request log as a {@link RequestJournal}. */
public final class WireMockJournal implements RequestJournal {

    private final WireMockServer server;

    /**
     * Reads the given server's log.
     *
     * @param server the running fake
     */
    public WireMockJournal(WireMockServer server) {
        this.server = server;
    }

    @Override
    public List<RecordedRequest> requests() {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(r -> new RecordedRequest(r.getMethod().getName(), r.getUrl(), r.getBodyAsString(),
                        r.getLoggedDate().toInstant()))
                .sorted(Comparator.comparing(RecordedRequest::receivedAt))
                .toList();
    }
}
