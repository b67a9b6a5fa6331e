package dev.vigil.bench.crash;

import dev.vigil.server.domain.model.protocol.CaseCircumstances;
import dev.vigil.server.domain.model.protocol.ProtocolAction;
import dev.vigil.server.domain.model.protocol.ProtocolPack;
import dev.vigil.server.infrastructure.packs.ProtocolPackLoader;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the crash test promises, read from the database after the run and compared with what the load client was
 * answered and what the receiver accepted. Each check adds a line to the report; a failed one also to {@link #failures}.
 */
final class CrashCheck {

    private static final Pattern ACTION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final List<String> report = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    private final String url;

    CrashCheck(String url) {
        this.url = url;
    }

    /** Waits until no notification is pending or being sent; true when the outbox drained in time. */
    boolean awaitOutboxDrained(java.time.Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING')") == 0) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    void observations(int n, Collection<LoadClient.Ack> acks, List<String> refusals) throws SQLException {
        Set<String> ackedIds = new HashSet<>();
        acks.forEach(a -> ackedIds.add(a.id()));
        check(refusals.isEmpty(), "no filing refused (4xx)", refusals.size() + " refused, e.g. " + refusals.stream().limit(3).toList());
        check(acks.size() == n, "every observation acknowledged", acks.size() + " of " + n);
        check(ackedIds.size() == acks.size(), "each acknowledgement names its own observation",
                (acks.size() - ackedIds.size()) + " keys answered with an id another key also got");
        Set<String> stored = strings("SELECT id FROM observation WHERE property_id = 'demo-hotel'");
        Set<String> lost = new HashSet<>(ackedIds);
        lost.removeAll(stored);
        Set<String> extra = new HashSet<>(stored);
        extra.removeAll(ackedIds);
        check(lost.isEmpty(), "every acknowledged observation stored", lost.size() + " lost, e.g. " + lost.stream().limit(3).toList());
        check(extra.isEmpty(), "no observation stored twice (or without an acknowledgement)",
                extra.size() + " stored beyond the acknowledged, e.g. " + extra.stream().limit(3).toList());
        long keys = count("SELECT COUNT(*) FROM idempotency_record WHERE idem_key LIKE 'crash-%'");
        check(keys == n, "one idempotency record per key", keys + " for " + n + " keys");
        report.add(String.format("observations: %,d acknowledged, %,d stored", acks.size(), stored.size()));
    }

    void actions(ProtocolPack protocol) throws SQLException {
        Map<String, CaseRow> cases = new HashMap<>();
        query("SELECT id, severity, status, merged_into, minor_involved, controller_present, mandated_reporter FROM case_file"
                + " WHERE property_id = 'demo-hotel'", rs -> cases.put(rs.getString(1), new CaseRow(rs.getString(2),
                rs.getString(3), rs.getString(4), new CaseCircumstances(rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)))));
        Map<String, Set<String>> live = new HashMap<>();
        List<String> twice = new ArrayList<>();
        int[] total = {0};
        query("SELECT a.case_id, a.severity, a.action_id, a.state FROM case_action a JOIN case_file c ON c.id = a.case_id"
                + " WHERE c.property_id = 'demo-hotel'", rs -> {
            total[0]++;
            String state = rs.getString(4);
            if (!state.equals("SUPERSEDED") && !state.equals("CANCELLED")
                    && !live.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2) + "/" + rs.getString(3))) {
                twice.add(rs.getString(1) + " " + rs.getString(2) + "/" + rs.getString(3));
            }
        });
        List<String> missing = new ArrayList<>();
        int open = 0;
        for (Map.Entry<String, CaseRow> e : cases.entrySet()) {
            CaseRow c = e.getValue();
            if (c.mergedInto() != null || c.status().equals("DISMISSED") || c.status().equals("CLOSED")) {
                continue;
            }
            open++;
            for (ProtocolAction step : protocol.actionsFor(c.severity())) {
                if (step.appliesTo(c.circumstances())
                        && !live.getOrDefault(e.getKey(), Set.of()).contains(c.severity() + "/" + step.id())) {
                    missing.add(e.getKey() + " " + c.severity() + "/" + step.id());
                }
            }
        }
        check(twice.isEmpty(), "every required action created once", twice.size() + " twice, e.g. " + twice.stream().limit(3).toList());
        check(missing.isEmpty(), "every required action created", missing.size() + " missing, e.g. " + missing.stream().limit(3).toList());
        check(open > 0, "the load opened cases", "no open case: the run proves nothing about actions");
        report.add(String.format("cases: %,d (%,d open, the rest merged), actions: %,d", cases.size(), open, total[0]));
    }

    void notifications(FailingReceiver receiver) throws SQLException {
        Map<String, String> webhooks = new HashMap<>();
        Map<String, Integer> byStatus = new HashMap<>();
        Map<String, String> required = new HashMap<>();
        query("SELECT id, status, route, body_json, event FROM notification WHERE property_id = 'demo-hotel'", rs -> {
            byStatus.merge(rs.getString(2), 1, Integer::sum);
            if (rs.getString(3).equals("webhook:crash")) {
                webhooks.put(rs.getString(1), rs.getString(4));
                if (rs.getString(5).equals("case.actions_required")) {
                    required.put(rs.getString(1), rs.getString(4));
                }
            }
        });
        int notDelivered = byStatus.entrySet().stream().filter(e -> !e.getKey().equals("DELIVERED")).mapToInt(Map.Entry::getValue).sum();
        check(notDelivered == 0, "nothing left pending (every notification delivered, none dead)", "by status: " + byStatus);
        Set<String> neverAccepted = new HashSet<>(webhooks.keySet());
        neverAccepted.removeAll(receiver.accepted.keySet());
        Set<String> unknown = new HashSet<>(receiver.accepted.keySet());
        unknown.removeAll(webhooks.keySet());
        check(!webhooks.isEmpty(), "the run sent webhooks", "none: the run proves nothing about delivery");
        check(neverAccepted.isEmpty(), "every notification delivered at least once",
                neverAccepted.size() + " never accepted, e.g. " + neverAccepted.stream().limit(3).toList());
        check(unknown.isEmpty(), "the receiver accepted no notification Vigil did not create", unknown.size() + " unknown");
        check(receiver.badSignatures.get() == 0, "every delivery signed correctly", receiver.badSignatures + " bad signatures");
        // de-duplication by webhook-id only works if one event is one id: no step may be announced in two notifications
        Map<String, Integer> announced = new HashMap<>();
        required.values().forEach(json -> {
            Matcher m = ACTION_ID.matcher(json);
            while (m.find()) {
                announced.merge(m.group(1), 1, Integer::sum);
            }
        });
        long twice = announced.values().stream().filter(c -> c > 1).count();
        check(twice == 0, "no action announced in two notifications (one event, one webhook-id)", twice + " actions announced twice");
        int repeats = receiver.accepted.values().stream().mapToInt(c -> c - 1).sum();
        int refusedOnPurpose = receiver.refused.values().stream().mapToInt(Integer::intValue).sum();
        report.add(String.format("webhooks: %,d notifications (%,d of new actions, the rest of cases opened or raised and of overdue steps), each acted on once; %,d deliveries refused on purpose and retried;"
                + " %,d repeats of an id already acted on (acknowledged, not acted on again); %,d requests in all",
                webhooks.size(), required.size(), refusedOnPurpose, repeats, receiver.requests.get()));
    }

    /** The Connecticut protocol as the servers load it (the bundled pack). */
    static ProtocolPack connecticut() throws Exception {
        ProtocolPackLoader loader = new ProtocolPackLoader();
        try (InputStream in = CrashCheck.class.getClassLoader().getResourceAsStream("packs/protocols/us-ct.yaml")) {
            return loader.build("us-ct.yaml", loader.read("us-ct.yaml", in)).pack();
        }
    }

    private record CaseRow(String severity, String status, String mergedInto, CaseCircumstances circumstances) {
    }

    private void check(boolean ok, String what, String otherwise) {
        report.add((ok ? "PASS  " : "FAIL  ") + what + (ok ? "" : ": " + otherwise));
        if (!ok) {
            failures.add(what + ": " + otherwise);
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private long count(String sql) throws SQLException {
        long[] n = {0};
        query(sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        query(sql, rs -> out.add(rs.getString(1)));
        return out;
    }
}
